/**
 * The range every Trends chart uses: the last 13 weeks, this calendar quarter, a fiscal quarter
 * (settings.fiscalYearStartMonth) or a custom span of ISO weeks.
 */
import { addWeeks, isWeekKey, weekRange } from '../calendar/weeks'
import {
  calendarQuarterOfWeek,
  isQuarterKey,
  previousQuarter,
  quarterFromKey,
  quarterOfWeek,
  weeksOfQuarter,
} from '../calendar/quarters'

export type TrendRange =
  | { kind: 'last13' }
  | { kind: 'calendarQuarter' }
  | { kind: 'fiscalQuarter'; quarter: string }
  | { kind: 'custom'; from: string; to: string }

/** Longer custom spans are cut to the most recent two years (charts stay readable). */
const MAX_RANGE_WEEKS = 104

export const DEFAULT_RANGE: TrendRange = { kind: 'last13' }

/** The ISO weeks of a range, ascending, as of `currentWeek`. An invalid custom span is empty. */
export function rangeWeeks(range: TrendRange, currentWeek: string, fiscalYearStartMonth: number): string[] {
  switch (range.kind) {
    case 'last13':
      return weekRange(addWeeks(currentWeek, -12), currentWeek)
    case 'calendarQuarter':
      return weeksOfQuarter(quarterOfWeek(currentWeek, 1).key, 1)
    case 'fiscalQuarter':
      return isQuarterKey(range.quarter) ? weeksOfQuarter(range.quarter, fiscalYearStartMonth) : []
    case 'custom': {
      if (!isWeekKey(range.from) || !isWeekKey(range.to) || range.from > range.to) return []
      const from =
        range.from < addWeeks(range.to, 1 - MAX_RANGE_WEEKS) ? addWeeks(range.to, 1 - MAX_RANGE_WEEKS) : range.from
      return weekRange(from, range.to)
    }
  }
}

/** Why a custom range shows nothing, or null when it is fine. */
export function rangeProblem(range: TrendRange): string | null {
  if (range.kind !== 'custom') return null
  if (!isWeekKey(range.from) || !isWeekKey(range.to)) return 'Choose both a first and a last week.'
  if (range.from > range.to) return 'The first week must not be after the last week.'
  return null
}

/** A heading for the range: "Last 13 weeks (2026-W35 – 2026-W47)". */
export function rangeLabel(range: TrendRange, weeks: readonly string[], fiscalYearStartMonth: number): string {
  const span = weeks.length === 0 ? '' : ` (${weeks[0]} – ${weeks[weeks.length - 1]})`
  switch (range.kind) {
    case 'last13':
      return `Last 13 weeks${span}`
    case 'calendarQuarter':
      return weeks.length === 0 ? 'This quarter' : `${calendarQuarterOfWeek(weeks[0]!).label}${span}`
    case 'fiscalQuarter':
      return isQuarterKey(range.quarter)
        ? `${quarterFromKey(range.quarter, fiscalYearStartMonth).label}${span}`
        : 'Fiscal quarter'
    case 'custom':
      return `Custom${span}`
  }
}

/**
 * The quarters the comparison shows: a chosen fiscal quarter against the one before it; for any
 * other range, the fiscal quarter holding the range's last week against the one before.
 */
export function comparedQuarters(
  range: TrendRange,
  weeks: readonly string[],
  currentWeek: string,
  fiscalYearStartMonth: number,
): { current: string; previous: string } {
  const anchor = weeks[weeks.length - 1] ?? currentWeek
  const current =
    range.kind === 'fiscalQuarter' && isQuarterKey(range.quarter)
      ? range.quarter
      : quarterOfWeek(anchor, fiscalYearStartMonth).key
  return { current, previous: previousQuarter(current) }
}
