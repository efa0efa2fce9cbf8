/**
 * The AE response SLA (docs/product.md, "AE response SLA"). Everything is computed in UTC ms; local
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
 *
 * The response time (how long the AE took) is measured from the start of the SLA clock to
 * respondedAt in the unit of Settings → AE response SLA: hours of whole business days (shown as
 * business days) or working hours inside the working day. The deadline never depends on it.
 */
import { type DateValue, type Handoff } from '../handoff'
import { minutesOfClock, type Settings } from '../settings'
import {
  addBusinessDayNumbers,
  businessDayNumberOnOrAfter,
  businessMsBetween,
  DAY_MS,
  holidaySet,
  HOUR_MS,
  isBusinessDayNumber,
} from '../calendar/business-days'
import { isDateOnlyValue, parseInstant } from '../calendar/instant'
import { dayNumber } from '../calendar/weeks'
import { fastOffsetAt as offsetAt } from '../calendar/day-offsets'
import { startOfLocalDayNumber, wallTimeToUtc } from '../calendar/zoned'
import { workingMsBetween, type WorkingDay } from '../calendar/working-hours'
import { carriedBit, carriedOf, type Carriage } from '../carried'

/**
 * `not_assessed` (docs/product.md, "What the data can show"): the handoff's import carried no
 * decision (status), or it is decided and the import carried no decision time (respondedAt).
 * Such a handoff is in no AE's breach and counts in no SLA rate. `unknown`: decided, the export
 * has a decision-time column, but this row's cell is empty.
 */
export type SlaState = 'on_time' | 'late' | 'open_overdue' | 'open_within' | 'unknown' | 'not_assessed'

const STATUS_CARRIED = carriedBit('status')
const RESPONDED_CARRIED = carriedBit('respondedAt')

const TIMED = STATUS_CARRIED | RESPONDED_CARRIED

/** A `carried` mask with a decision: acceptance, rejections and open overdue can be said. */
export const carriesDecision = (mask: number): boolean => (mask & STATUS_CARRIED) !== 0

/** A `carried` mask with the decision and its time: on time and late can be said. */
export const carriesDecisionTime = (mask: number): boolean => (mask & TIMED) === TIMED

/** The state when the carried fields say nothing, else null (then the rule decides). */
function notAssessedState(h: Handoff & Carriage, carried: number = carriedOf(h)): 'not_assessed' | null {
  if ((carried & STATUS_CARRIED) === 0) return 'not_assessed'
  if (h.status !== 'pending' && (carried & RESPONDED_CARRIED) === 0) return 'not_assessed'
  return null
}
/** Without `responseTime`, response time is measured in business days (the default). */
export type SlaSettings = Pick<Settings, 'timeZone' | 'holidays' | 'slaWindowDays'> &
  Partial<Pick<Settings, 'responseTime'>>

export interface SlaResult {
  deadline: number
  state: SlaState
  /**
   * How long the AE took, in hours of the settings' response-time unit: hours of whole business
   * days (24 per business day; format.ts shows them as business days) or working hours. Null
   * unless decided with a respondedAt.
   */
  responseHours: number | null
}

/** A DateValue as an instant: date-only values mean local midnight at the start of that day. */
export function instantOf(value: DateValue, timeZone: string): number {
  return isDateOnlyValue(value) ? startOfLocalDayNumber(dayNumber(value), timeZone) : parseInstant(value)
}

/**
 * Settings prepared once for many rows: metrics and trends evaluate the SLA of every handoff in a
 * year, where looking the holidays up and allocating per row shows in the totals.
 */
export interface SlaCalendar {
  timeZone: string
  holidays: ReadonlySet<number>
  windowDays: number
  /** The working day response time is measured in; null = whole business days. */
  workday: WorkingDay | null
}

const calendars = new WeakMap<SlaSettings, SlaCalendar>()

/** The SLA calendar of these settings (cached per settings object, so call it freely). */
export function slaCalendar(settings: SlaSettings): SlaCalendar {
  let calendar = calendars.get(settings)
  if (!calendar) {
    calendar = {
      timeZone: settings.timeZone,
      holidays: holidaySet(settings.holidays),
      windowDays: settings.slaWindowDays,
      workday: workdayOf(settings),
    }
    calendars.set(settings, calendar)
  }
  return calendar
}

function workdayOf(settings: SlaSettings): WorkingDay | null {
  const r = settings.responseTime
  if (r?.unit !== 'working_hours') return null
  return { startMinute: minutesOfClock(r.workdayStart), endMinute: minutesOfClock(r.workdayEnd) }
}

/** The SLA clock of one handoff: when it starts, and the deadline D. */
interface SlaWindow {
  /** bookedAt, or 00:00 of the business day a booking was moved to. */
  start: number
  deadline: number
}

/** Fills `out` with the window of `h` (an out-parameter, so hot loops allocate nothing). */
function slaWindowInto(h: Pick<Handoff, 'bookedAt' | 'meetingAt'>, calendar: SlaCalendar, out: SlaWindow): void {
  const { timeZone: tz, holidays, windowDays: n } = calendar
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
  out.start = start
  out.deadline = deadline
}

const scratchWindow: SlaWindow = { start: 0, deadline: 0 }

/** The instant (UTC ms) by which the AE must accept or reject. */
export function slaDeadline(h: Pick<Handoff, 'bookedAt' | 'meetingAt'>, settings: SlaSettings): number {
  slaWindowInto(h, slaCalendar(settings), scratchWindow)
  return scratchWindow.deadline
}

/** The SLA state alone (see `slaOf`), without measuring the response time: for counting. */
/** `carried` defaults to the handoff's own mask (the rows of one file may share one given here). */
export function slaStateOf(
  h: Handoff & Carriage,
  settings: SlaSettings,
  asOf: number,
  carried: number = carriedOf(h),
): SlaState {
  const unassessed = notAssessedState(h, carried)
  if (unassessed) return unassessed
  const calendar = slaCalendar(settings)
  slaWindowInto(h, calendar, scratchWindow)
  const { deadline } = scratchWindow
  if (h.status === 'pending') return asOf >= deadline ? 'open_overdue' : 'open_within'
  if (h.respondedAt === null) return 'unknown'
  return instantOf(h.respondedAt, calendar.timeZone) < deadline ? 'on_time' : 'late'
}

/**
 * The SLA state of a handoff as of an instant, with the time the AE took.
 * - decided with respondedAt: `on_time` when respondedAt < D, else `late`;
 * - decided without respondedAt: `unknown` (counted as neither on time nor late);
 * - pending: `open_overdue` when asOf ≥ D, else `open_within` (a respondedAt on a pending
 *   handoff is ignored: nothing was decided);
 * - `not_assessed` when the import carried no status, or the handoff is decided and the import
 *   carried no respondedAt.
 * responseHours: from the effective booking start to respondedAt, either business hours (whole
 * Mon–Fri local days minus holidays, each its real length) or working hours (only inside the
 * working day of those days), as the settings say; null unless decided with a respondedAt.
 */
export function slaOf(h: Handoff & Carriage, settings: SlaSettings, asOf: number): SlaResult {
  return slaInto(h, slaCalendar(settings), asOf, { deadline: 0, state: 'unknown', responseHours: null })
}

/** `slaOf` into a result object the caller reuses across rows; returns `out`. */
export function slaInto(h: Handoff & Carriage, calendar: SlaCalendar, asOf: number, out: SlaResult): SlaResult {
  slaWindowInto(h, calendar, scratchWindow)
  const { start, deadline } = scratchWindow
  out.deadline = deadline
  out.responseHours = null
  const unassessed = notAssessedState(h)
  if (unassessed) {
    out.state = unassessed
  } else if (h.status === 'pending') {
    out.state = asOf >= deadline ? 'open_overdue' : 'open_within'
  } else if (h.respondedAt === null) {
    out.state = 'unknown'
  } else {
    const responded = instantOf(h.respondedAt, calendar.timeZone)
    out.state = responded < deadline ? 'on_time' : 'late'
    const { timeZone, holidays, workday } = calendar
    const ms = workday
      ? workingMsBetween(start, responded, timeZone, holidays, workday)
      : businessMsBetween(start, responded, timeZone, holidays)
    out.responseHours = ms / HOUR_MS
  }
  return out
}
