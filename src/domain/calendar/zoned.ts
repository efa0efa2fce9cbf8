import { isDateOnly, type DateValue } from '../handoff'
import { DayValues, perZone } from './day-cache'
import { fastOffsetAt } from './day-offsets'
import { BUCKET_MS, offsetAt } from './zone-offsets'

export { offsetAt }
import { quarterOfWeek, type Quarter } from './quarters'
import { formatDay, isoWeekOfDay, pad2 } from './weeks'

const DAY_MS = 86_400_000

/**
 * The one module that converts between instants and a time zone's local days, weeks and
 * quarters; weeks.ts, quarters.ts and business-days.ts stay free of time zones.
 *
 * Wall-clock arithmetic in an IANA time zone without a Date per call: offsets are looked up once
 * per 15-minute UTC bucket (no zone changes offset off a quarter hour) and cached, because imports
 * and reports convert hundreds of thousands of instants.
 */
export interface LocalParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  millisecond: number
}

export function localParts(utcMs: number, timeZone: string): LocalParts {
  const d = new Date(utcMs + offsetAt(utcMs, timeZone))
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  }
}

/**
 * The instant at which the zone's clocks show this wall time. A time skipped by a spring-forward
 * gap maps to the instant just after the gap; a repeated autumn hour maps to its first occurrence.
 */
export function zonedTimeToUtc(p: LocalParts, timeZone: string): number {
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond)
  const HALF_DAY = 12 * 3600 * 1000
  const before = offsetAt(wall - HALF_DAY, timeZone)
  const after = offsetAt(wall + HALF_DAY, timeZone)
  const candidates = [wall - before, wall - after].sort((a, b) => a - b)
  const valid = candidates.filter((c) => c + offsetAt(c, timeZone) === wall)
  if (valid.length > 0) return valid[0]!
  // In a spring-forward gap: the answer is the transition itself, on a 15-minute boundary.
  let lo = Math.floor(candidates[0]! / BUCKET_MS)
  let hi = Math.ceil(candidates[1]! / BUCKET_MS)
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (offsetAt(mid * BUCKET_MS, timeZone) === after) hi = mid
    else lo = mid + 1
  }
  return lo * BUCKET_MS
}

/** Midnight at the start of a local calendar day, as a UTC instant. */
export function startOfLocalDay(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return zonedTimeToUtc({ year: y, month: m, day: d, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone)
}

/** The local calendar day (`YYYY-MM-DD`) an instant falls on in the zone. */
export function localDayOf(utcMs: number, timeZone: string): string {
  const p = localParts(utcMs, timeZone)
  return formatDay(p.year, p.month, p.day)
}

/** A DateValue as the team reads it: `2026-11-27 17:00` in their zone, or the bare date. */
export function formatLocal(value: string, timeZone: string): string {
  if (value.length === 10) return value
  const p = localParts(Date.parse(value), timeZone)
  return `${formatDay(p.year, p.month, p.day)} ${pad2(p.hour)}:${pad2(p.minute)}`
}

/** The local calendar day of a DateValue: date-only values are already days. */
export function dayOf(value: DateValue, timeZone: string): string {
  return isDateOnly(value) ? value : localDayOf(Date.parse(value), timeZone)
}

/** The ISO week a date falls in, Monday 00:00 to Sunday 24:00 in the team's time zone. */
export function weekOf(value: DateValue, timeZone: string): string {
  return isoWeekOfDay(dayOf(value, timeZone))
}

/** The fiscal quarter a date counts in: its local week's quarter (team time zone). */
export function quarterOf(value: DateValue, timeZone: string, fiscalYearStartMonth: number): Quarter {
  return quarterOfWeek(weekOf(value, timeZone), fiscalYearStartMonth)
}

/** The local day number an instant falls on in the zone. */
export function localDayNumber(utcMs: number, timeZone: string): number {
  return Math.floor((utcMs + fastOffsetAt(utcMs, timeZone)) / DAY_MS)
}

/**
 * The instant at which the zone's clocks show a wall time, given as ms since 1970-01-01 00:00 on
 * the wall clock. Same rules as `zonedTimeToUtc` (a repeated hour maps to its first occurrence, a
 * skipped time to just after the gap) without building parts.
 */
export function wallTimeToUtc(wallMs: number, timeZone: string): number {
  const first = wallMs - fastOffsetAt(wallMs, timeZone)
  const second = wallMs - fastOffsetAt(first, timeZone)
  if (first === second) return first
  const earlier = Math.min(first, second)
  const later = Math.max(first, second)
  if (earlier + fastOffsetAt(earlier, timeZone) === wallMs) return earlier
  if (later + fastOffsetAt(later, timeZone) === wallMs) return later
  return later
}

const dayStarts = perZone(() => new DayValues())

/** Local midnight at the start of a day number, as a UTC instant (cached per zone and day). */
export function startOfLocalDayNumber(n: number, timeZone: string): number {
  const starts = dayStarts(timeZone)
  let start = starts.get(n)
  if (Number.isNaN(start)) starts.set(n, (start = wallTimeToUtc(n * DAY_MS, timeZone)))
  return start
}
