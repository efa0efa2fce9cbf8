/**
 * Scorecards: volume and conversion health in one row per SDR, AE, segment, campaign or
 * outsourced partner, with the weekly booked counts for a sparkline. One pass over the facts.
 */
import type { HandoffFact } from './facts'
import { mergeTallies, ratesOf, type Rates, type Tally } from './tally'
import type { ScorecardDimension } from './scorecards-dimensions'
import { summarizeByWeek, type WeekSummary } from './week-summary'

export { SCORECARD_DIMENSIONS, DIMENSION_LABELS, type ScorecardDimension } from './scorecards-dimensions'

export interface ScorecardRow extends Rates {
  /** The grouping value as stored ('' for blank). */
  key: string
  /** What the row shows: the value, "In-house" for no partner, "(none)" for other blanks. */
  name: string
  booked: number
  accepted: number
  rejected: number
  pending: number
  /** Booked per week of the range, for the sparkline. */
  weeklyBooked: number[]
}

export const blankName = (dimension: ScorecardDimension): string => (dimension === 'partner' ? 'In-house' : '(none)')

export function scorecards(
  facts: readonly HandoffFact[],
  dimension: ScorecardDimension,
  weeks: readonly string[],
): ScorecardRow[] {
  return scorecardsOfSummaries(summarizeByWeek({ requiredFields: [], facts: [...facts] }), dimension, weeks)
}

/** The scorecards of `weeks` from their summaries: each row's tallies of those weeks added up. */
export function scorecardsOfSummaries(
  byWeek: ReadonlyMap<string, WeekSummary>,
  dimension: ScorecardDimension,
  weeks: readonly string[],
): ScorecardRow[] {
  const groups = new Map<string, { tallies: Tally[]; weekly: number[] }>()
  weeks.forEach((week, w) => {
    for (const [key, tally] of byWeek.get(week)?.groups[dimension] ?? []) {
      let g = groups.get(key)
      if (!g) {
        g = { tallies: [], weekly: new Array<number>(weeks.length).fill(0) }
        groups.set(key, g)
      }
      g.tallies.push(tally)
      g.weekly[w]! += tally.booked
    }
  })
  return [...groups]
    .map(([key, { tallies, weekly }]) => {
      const tally = tallies.length === 1 ? tallies[0]! : mergeTallies(tallies)
      return {
        key,
        name: key === '' ? blankName(dimension) : key,
        booked: tally.booked,
        accepted: tally.accepted,
        rejected: tally.rejected,
        pending: tally.pending,
        ...ratesOf(tally),
        weeklyBooked: weekly,
      }
    })
    .sort((a, b) => b.booked - a.booked || collator.compare(a.name, b.name))
}

export type ScorecardColumn = keyof Omit<ScorecardRow, 'key' | 'weeklyBooked'>
export type SortDirection = 'asc' | 'desc'

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** Sorts a copy by a column; rows without a value (null) go last in either direction; ties by name. */
export function sortScorecards(
  rows: readonly ScorecardRow[],
  column: ScorecardColumn,
  direction: SortDirection,
): ScorecardRow[] {
  const sign = direction === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => {
    const x = a[column]
    const y = b[column]
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1
    } else if (typeof x === 'string' || typeof y === 'string') {
      const c = collator.compare(String(x), String(y))
      if (c !== 0) return sign * c
    } else if (x !== y) {
      return sign * (x - y)
    }
    return collator.compare(a.name, b.name)
  })
}
