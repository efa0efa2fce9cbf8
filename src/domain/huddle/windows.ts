/**
 * The weeks a huddle compares against: the four weeks before it (last week and the four-week
 * average), this quarter up to the huddle's week and the whole previous quarter (calibration).
 * One read of those weeks feeds every section, so the windows are worked out here, once.
 */
import type { StoredHandoff } from '../handoff'
import { addWeeks } from '../calendar/weeks'
import { previousQuarter, quarterOfWeek, weeksOfQuarter } from '../calendar/quarters'

export interface ReviewWindows {
  week: string
  /** The 1st to 4th week before `week`, nearest first. */
  priorWeeks: string[]
  /** This fiscal quarter's weeks up to and including `week`. */
  thisQuarterWeeks: string[]
  lastQuarterWeeks: string[]
  /** Every week above once: what to read from the database. */
  allWeeks: string[]
}

export function reviewWindows(week: string, fiscalYearStartMonth: number): ReviewWindows {
  const quarter = quarterOfWeek(week, fiscalYearStartMonth).key
  const thisQuarterWeeks = weeksOfQuarter(quarter, fiscalYearStartMonth).filter((w) => w <= week)
  const lastQuarterWeeks = weeksOfQuarter(previousQuarter(quarter), fiscalYearStartMonth)
  const priorWeeks = [1, 2, 3, 4].map((n) => addWeeks(week, -n))
  const allWeeks = [...new Set([week, ...priorWeeks, ...thisQuarterWeeks, ...lastQuarterWeeks])]
  return { week, priorWeeks, thisQuarterWeeks, lastQuarterWeeks, allWeeks }
}

export interface WindowedHandoffs {
  week: StoredHandoff[]
  /** One list per prior week, nearest first (empty lists for weeks without bookings). */
  priorWeeks: StoredHandoff[][]
  thisQuarter: StoredHandoff[]
  lastQuarter: StoredHandoff[]
}

/** Sorts the handoffs read for `windows.allWeeks` into the windows. */
export function splitByWindows(rows: readonly StoredHandoff[], windows: ReviewWindows): WindowedHandoffs {
  const byWeek = new Map<string, StoredHandoff[]>()
  for (const h of rows) {
    const list = byWeek.get(h.week)
    if (list) list.push(h)
    else byWeek.set(h.week, [h])
  }
  const inQuarter = new Set(windows.thisQuarterWeeks)
  const inLastQuarter = new Set(windows.lastQuarterWeeks)
  return {
    week: byWeek.get(windows.week) ?? [],
    priorWeeks: windows.priorWeeks.map((w) => byWeek.get(w) ?? []),
    thisQuarter: rows.filter((h) => inQuarter.has(h.week)),
    lastQuarter: rows.filter((h) => inLastQuarter.has(h.week)),
  }
}
