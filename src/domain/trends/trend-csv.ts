/**
 * The Trends screen's charts and tables as CSV, one file per chart or table, holding what its
 * data-table view shows. Written with toCsv, so every text cell that could be read as a formula
 * (an SDR, campaign or partner name from a CRM) is neutralised. Rates are percentages with one
 * decimal as numbers a spreadsheet can sum or chart; an empty cell is the screen's "—".
 */
import { toCsv, type CsvCell } from '../export/csv'
import { NOT_IN_EXPORT } from '../assessed'
import { responseTimeCell, responseTimeUnit, roundOrNull } from '../format'
import type { ResponseTimeMeasure } from '../settings'
import type { ComparisonRow, ComparisonUnit } from './comparison'
import type { PredictorTable, RateCell } from './predictors'
import type { QuarterColumn } from './quarter-columns'
import { columnNote, tableColumns, toPercent, type ChartSeries, type SeriesUnit } from './series'

/** A header that says its unit once: "Too small (%)", never "Acceptance rate (%) (%)". */
const withUnit = (label: string, unit: SeriesUnit): string =>
  unit === 'percent' && !label.includes('(%)') ? `${label} (%)` : label

/**
 * One row per week of the chart, one column per series drawn plus the counts behind a rate. A week
 * its export could not show leaves those cells empty and says why in a last Note column ("not in
 * this export", "too few to say"): an empty cell is never read as a zero.
 */
export function chartCsv(series: ChartSeries): string {
  const columns = tableColumns(series)
  const hasNotes = series.weekNotes !== undefined
  const headers = ['Week', ...columns.map((c) => withUnit(c.label, c.unit)), ...(hasNotes ? ['Note'] : [])]
  const rows = series.labels.map((week, i): CsvCell[] => [
    week,
    ...columns.map((c) => (columnNote(series, c, i) === null ? (c.data[i] ?? null) : null)),
    ...(hasNotes ? [series.weekNotes![i] ?? null] : []),
  ])
  return toCsv(headers, rows, { bom: true })
}

/** What a measure's label adds: its unit, the response time's as Settings → AE response SLA says. */
const unitSuffix = (unit: ComparisonUnit, measure: ResponseTimeMeasure): string =>
  unit === 'percent' ? ' (%)' : unit === 'hours' ? ` (${responseTimeUnit(measure)})` : ''

function comparisonValue(value: number | null, unit: ComparisonUnit, measure: ResponseTimeMeasure): number | null {
  if (value === null) return null
  if (unit === 'percent') return Math.round(value * 1000) / 10
  return unit === 'hours' ? responseTimeCell(value, measure) : roundOrNull(value, 2)
}

/** Why a comparison row has an empty cell: "Q3 FY2026: not in this export". */
function comparisonNote(r: ComparisonRow, previous: string, current: string): string | null {
  const notes = [
    r.previousNote === null ? null : `${previous}: ${r.previousNote}`,
    r.currentNote === null ? null : `${current}: ${r.currentNote}`,
  ].filter((n) => n !== null)
  return notes.length === 0 ? null : notes.join('; ')
}

/**
 * Quarter over quarter: a row per measure, the two quarters as the table names them, and the
 * change (percentage points for rates).
 */
export function comparisonCsv(
  rows: readonly ComparisonRow[],
  previous: string,
  current: string,
  measure: ResponseTimeMeasure,
): string {
  // A Note column only when a cell needs one, so a full export reads as it always did.
  const hasNotes = rows.some((r) => r.previousNote !== null || r.currentNote !== null)
  const headers = ['Measure', previous, current, 'Change (points for rates)', ...(hasNotes ? ['Note'] : [])]
  const cells = rows.map((r): CsvCell[] => [
    `${r.label}${unitSuffix(r.unit, measure)}`,
    comparisonValue(r.previous, r.unit, measure),
    comparisonValue(r.current, r.unit, measure),
    comparisonValue(r.delta, r.unit, measure),
    ...(hasNotes ? [comparisonNote(r, previous, current)] : []),
  ])
  return toCsv(headers, cells, { bom: true })
}

const decided = (c: RateCell): number => c.accepted + c.rejected

/**
 * What predicts a rejection: per quarter column (named by the weeks it covers), the acceptance
 * rate with and without the field or criterion, how many were decided on each side (a rate from
 * fewer than five is left empty: too few to say), and the difference in points.
 */
export function predictorsCsv(table: PredictorTable, columns: readonly QuarterColumn[]): string {
  if (columns.length !== table.quarters.length) throw new Error('predictorsCsv needs one column per quarter')
  const headers = [
    'Field or rubric criterion',
    'Kind',
    ...columns.flatMap((c) => [
      `${c.label}: accepted with it (%)`,
      `${c.label}: decided with it`,
      `${c.label}: accepted without it (%)`,
      `${c.label}: decided without it`,
      `${c.label}: difference (points)`,
    ]),
  ]
  // A field no export carried leaves its cells empty and says so, never "0 decided".
  const hasNotes = table.notAssessedNote !== null || table.rows.some((r) => r.isNotAssessed)
  const rows = table.rows.map((r): CsvCell[] => [
    r.label,
    r.kind === 'field' ? 'checklist' : 'rubric',
    ...r.cells.flatMap((c) =>
      r.isNotAssessed || table.notAssessedNote !== null
        ? [null, null, null, null, null]
        : [
            toPercent(c.with.rate),
            decided(c.with),
            toPercent(c.without.rate),
            decided(c.without),
            toPercent(c.difference),
          ],
    ),
    ...(hasNotes ? [r.isNotAssessed || table.notAssessedNote !== null ? NOT_IN_EXPORT : null] : []),
  ])
  return toCsv(headers.concat(hasNotes ? ['Note'] : []), rows, { bom: true })
}
