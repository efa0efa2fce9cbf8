/**
 * Metrics and scorecards as CSV for spreadsheets (written with toCsv, so every text cell that
 * could be read as a formula is neutralised). Rates are percentages with one decimal, as numbers
 * a spreadsheet can sum or chart; an empty cell means "no value" (the app's "—").
 */
import { REJECTION_REASONS } from '../handoff'
import { humanize } from '../field-labels'
import { toPercent } from '../trends/series'
import { ratesOf, type Tally } from '../trends/tally'
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
  'Rubric average (0-5)',
  ...REJECTION_REASONS.map((r) => `Rejected: ${humanize(r)}`),
  'Rejected: no reason',
]

function metricsRow(label: string, t: Tally, measure: ResponseTimeMeasure): CsvCell[] {
  const r = ratesOf(t)
  return [
    label,
    t.booked,
    t.accepted,
    t.rejected,
    t.pending,
    toPercent(r.acceptanceRate),
    t.onTime,
    t.late,
    t.openOverdue,
    toPercent(r.onTimeRate),
    t.incomplete,
    toPercent(r.incompleteRate),
    responseTimeCell(r.medianResponseHours, measure),
    t.vague,
    roundOrNull(r.rubricAverage, 2),
    ...REJECTION_REASONS.map((reason) => t.reasons[reason]),
    t.noReason,
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
]

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
      r.accepted,
      r.rejected,
      r.pending,
      toPercent(r.acceptanceRate),
      toPercent(r.onTimeRate),
      toPercent(r.incompleteRate),
      roundOrNull(r.rubricAverage, 2),
      responseTimeCell(r.medianResponseHours, measure),
      toPercent(r.vagueFeedbackRate),
    ]),
  )
  return toCsv(scorecardsCsvHeaders(measure), rows, { bom: true })
}
