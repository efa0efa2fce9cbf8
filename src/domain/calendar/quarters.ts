/**
 * Fiscal quarters built from ISO weeks (docs/product.md, "Week"): a week belongs to the quarter that
 * holds its Thursday, so every week is in exactly one quarter and a quarter has 13 or 14 weeks.
 *
 * Naming: a fiscal year is named by the calendar year in which it ENDS. With the default start
 * month (January) that is simply the calendar year; with a February start, FY2026 runs
 * 2025-02-01 … 2026-01-31. This is the common US convention (e.g. a retailer's "FY2026" ending in
 * January 2026) and keeps "this fiscal year" equal to the calendar year for most of it.
 *
 * Because quarters are derived from weeks, and weeks from local days (`weekOf`), time zones and
 * DST only matter when a value is turned into a week; these functions are pure calendar math.
 */
import { addDays, addWeeks, dayNumber, formatDay, isoWeekOfDay, weekMonday } from './weeks'

export interface Quarter {
  /** `FY2026-Q4` */
  key: string
  /** `Q4 FY2026 (Nov–Jan)` */
  label: string
  fiscalYear: number
  quarter: 1 | 2 | 3 | 4
  /** First calendar day of the quarter's months (`YYYY-MM-DD`). */
  firstDay: string
  /** Last calendar day of the quarter's months. */
  lastDay: string
}

export interface CalendarQuarter {
  /** `2026-Q1` */
  key: string
  /** `Q1 2026` */
  label: string
  year: number
  quarter: 1 | 2 | 3 | 4
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const
const QUARTER_KEY = /^FY(\d{4})-Q([1-4])$/

function checkStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new Error(`Fiscal year start month must be 1–12, got ${startMonth}`)
  }
}

function parseQuarterKey(key: string): { fiscalYear: number; quarter: 1 | 2 | 3 | 4 } {
  const m = QUARTER_KEY.exec(key)
  if (!m) throw new Error(`Not a quarter key (FY2026-Q4): ${key}`)
  return { fiscalYear: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 }
}

const quarterKey = (fiscalYear: number, quarter: number): string => `FY${fiscalYear}-Q${quarter}`

export function isQuarterKey(s: string): boolean {
  return QUARTER_KEY.test(s)
}

/** A fiscal quarter with its calendar span. */
export function quarterFromKey(key: string, fiscalYearStartMonth: number): Quarter {
  checkStartMonth(fiscalYearStartMonth)
  const { fiscalYear, quarter } = parseQuarterKey(key)
  const startYear = fiscalYearStartMonth > 1 ? fiscalYear - 1 : fiscalYear
  // Months counted from year 0, so year rollover is plain division.
  const firstMonth = startYear * 12 + (fiscalYearStartMonth - 1) + (quarter - 1) * 3
  const nextFirstMonth = firstMonth + 3
  const firstDay = formatDay(Math.floor(firstMonth / 12), (firstMonth % 12) + 1, 1)
  const lastDay = addDays(formatDay(Math.floor(nextFirstMonth / 12), (nextFirstMonth % 12) + 1, 1), -1)
  const from = MONTHS[firstMonth % 12]!
  const to = MONTHS[(firstMonth + 2) % 12]!
  return { key, label: `Q${quarter} FY${fiscalYear} (${from}–${to})`, fiscalYear, quarter, firstDay, lastDay }
}

/** The fiscal quarter whose months contain a calendar day. */
function quarterOfDay(day: string, fiscalYearStartMonth: number): Quarter {
  checkStartMonth(fiscalYearStartMonth)
  const year = Number(day.slice(0, 4))
  const month = Number(day.slice(5, 7))
  const offset = (month - fiscalYearStartMonth + 12) % 12
  const quarter = Math.floor(offset / 3) + 1
  const fiscalYear = fiscalYearStartMonth === 1 || month < fiscalYearStartMonth ? year : year + 1
  return quarterFromKey(quarterKey(fiscalYear, quarter), fiscalYearStartMonth)
}

/** The fiscal quarter of an ISO week: the one that holds the week's Thursday. */
export function quarterOfWeek(week: string, fiscalYearStartMonth: number): Quarter {
  return quarterOfDay(addDays(weekMonday(week), 3), fiscalYearStartMonth)
}

/** Every ISO week whose Thursday falls in the quarter, ascending (13 or 14 weeks). */
export function weeksOfQuarter(key: string, fiscalYearStartMonth: number): string[] {
  const { firstDay, lastDay } = quarterFromKey(key, fiscalYearStartMonth)
  const first = dayNumber(firstDay)
  // 1 = Monday … 7 = Sunday; Thursday is 4.
  const weekday = ((((first + 3) % 7) + 7) % 7) + 1
  const firstThursday = addDays(firstDay, (4 - weekday + 7) % 7)
  const weeks: string[] = []
  for (let week = isoWeekOfDay(firstThursday); addDays(weekMonday(week), 3) <= lastDay; week = addWeeks(week, 1)) {
    weeks.push(week)
  }
  return weeks
}

export function previousQuarter(key: string): string {
  return shiftQuarter(key, -1)
}

export function nextQuarter(key: string): string {
  return shiftQuarter(key, 1)
}

function shiftQuarter(key: string, n: number): string {
  const { fiscalYear, quarter } = parseQuarterKey(key)
  const index = fiscalYear * 4 + (quarter - 1) + n
  return quarterKey(Math.floor(index / 4), (((index % 4) + 4) % 4) + 1)
}

/** The calendar quarter (January start) holding an ISO week's Thursday. */
export function calendarQuarterOfWeek(week: string): CalendarQuarter {
  const { fiscalYear, quarter } = quarterOfWeek(week, 1)
  return { key: `${fiscalYear}-Q${quarter}`, label: `Q${quarter} ${fiscalYear}`, year: fiscalYear, quarter }
}
