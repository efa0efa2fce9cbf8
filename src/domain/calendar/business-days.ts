/**
 * Business days: Monday–Friday in the team's time zone, minus configured holidays (docs/product.md,
 * "AE response SLA").
 *
 * The string functions (`isBusinessDay`, `nextBusinessDay`, `addBusinessDays`) are the readable
 * API. Rules and metrics run over hundreds of thousands of rows, so they use the day-number
 * variants below: a day is an integer (days since 1970-01-01), which keeps weekday and holiday
 * checks free of Date objects and string parsing.
 */
import { dayFromNumber, dayNumber } from './weeks'
import { localDayNumber, startOfLocalDayNumber } from './zoned'

export const DAY_MS = 86_400_000
export const HOUR_MS = 3_600_000

/** Holidays as `YYYY-MM-DD` days (the Settings shape) or an already prepared set of them. */
export type Holidays = ReadonlySet<string> | readonly string[]

const holidayNumbers = new WeakMap<object, ReadonlySet<number>>()

/** Holidays as day numbers; cached per holidays array or set, so call it freely. */
export function holidaySet(holidays: Holidays): ReadonlySet<number> {
  let set = holidayNumbers.get(holidays)
  if (!set) {
    set = new Set([...holidays].map(dayNumber))
    holidayNumbers.set(holidays, set)
  }
  return set
}

/** 1 = Monday … 7 = Sunday, for a day number (1970-01-01 was a Thursday). */
const weekdayOfNumber = (n: number): number => ((((n + 3) % 7) + 7) % 7) + 1

export function isBusinessDayNumber(n: number, holidays: ReadonlySet<number>): boolean {
  return weekdayOfNumber(n) <= 5 && !holidays.has(n)
}

/** The day itself when it is a business day, else the first business day after it. */
export function businessDayNumberOnOrAfter(n: number, holidays: ReadonlySet<number>): number {
  let d = n
  while (!isBusinessDayNumber(d, holidays)) d++
  return d
}

/** The N-th business day after day `n` (N = 0 gives `n` itself). */
export function addBusinessDayNumbers(n: number, count: number, holidays: ReadonlySet<number>): number {
  let d = n
  for (let left = count; left > 0;) {
    d++
    if (isBusinessDayNumber(d, holidays)) left--
  }
  return d
}

export function isBusinessDay(day: string, holidays: Holidays): boolean {
  return isBusinessDayNumber(dayNumber(day), holidaySet(holidays))
}

/** The first business day strictly after `day`. */
export function nextBusinessDay(day: string, holidays: Holidays): string {
  return addBusinessDays(day, 1, holidays)
}

/** `day` when it is a business day, else the first business day after it. */
export function businessDayOnOrAfter(day: string, holidays: Holidays): string {
  return dayFromNumber(businessDayNumberOnOrAfter(dayNumber(day), holidaySet(holidays)))
}

/** The N-th business day after `day`, whatever `day` itself is; N = 0 gives `day`. */
export function addBusinessDays(day: string, n: number, holidays: Holidays): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`Business days to add must be a whole number ≥ 0, got ${n}`)
  return dayFromNumber(addBusinessDayNumbers(dayNumber(day), n, holidaySet(holidays)))
}

/**
 * Spans of more days than this count the whole days between their first and last day without
 * walking them: a handoff answered centuries after its booking (a typo, a crafted backup) walked
 * every day in between, each with a time-zone lookup, and held the page for 40 s. Past two years
 * the only difference is the hour a DST change day gains or loses, which no screen shows.
 */
export const EXACT_SPAN_DAYS = 800

/** Business days among the day numbers from `from` to `to` (both included), in whole weeks at once. */
export function businessDayCount(from: number, to: number, holidays: ReadonlySet<number>): number {
  if (to < from) return 0
  const weeks = Math.floor((to - from + 1) / 7)
  let count = weeks * 5
  for (let d = from + weeks * 7; d <= to; d++) if (weekdayOfNumber(d) <= 5) count++
  for (const h of holidays) if (h >= from && h <= to && weekdayOfNumber(h) <= 5) count--
  return count
}

/**
 * Milliseconds of business time in [startMs, endMs): the part of the interval that lies on local
 * business days, each counted for its real length (23 or 25 hours on DST change days). Zero when
 * the interval is empty or reversed.
 */
export function businessMsBetween(
  startMs: number,
  endMs: number,
  timeZone: string,
  holidays: ReadonlySet<number>,
): number {
  if (!(endMs > startMs)) return 0
  const firstDay = localDayNumber(startMs, timeZone)
  const lastDay = localDayNumber(endMs, timeZone)
  if (lastDay - firstDay > EXACT_SPAN_DAYS) {
    return (
      businessMsBetween(startMs, startOfLocalDayNumber(firstDay + 1, timeZone), timeZone, holidays) +
      businessDayCount(firstDay + 1, lastDay - 1, holidays) * DAY_MS +
      businessMsBetween(startOfLocalDayNumber(lastDay, timeZone), endMs, timeZone, holidays)
    )
  }
  let total = 0
  let dayStart = startOfLocalDayNumber(firstDay, timeZone)
  for (let d = firstDay; d <= lastDay; d++) {
    const dayEnd = startOfLocalDayNumber(d + 1, timeZone)
    if (isBusinessDayNumber(d, holidays)) {
      const from = Math.max(startMs, dayStart)
      const to = Math.min(endMs, dayEnd)
      if (to > from) total += to - from
    }
    dayStart = dayEnd
  }
  return total
}
