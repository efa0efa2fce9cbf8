/**
 * Metrics and scorecards as CSV for spreadsheets (written with toCsv, so every text cell that
 * could be read as a formula is neutralised). Rates are percentages with one decimal, as numbers
 * a spreadsheet can sum or chart; an empty cell means "no value" (the app's "—"), and a cell the
 * export could not fill (no decision column, no decision time, no package) is empty too, with the
 * measures named in the last column ("Not in this export: acceptance, on time"): never a 0.
 */
import { REJECTION_REASONS } from '../handoff'
import { humanize } from '../field-labels'
import { toPercent } from '../trends/series'
import { ratesOf, type Rates, type Tally } from '../trends/tally'
import { averageValue, NOT_IN_EXPORT, rateValue, TOO_FEW, type Average, type Rate } from '../assessed'
import { DIMENSION_LABELS, type ScorecardDimension, type ScorecardRow } from '../trends/scorecards'
import { toCsv, type CsvCell } from './csv'
import { responseTimeCell, responseTimeUnit, roundOrNull } from '../format'
import type { ResponseTimeMeasure } from '../settings'

/** The response column names its unit: "Median AE response (business days)". */
const responseHeader = (measure: ResponseTimeMeasure): string => `Median AE response (${responseTimeUnit(measure)})`

/** The metrics CSV's header row; the response column in the unit of Settings → AE response SLA. */
export const metricsCsvHeaders = (measure: ResponseTimeMeasure): string[] => [
  'Week',
  'Booked',
  'Accepted',
  'Rejected',
  'Pending',
  'Acceptance rate (%)',
  'On time',
  'Late',
  'Open overdue',
  'On-time SLA rate (%)',
  'Incomplete',
  'Incomplete rate (%)',
  responseHeader(measure),
  'Vague feedback',
  'No feedback',
  'Rubric average (0-5)',
  ...REJECTION_REASONS.map((r) => `Rejected: ${humanize(r)}`),
  'Rejected: no reason',
  'Note',
]

const rateCell = (r: Rate): number | null => toPercent(rateValue(r))
const averageCell = (a: Average): number | null => roundOrNull(averageValue(a), 2)

/** What a row of this tally cannot say: the measures its exports did not carry, as words. */
function unknownOf(t: Tally): { decisions: boolean; timed: boolean; checked: boolean; feedback: boolean } {
  const has = t.booked > 0
  return {
    decisions: has && t.decisions === 0,
    timed: has && t.timed === 0,
    checked: has && t.checked === 0,
    feedback: t.rejected > 0 && t.feedbackRejected === 0,
  }
}

/** "Not in this export: acceptance, on time and late; too few to say: rubric average", or null. */
function noteOf(unknown: string[], tooFew: string[]): string | null {
  const parts = [
    unknown.length > 0 ? `${upperFirst(NOT_IN_EXPORT)}: ${unknown.join(', ')}` : null,
    tooFew.length > 0 ? `${TOO_FEW}: ${tooFew.join(', ')}` : null,
  ].filter((p) => p !== null)
  return parts.length === 0 ? null : parts.join('; ')
}

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** The measures of `r` that are too few to say (an average of fewer than 3 scores). */
const tooFewOf = (r: Pick<Rates, 'rubricAverage'>): string[] =>
  r.rubricAverage.kind === 'too_few' && r.rubricAverage.count > 0 ? ['rubric average'] : []

function metricsRow(label: string, t: Tally, measure: ResponseTimeMeasure): CsvCell[] {
  const r = ratesOf(t)
  const u = unknownOf(t)
  const count = (n: number, isUnknown: boolean): number | null => (isUnknown ? null : n)
  const unknown = [
    ...(u.decisions ? ['decisions', 'acceptance', 'open overdue'] : []),
    ...(u.timed ? ['on time', 'late', 'response time'] : []),
    ...(u.checked ? ['incomplete'] : []),
    ...(u.feedback ? ['vague feedback'] : []),
  ]
  return [
    label,
    t.booked,
    count(t.accepted, u.decisions),
    count(t.rejected, u.decisions),
    count(t.pending, u.decisions),
    rateCell(r.acceptanceRate),
    count(t.onTime, u.timed),
    count(t.late, u.timed),
    count(t.openOverdue, u.decisions),
    rateCell(r.onTimeRate),
    count(t.incomplete, u.checked),
    rateCell(r.incompleteRate),
    u.timed ? null : responseTimeCell(r.medianResponseHours, measure),
    count(t.vague, u.feedback),
    // Rejections with no feedback written: counted apart from vague feedback.
    count(t.noFeedback, u.feedback),
    averageCell(r.rubricAverage),
    ...REJECTION_REASONS.map((reason) => count(t.reasons[reason], u.decisions)),
    count(t.noReason, u.decisions),
    noteOf(unknown, tooFewOf(r)),
  ]
}

/** One row per week (ascending, as given) and a last row "Total" over the whole range. */
export function metricsCsv(
  weeks: readonly string[],
  tallies: readonly Tally[],
  total: Tally,
  measure: ResponseTimeMeasure,
): string {
  if (weeks.length !== tallies.length) throw new Error('metricsCsv needs one tally per week')
  const rows = weeks.map((w, i) => metricsRow(w, tallies[i]!, measure))
  rows.push(metricsRow('Total', total, measure))
  return toCsv(metricsCsvHeaders(measure), rows, { bom: true })
}

/** The scorecards CSV's header row; the response column as in `metricsCsvHeaders`. */
export const scorecardsCsvHeaders = (measure: ResponseTimeMeasure): string[] => [
  'Dimension',
  'Name',
  'Booked',
  'Accepted',
  'Rejected',
  'Pending',
  'Acceptance rate (%)',
  'On-time SLA rate (%)',
  'Incomplete rate (%)',
  'Rubric average (0-5)',
  responseHeader(measure),
  'Vague feedback rate (%)',
  'Note',
]

/** What a scorecard row's empty cells mean. */
function scorecardNote(r: ScorecardRow): string | null {
  const unknown = [
    ...(r.acceptanceRate.kind === 'not_assessed' ? ['decisions', 'acceptance'] : []),
    ...(r.onTimeRate.kind === 'not_assessed' ? ['on-time rate', 'response time'] : []),
    ...(r.incompleteRate.kind === 'not_assessed' ? ['incomplete rate'] : []),
    ...(r.vagueFeedbackRate.kind === 'not_assessed' ? ['vague feedback'] : []),
  ]
  return noteOf(unknown, tooFewOf(r))
}

/** Every scorecard in one file: a Dimension column says which table a row belongs to. */
export function scorecardsCsv(
  sections: readonly { dimension: ScorecardDimension; rows: readonly ScorecardRow[] }[],
  measure: ResponseTimeMeasure,
): string {
  const rows = sections.flatMap(({ dimension, rows }) =>
    rows.map((r): CsvCell[] => [
      DIMENSION_LABELS[dimension],
      r.name,
      r.booked,
      r.acceptanceRate.kind === 'not_assessed' ? null : r.accepted,
      r.acceptanceRate.kind === 'not_assessed' ? null : r.rejected,
      r.acceptanceRate.kind === 'not_assessed' ? null : r.pending,
      rateCell(r.acceptanceRate),
      rateCell(r.onTimeRate),
      rateCell(r.incompleteRate),
      averageCell(r.rubricAverage),
      r.timed === 0 && r.booked > 0 ? null : responseTimeCell(r.medianResponseHours, measure),
      rateCell(r.vagueFeedbackRate),
      scorecardNote(r),
    ]),
  )
  return toCsv(scorecardsCsvHeaders(measure), rows, { bom: true })
}
