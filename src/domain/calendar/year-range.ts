import { isDateOnly, type DateValue } from '../handoff'
import { startOfLocalDay } from './zoned'

/**
 * The years a handoff's dates may fall in. A date outside them is a typo or a placeholder
 * (`9999-12-31`, `1000-01-01`), never a meeting; refusing it keeps every loop over weeks and
 * quarters to a lifetime's length instead of centuries.
 */
export const FIRST_YEAR = 1990
export const LAST_YEAR = 2100

/** How a date lies outside the years, as words after the value: "is after 2100". */
export type OutOfRange = 'before' | 'after'
export const outOfRangeWords = (side: OutOfRange): string =>
  side === 'before' ? `is before ${FIRST_YEAR}` : `is after ${LAST_YEAR}`

const bounds = new Map<string, [number, number]>()
function boundsIn(timeZone: string): [number, number] {
  let b = bounds.get(timeZone)
  if (!b) {
    b = [startOfLocalDay(`${FIRST_YEAR}-01-01`, timeZone), startOfLocalDay(`${LAST_YEAR + 1}-01-01`, timeZone)]
    bounds.set(timeZone, b)
  }
  return b
}

/** Whether a date value lies before FIRST_YEAR or after LAST_YEAR in the team's zone (null: within). */
export function outOfRange(value: DateValue, timeZone: string): OutOfRange | null {
  if (isDateOnly(value)) {
    const year = Number(value.slice(0, 4))
    return year < FIRST_YEAR ? 'before' : year > LAST_YEAR ? 'after' : null
  }
  // An instant's UTC year well inside the years is inside them in every zone: no parse (it runs
  // on every date of every row).
  const utcYear = Number(value.slice(0, 4))
  if (utcYear > FIRST_YEAR && utcYear < LAST_YEAR) return null
  const ms = Date.parse(value)
  if (Number.isNaN(ms)) return value.startsWith('-') ? 'before' : value.startsWith('+') ? 'after' : null
  const [first, end] = boundsIn(timeZone)
  return ms < first ? 'before' : ms >= end ? 'after' : null
}

/** Any zone's reading (a day's slack either side): for a backup, checked before its zone is known. */
export const isWithinYearsAnywhere = (value: DateValue): boolean =>
  outOfRange(value, 'Pacific/Kiritimati') !== 'before' && outOfRange(value, 'Etc/GMT+12') !== 'after'

/** An ISO week key (`2026-W47`) whose year lies within the years and whose week exists (01–53). */
export function isWeekWithinYears(week: string): boolean {
  const m = /^(\d{4})-W(\d{2})$/.exec(week)
  if (!m) return false
  const year = Number(m[1])
  const n = Number(m[2])
  return year >= FIRST_YEAR && year <= LAST_YEAR && n >= 1 && n <= 53
}
