/**
 * Scorecards: volume and conversion health in one row per SDR, AE, segment, campaign or
 * outsourced partner, with the weekly booked counts for a sparkline. One pass over the facts.
 */
import type { HandoffFact } from './facts'
import { mergeTallies, ratesOf, type Rates, type Tally } from './tally'
import { SCORECARD_DIMENSIONS, type ScorecardDimension } from './scorecards-dimensions'
import { carriedBit } from '../carried'
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
  /** Handoffs whose import carried the decision and its time: 0 = no response time to show. */
  timed: number
  /** Booked per week of the range, for the sparkline. */
  weeklyBooked: number[]
}

const blankName = (dimension: ScorecardDimension): string => (dimension === 'partner' ? 'In-house' : '(none)')

/**
 * The dimensions a range can offer a scorecard by: one by a field no handoff's import carried
 * (no segment, campaign or partner column) would be a single "(none)" row, never a finding.
 */
export function offeredDimensions(total: Pick<Tally, 'carried' | 'booked'>): ScorecardDimension[] {
  return SCORECARD_DIMENSIONS.filter((d) => total.booked === 0 || (total.carried & carriedBit(d)) !== 0)
}

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
      const tally = tallies.length > 1 ? mergeTallies(tallies) : tallies[0]!
      return {
        key,
        name: key === '' ? blankName(dimension) : key,
        booked: tally.booked,
        accepted: tally.accepted,
        rejected: tally.rejected,
        pending: tally.pending,
        timed: tally.timed,
        ...ratesOf(tally),
        weeklyBooked: weekly,
      }
    })
    .sort((a, b) => b.booked - a.booked || collator.compare(a.name, b.name))
}

export type ScorecardColumn = keyof Omit<ScorecardRow, 'key' | 'weeklyBooked'>
export type SortDirection = 'asc' | 'desc'

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** A cell as a sort key: a rate's or an average's value; null for "—", too few and not assessed. */
const sortValue = (v: ScorecardRow[ScorecardColumn]): string | number | null =>
  v === null || typeof v !== 'object' ? v : v.kind === 'rate' || v.kind === 'average' ? v.value : null

/**
 * Sorts a copy by a column; rows without a value (none, too few, not in this export) go last in
 * either direction; ties by name.
 */
export function sortScorecards(
  rows: readonly ScorecardRow[],
  column: ScorecardColumn,
  direction: SortDirection,
): ScorecardRow[] {
  const sign = direction === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => {
    const x = sortValue(a[column])
    const y = sortValue(b[column])
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
