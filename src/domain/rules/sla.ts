/**
 * The AE response SLA (PRODUCT.md, "AE response SLA"). Everything is computed in UTC ms; local
 * days come from the team time zone, and business days are Monday–Friday minus holidays.
 *
 * Deadline D, with N = slaWindowDays:
 * - booking with a time of day on a business day: the same local time on the N-th business day
 *   after (Friday 15:00 before a Monday holiday → Tuesday 15:00);
 * - booking with a time of day on a weekend or holiday: it counts as booked at 00:00 of the next
 *   business day, so D = 00:00 of the N-th business day after that (Saturday 10:00 → Monday 00:00
 *   → Tuesday 00:00);
 * - date-only booking: moved to the next business day when it falls on a weekend or holiday, then
 *   D = 00:00 of the day after the N-th business day after it (the AE has all of that day);
 * - D is capped at meetingAt when known (a date-only meetingAt means 00:00 of that day).
 * A date-only respondedAt means 00:00 of that day.
 */
import { type DateValue, type Handoff } from '../handoff'
import { type Settings } from '../settings'
import {
  addBusinessDayNumbers,
  businessDayNumberOnOrAfter,
  businessMsBetween,
  DAY_MS,
  holidaySet,
  HOUR_MS,
  isBusinessDayNumber,
  startOfLocalDayNumber,
  wallTimeToUtc,
} from '../calendar/business-days'
import { isDateOnlyValue, parseInstant } from '../calendar/instant'
import { dayNumber } from '../calendar/weeks'
import { fastOffsetAt as offsetAt } from '../calendar/day-offsets'

export type SlaState = 'on_time' | 'late' | 'open_overdue' | 'open_within' | 'unknown'
export type SlaSettings = Pick<Settings, 'timeZone' | 'holidays' | 'slaWindowDays'>

export interface SlaResult {
  deadline: number
  state: SlaState
  businessHours: number | null
}

/** A DateValue as an instant: date-only values mean local midnight at the start of that day. */
export function instantOf(value: DateValue, timeZone: string): number {
  return isDateOnlyValue(value) ? startOfLocalDayNumber(dayNumber(value), timeZone) : parseInstant(value)
}

interface SlaWindow {
  /** When the clock starts: bookedAt, or 00:00 of the business day a booking was moved to. */
  start: number
  deadline: number
}

function slaWindow(h: Pick<Handoff, 'bookedAt' | 'meetingAt'>, settings: SlaSettings): SlaWindow {
  const tz = settings.timeZone
  const holidays = holidaySet(settings.holidays)
  const n = settings.slaWindowDays
  let start: number
  let deadline: number
  if (isDateOnlyValue(h.bookedAt)) {
    const day = businessDayNumberOnOrAfter(dayNumber(h.bookedAt), holidays)
    start = startOfLocalDayNumber(day, tz)
    deadline = startOfLocalDayNumber(addBusinessDayNumbers(day, n, holidays) + 1, tz)
  } else {
    const booked = parseInstant(h.bookedAt)
    const wall = booked + offsetAt(booked, tz)
    const day = Math.floor(wall / DAY_MS)
    if (isBusinessDayNumber(day, holidays)) {
      start = booked
      const timeOfDay = wall - day * DAY_MS
      deadline = wallTimeToUtc(addBusinessDayNumbers(day, n, holidays) * DAY_MS + timeOfDay, tz)
    } else {
      const moved = businessDayNumberOnOrAfter(day, holidays)
      start = startOfLocalDayNumber(moved, tz)
      deadline = startOfLocalDayNumber(addBusinessDayNumbers(moved, n, holidays), tz)
    }
  }
  if (h.meetingAt !== null) deadline = Math.min(deadline, instantOf(h.meetingAt, tz))
  return { start, deadline }
}

/** The instant (UTC ms) by which the AE must accept or reject. */
export function slaDeadline(
  h: Pick<Handoff, 'bookedAt' | 'meetingAt'>,
  settings: Pick<Settings, 'timeZone' | 'holidays' | 'slaWindowDays'>,
): number {
  return slaWindow(h, settings).deadline
}

/** The SLA state alone (see `slaOf`), without measuring business hours: for counting. */
export function slaStateOf(h: Handoff, settings: SlaSettings, asOf: number): SlaState {
  const { deadline } = slaWindow(h, settings)
  if (h.status === 'pending') return asOf >= deadline ? 'open_overdue' : 'open_within'
  if (h.respondedAt === null) return 'unknown'
  return instantOf(h.respondedAt, settings.timeZone) < deadline ? 'on_time' : 'late'
}

/**
 * The SLA state of a handoff as of an instant, with the business hours the AE took.
 * - decided with respondedAt: `on_time` when respondedAt < D, else `late`;
 * - decided without respondedAt: `unknown` (counted as neither on time nor late);
 * - pending: `open_overdue` when asOf ≥ D, else `open_within` (a respondedAt on a pending
 *   handoff is ignored: nothing was decided).
 * businessHours: business hours (whole Mon–Fri local days minus holidays, each its real length)
 * from the effective booking start to respondedAt; null unless decided with a respondedAt.
 */
export function slaOf(h: Handoff, settings: SlaSettings, asOf: number): SlaResult {
  const { start, deadline } = slaWindow(h, settings)
  if (h.status === 'pending') {
    return { deadline, state: asOf >= deadline ? 'open_overdue' : 'open_within', businessHours: null }
  }
  if (h.respondedAt === null) return { deadline, state: 'unknown', businessHours: null }
  const responded = instantOf(h.respondedAt, settings.timeZone)
  const businessHours = businessMsBetween(start, responded, settings.timeZone, holidaySet(settings.holidays)) / HOUR_MS
  return { deadline, state: responded < deadline ? 'on_time' : 'late', businessHours }
}
