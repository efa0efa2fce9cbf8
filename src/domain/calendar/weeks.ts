/**
 * Calendar days and ISO weeks, free of time zones: a day is `YYYY-MM-DD`, a week `2026-W47`.
 * Turning an instant into a local day or week is zoned.ts's job.
 */
import { daysFromCivil, digitsAt } from './instant'

export const pad2 = (n: number): string => String(n).padStart(2, '0')

export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar day (no time zone involved). */
export function dayNumber(day: string): number {
  // Rules call this per row: read the digits directly; anything unusual goes through Date.UTC.
  const y = digitsAt(day, 0, 4)
  const m = digitsAt(day, 5, 2)
  const d = digitsAt(day, 8, 2)
  if (day.length === 10 && y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return daysFromCivil(y, m, d)
  return Math.floor(
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000,
  )
}

export function dayFromNumber(n: number): string {
  const date = new Date(n * 86_400_000)
  return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

export function addDays(day: string, n: number): string {
  return dayFromNumber(dayNumber(day) + n)
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  // 1970-01-01 was a Thursday.
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1
}

/** The ISO 8601 week (`2026-W47`) a calendar day belongs to: the week of its Thursday's year. */
export function isoWeekOfDay(day: string): string {
  const thursday = dayNumber(day) - isoWeekday(day) + 4
  const thursdayDay = dayFromNumber(thursday)
  const year = Number(thursdayDay.slice(0, 4))
  const jan1 = dayNumber(`${thursdayDay.slice(0, 4)}-01-01`)
  const week = Math.floor((thursday - jan1) / 7) + 1
  return `${year}-W${pad2(week)}`
}

const WEEK = /^(\d{4})-W(\d{2})$/

export function isWeekKey(s: string): boolean {
  return WEEK.test(s)
}

/** Monday (`YYYY-MM-DD`) of an ISO week. */
export function weekMonday(week: string): string {
  const m = WEEK.exec(week)
  if (!m) throw new Error(`Not an ISO week: ${week}`)
  const year = m[1]!
  const jan4 = `${year}-01-04`
  const mondayOfWeek1 = dayNumber(jan4) - isoWeekday(jan4) + 1
  return dayFromNumber(mondayOfWeek1 + (Number(m[2]) - 1) * 7)
}

export function addWeeks(week: string, n: number): string {
  return isoWeekOfDay(addDays(weekMonday(week), n * 7))
}

/** Weeks from `from` to `to`, both included, ascending. */
export function weekRange(from: string, to: string): string[] {
  const out: string[] = []
  for (let w = from; w <= to; w = addWeeks(w, 1)) out.push(w)
  return out
}
