/**
 * When things happen in the demo: the booking (business hours, some weekends and date-only
 * values), the meeting, and the AE's answer (mostly within the SLA, some late, some unrecorded).
 * Business days come from the real calendar rules; the demo has no holidays.
 */
import { addBusinessDays, isBusinessDay, nextBusinessDay as nextBusinessDayAfter } from '../calendar/business-days'
import { addDays, dayNumber, isoWeekday } from '../calendar/weeks'
import type { DemoAe, DemoSdr } from './catalog'
import type { WeekContext } from './week-context'

const MINUTE_MS = 60_000
const NO_HOLIDAYS: readonly string[] = []

export const iso = (ms: number): string => new Date(ms).toISOString()
const isWeekend = (day: string): boolean => !isBusinessDay(day, NO_HOLIDAYS)
export const nextBusinessDay = (day: string): string => nextBusinessDayAfter(day, NO_HOLIDAYS)

export interface Booking {
  value: string
  day: string
  /** Booking instant; a date-only booking counts from local midnight. */
  ms: number
  isDateOnly: boolean
  /** Minutes past local midnight; 0 for date-only. */
  minutes: number
}

export function pickBooking(w: WeekContext, sdr: DemoSdr): Booking {
  const { rng, clock } = w
  const r = rng.next()
  const weekendShare = sdr.partner ? 0.06 : 0.025
  if (r < 0.08) {
    const day = addDays(w.monday, rng.chance(0.9) ? rng.int(0, 4) : rng.int(5, 6))
    return { value: day, day, ms: clock.at(day, 0), isDateOnly: true, minutes: 0 }
  }
  let day: string
  let minutes: number
  if (r < 0.08 + weekendShare) {
    const isSunday = rng.chance(0.5)
    day = addDays(w.monday, isSunday ? 6 : 5)
    minutes = isSunday ? rng.pick([20 * 60, 21 * 60 + 15, 22 * 60 + 45, 23 * 60 + 30]) : rng.int(9 * 12, 14 * 12) * 5
  } else {
    day = addDays(w.monday, rng.int(0, 4))
    minutes = rng.chance(0.05) ? rng.int(17 * 12, 19 * 12) * 5 : rng.int(8 * 12, 17 * 12) * 5
  }
  const ms = clock.at(day, minutes) + rng.int(0, 59) * 1000
  return { value: iso(ms), day, ms, isDateOnly: false, minutes }
}

export interface Meeting {
  day: string
  minutes: number
  ms: number
  isDateOnly: boolean
}

export function pickMeeting(w: WeekContext, booking: Booking): Meeting {
  const { rng, clock } = w
  let day = addDays(booking.day, rng.int(2, 10))
  if (isWeekend(day)) {
    const friday = addDays(day, 5 - isoWeekday(day))
    day = dayNumber(friday) - dayNumber(booking.day) >= 2 ? friday : nextBusinessDay(day)
  }
  const minutes = rng.int(18, 33) * 30
  return { day, minutes, ms: clock.at(day, minutes), isDateOnly: rng.chance(0.05) }
}

export interface Response {
  ms: number
  isMissing: boolean
  isDateOnly: boolean
}

/**
 * Most AEs answer within the SLA (same day, or next business day before the booking's time of
 * day); some take 2–4 business days, some narrowly miss, some decide without recording when.
 */
export function pickResponse(w: WeekContext, ae: DemoAe, booking: Booking): Response {
  const { rng, clock } = w
  // Weekend bookings count from the next business day; date-only bookings get all of it.
  const effectiveDay = isWeekend(booking.day) ? nextBusinessDay(booking.day) : booking.day
  const effectiveMinutes = isWeekend(booking.day) || booking.isDateOnly ? 0 : booking.minutes
  const isMissing = rng.chance(ae.missing)
  const isDateOnly = !isMissing && rng.chance(0.03)
  let ms: number
  if (rng.chance(ae.late)) {
    if (rng.chance(0.3) && effectiveMinutes > 0) {
      // Narrow miss: next business day, a little after the booking's time of day.
      ms = clock.at(nextBusinessDay(effectiveDay), effectiveMinutes) + rng.int(10, 180) * MINUTE_MS
    } else {
      ms = clock.at(addBusinessDays(effectiveDay, rng.int(2, 4), NO_HOLIDAYS), rng.int(8 * 4, 18 * 4) * 15)
    }
  } else if (effectiveMinutes > 0 && effectiveMinutes <= 16 * 60 && rng.chance(0.55)) {
    // Same day, within a few hours.
    ms = clock.at(effectiveDay, effectiveMinutes) + rng.int(15, 150) * MINUTE_MS
  } else if (effectiveMinutes === 0) {
    // Counted from midnight: the effective day is always in time; a date-only booking also has
    // all of the next business day.
    const day = booking.isDateOnly && rng.chance(0.4) ? nextBusinessDay(effectiveDay) : effectiveDay
    ms = clock.at(day, rng.int(8 * 4, 18 * 4) * 15)
  } else {
    // Next business day, before the booking's time of day.
    const upper = effectiveMinutes - 10
    ms = clock.at(nextBusinessDay(effectiveDay), rng.int(Math.min(7 * 60 + 30, upper), upper))
  }
  return { ms, isMissing, isDateOnly }
}
