/**
 * The cohort week of a handoff (docs/product.md, "Cohort"): the ISO week of bookedAt in the team time
 * zone. Metrics look this up for every row, so local days are computed without Date objects and
 * weeks are cached per local day.
 */
import { type DateValue } from '../handoff'
import { isDateOnlyValue, parseInstant } from '../calendar/instant'
import { dayFromNumber, dayNumber, isoWeekOfDay } from '../calendar/weeks'
import { localDayNumber } from '../calendar/zoned'

/** The local day number of a DateValue (date-only values are already local days). */
function localDayNumberOf(value: DateValue, timeZone: string): number {
  return isDateOnlyValue(value) ? dayNumber(value) : localDayNumber(parseInstant(value), timeZone)
}

/** A `weekOf` for one time zone that remembers the week of each local day it has seen. */
export function bookingWeekLookup(timeZone: string): (bookedAt: DateValue) => string {
  const weeks = new Map<number, string>()
  return (bookedAt) => {
    const day = localDayNumberOf(bookedAt, timeZone)
    let week = weeks.get(day)
    if (week === undefined) {
      week = isoWeekOfDay(dayFromNumber(day))
      weeks.set(day, week)
    }
    return week
  }
}
