/**
 * What a quarter column of a Trends table really covers: a range that holds 3 weeks of a quarter
 * must not read as the whole quarter ("Q3 FY2026" over 3 weeks misleads the room).
 */
import { quarterFromKey, weeksOfQuarter } from '../calendar/quarters'
import { unfinishedWeekNote } from './coverage'

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

export interface QuarterColumn {
  key: string
  /** `Q3 FY2026 (Jul–Sep)` when every week is in the range; else `2026-W37–W39 · 3 of 13 weeks of Q3 FY2026`. */
  label: string
  /** Weeks of the quarter inside the range, and in the whole quarter. */
  weeks: number
  ofWeeks: number
}

/** One column per quarter key, labelled by the weeks of `rangeWeeks` it holds. */
export function quarterColumns(
  quarterKeys: readonly string[],
  rangeWeeks: readonly string[],
  fiscalYearStartMonth: number,
): QuarterColumn[] {
  const inRange = new Set(rangeWeeks)
  return quarterKeys.map((key) => {
    const quarter = quarterFromKey(key, fiscalYearStartMonth)
    const all = weeksOfQuarter(key, fiscalYearStartMonth)
    const covered = all.filter((w) => inRange.has(w))
    const name = `Q${quarter.quarter} FY${quarter.fiscalYear}`
    if (covered.length === all.length || covered.length === 0) {
      return { key, label: quarter.label, weeks: covered.length, ofWeeks: all.length }
    }
    const first = covered[0]!
    const last = covered[covered.length - 1]!
    const span = first === last ? first : `${first}–${last.slice(5)}`
    return {
      key,
      label: `${span} · ${covered.length} of ${all.length} weeks of ${name}`,
      weeks: covered.length,
      ofWeeks: all.length,
    }
  })
}

/**
 * The sentence over the quarter-over-quarter table: "so far" and the weeks elapsed only when the
 * current quarter is still running, with a warning that the running week is not over; a finished
 * quarter is named plainly.
 */
export function comparisonCaption(
  current: string,
  previous: string,
  currentWeek: string,
  fiscalYearStartMonth: number,
): string {
  const label = (key: string) => quarterFromKey(key, fiscalYearStartMonth).label
  const weeks = weeksOfQuarter(current, fiscalYearStartMonth)
  const elapsed = weeks.filter((w) => w <= currentWeek).length
  const isRunning = elapsed > 0 && elapsed < weeks.length
  const now = isRunning ? `${label(current)} so far (week ${elapsed} of ${weeks.length})` : label(current)
  // The running week's decisions and deadlines are still coming in: say so beside the numbers.
  const unfinished = unfinishedWeekNote(weeks, currentWeek)
  const warning = unfinished === null ? '' : ` ${upperFirst(unfinished)}: its numbers will still change.`
  return `${now} against ${label(previous)}.${warning}`
}
