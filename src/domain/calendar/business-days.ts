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
