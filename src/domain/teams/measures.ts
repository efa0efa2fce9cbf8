/**
 * The measures of the Teams screen, from summed counts: each rate over the handoffs it could be
 * judged on, with that base shown ("62% of 40 decided"); a rate whose counts the export could not
 * show is "not in this team's export", never 0% or "—" beside a claim. The rubric average needs 3 scores.
 */
import { MIN_AVERAGE_BASE } from '../assessed'
import { formatThousands, joinAnd, oneOrMany, signOf } from '../format'
import type { QuarterCounts } from './rollup'
import type { UnknowableKey } from './team-week'

export const TEAM_MEASURES = ['booked', 'acceptance', 'onTime', 'incomplete', 'vague', 'rubric', 'openItems'] as const
export type TeamMeasure = (typeof TEAM_MEASURES)[number]

export const MEASURE_LABELS: Record<TeamMeasure, string> = {
  booked: 'Booked',
  acceptance: 'Acceptance',
  onTime: 'On-time SLA',
  incomplete: 'Incomplete',
  vague: 'Vague feedback',
  rubric: 'Rubric average',
  openItems: 'Open action items',
}

/** The counts a measure needs shown; a team that cannot show one of them is "not in this team's export". */
const MEASURE_NEEDS: Partial<Record<TeamMeasure, UnknowableKey[]>> = {
  acceptance: ['accepted', 'rejected'],
  onTime: ['onTime', 'late', 'openOverdue'],
  incomplete: ['incomplete'],
  vague: ['vagueFeedback'],
}

export type MeasureValue =
  | { kind: 'count'; value: number }
  /** `value` 0–1 over `base` handoffs (`baseWord`: "decided", "assessed", "rejected", "due"). */
  | { kind: 'rate'; value: number; base: number; baseWord: string }
  | { kind: 'average'; value: number; base: number }
  /** Nothing to judge this quarter (no decision, no rejection): not a claim either way. */
  | { kind: 'none'; baseWord: string }
  | { kind: 'too-few'; base: number }
  | { kind: 'unknown' }
  /** The team booked nothing this quarter: no rate to show, and nothing the export lacked. */
  | { kind: 'no-bookings' }

const rate = (part: number, base: number, baseWord: string): MeasureValue =>
  base === 0 ? { kind: 'none', baseWord } : { kind: 'rate', value: part / base, base, baseWord }

export function measureOf(c: QuarterCounts, measure: TeamMeasure): MeasureValue {
  if (c.booked === 0 && measure !== 'booked' && measure !== 'openItems') return { kind: 'no-bookings' }
  if ((MEASURE_NEEDS[measure] ?? []).some((k) => c.unknown.includes(k))) return { kind: 'unknown' }
  switch (measure) {
    case 'booked':
      return { kind: 'count', value: c.booked }
    case 'acceptance':
      return rate(c.accepted, c.accepted + c.rejected, 'decided')
    case 'onTime':
      return rate(c.onTime, c.onTime + c.late + c.openOverdue, 'due')
    case 'incomplete':
      return rate(c.incomplete, c.checklistAssessed, 'assessed')
    case 'vague':
      return rate(c.vagueFeedback, c.feedbackAssessed, 'rejected')
    case 'rubric':
      return c.rubricCount >= MIN_AVERAGE_BASE
        ? { kind: 'average', value: c.rubricSum / c.rubricCount, base: c.rubricCount }
        : { kind: 'too-few', base: c.rubricCount }
    case 'openItems':
      return { kind: 'count', value: c.openActionItems }
  }
}

/**
 * What a cell says for a measure a team's export could not show: a team's row speaks of that
 * team's export; the total, left with no team that could, of every team's.
 */
const NOT_IN_EXPORT = { team: "not in this team's export", total: "not in any team's export" } as const
export type MeasureOf = keyof typeof NOT_IN_EXPORT

/**
 * How a measure reads in the table: "62% of 40 decided", "3.4 / 5 from 4 scored", "not in this
 * team's export" (`of` 'total': "not in any team's export").
 */
export function measureText(v: MeasureValue, of: MeasureOf = 'team'): string {
  switch (v.kind) {
    case 'count':
      return formatThousands(v.value)
    case 'rate':
      return `${Math.round(v.value * 100)}% of ${formatThousands(v.base)} ${v.baseWord}`
    case 'average':
      return `${v.value.toFixed(1)} / 5 from ${v.base} scored`
    case 'none':
      return `none ${v.baseWord}`
    case 'too-few':
      return v.base === 0 ? 'none scored' : `too few to say (${v.base} scored)`
    case 'unknown':
      return NOT_IN_EXPORT[of]
    case 'no-bookings':
      return 'no bookings'
  }
}

/** The number a chart draws: percentages 0–100 with one decimal, averages 0–5; null for a gap. */
export function chartValue(v: MeasureValue): number | null {
  switch (v.kind) {
    case 'count':
      return v.value
    case 'rate':
      return Math.round(v.value * 1000) / 10
    case 'average':
      return Math.round(v.value * 10) / 10
    default:
      return null
  }
}

/**
 * The change from last quarter as it reads: "+4 pts", "−12", "—" when either side has no value.
 * Counts change by their difference, rates by percentage points, averages by points of 5.
 */
export function changeText(now: MeasureValue, before: MeasureValue): string {
  const a = chartValue(now)
  const b = chartValue(before)
  if (a === null || b === null || now.kind !== before.kind) return '—'
  const d = Math.round((a - b) * 10) / 10
  const sign = signOf(d)
  const size = Math.abs(d)
  if (now.kind === 'rate') return `${sign}${Math.round(size)} pts`
  if (now.kind === 'average') return `${sign}${size.toFixed(1)}`
  return `${sign}${formatThousands(size)}`
}

/**
 * The note under the total for a measure: which teams it leaves out because their export could
 * not show it ("leaves out Team West: not in its export"), null when it counts every team.
 */
export function leftOutNote(leftOut: Partial<Record<UnknowableKey, string[]>>, measure: TeamMeasure): string | null {
  const names = new Set((MEASURE_NEEDS[measure] ?? []).flatMap((k) => leftOut[k] ?? []))
  if (names.size === 0) return null
  const list = [...names]
  return `leaves out ${joinAnd(list)}: not in ${oneOrMany(list.length, 'its export', 'their exports')}`
}
