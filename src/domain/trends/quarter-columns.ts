/**
 * What a quarter column of a Trends table really covers: a range that holds 3 weeks of a quarter
 * must not read as the whole quarter ("Q3 FY2026" over 3 weeks misleads the room).
 */
import { quarterFromKey, weeksOfQuarter } from '../calendar/quarters'

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
