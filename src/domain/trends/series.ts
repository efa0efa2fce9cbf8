/**
 * Prepared series for the Trends charts: labels (ISO weeks) and datasets of plain numbers, built
 * from per-week tallies. Chart components draw them as they are; the data tables show the same
 * numbers. Percentages are 0–100 rounded to one decimal; null is "no value that week" (a gap).
 * A week whose export could not show a rate is a gap too, never a zero, and says so in the data
 * table and the CSV ("not in this export"); when no week could, the chart is not drawn at all and
 * says what to add to the export instead.
 */
import { REJECTION_REASONS } from '../handoff'
import { humanize } from '../field-labels'
import type { HandoffFact } from './facts'
import { ratesOf, weeklyTallies, type Rates, type Tally } from './tally'
import { formatThousands, roundOrNull } from '../format'
import { averageValue, NOT_IN_EXPORT, rateValue, TOO_FEW, type Average, type Rate } from '../assessed'
import { NO_DECISION_TIME, NO_DECISIONS, NO_PACKAGE } from '../metrics/not-assessed'

export type SeriesUnit = 'count' | 'percent' | 'score'

export interface SeriesDataset {
  /** Stable id (for colours and tests). */
  key: string
  label: string
  data: (number | null)[]
  /** A count of the handoffs a rate could be worked out on: true whatever the export carried. */
  isBase?: boolean
}

export interface ChartSeries {
  labels: string[]
  datasets: SeriesDataset[]
  unit: SeriesUnit
  /** Bars stack (volume, reason mix); lines do not. */
  isStacked: boolean
  /** The value axis ends here (100 for percentages, 5 for rubric totals); null = automatic. */
  max: number | null
  /**
   * The counts a rate is worked out from (on time, late and open overdue behind the on-time
   * rate): not drawn, but shown in the data table and the CSV so a reader can check the rate.
   */
  counts?: SeriesDataset[]
  /**
   * Per week, why a week with bookings has no value (drawn as a gap): "not in this export" (its
   * export could not show the rate) or "too few to say" (an average of fewer than 3 scores). The
   * data table shows the words in the cell, the CSV in a Note column. Absent: no such week.
   */
  weekNotes?: (string | null)[]
  /** Said instead of the chart when no week of the range could show it, with what to do; else null. */
  notAssessedNote?: string | null
}

export interface TrendSeries {
  volume: ChartSeries
  acceptance: ChartSeries
  onTime: ChartSeries
  incomplete: ChartSeries
  rubric: ChartSeries
  reasons: ChartSeries
}

/** A fraction as a percentage with one decimal, null kept. */
export const toPercent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10)

/**
 * A rate per week as a line: the value, or a gap for "—" and for a week whose export could not
 * show it. `note`: what to say when no week with bookings could.
 */
function rateSeries(
  labels: string[],
  key: string,
  label: string,
  values: readonly (Rate | Average)[],
  tallies: readonly Tally[],
  unit: SeriesUnit,
  counts: SeriesDataset[],
  note: string,
): ChartSeries {
  const data = values.map((v) =>
    v.kind === 'rate' ? toPercent(rateValue(v)) : v.kind === 'average' ? roundOrNull(averageValue(v), 2) : null,
  )
  const weekNotes = values.map((v, i) =>
    tallies[i]!.booked === 0
      ? null
      : v.kind === 'not_assessed'
        ? NOT_IN_EXPORT
        : v.kind === 'too_few' && v.count > 0
          ? TOO_FEW
          : null,
  )
  const booked = tallies.filter((t) => t.booked > 0).length
  const unassessed = weekNotes.filter((n) => n === NOT_IN_EXPORT).length
  return {
    labels,
    datasets: [{ key, label, data }],
    unit,
    isStacked: false,
    max: unit === 'percent' ? 100 : 5,
    counts,
    ...(weekNotes.some((n) => n !== null) ? { weekNotes } : {}),
    notAssessedNote: booked > 0 && unassessed === booked ? note : null,
  }
}

/** Why no week could show the on-time rate: no decision at all, or no decision time. */
const onTimeNote = (tallies: readonly Tally[]): string =>
  tallies.some((t) => t.decisions > 0) ? NO_DECISION_TIME : NO_DECISIONS

/** A count per week as a dataset of the data table. */
const countColumn = (
  tallies: readonly Tally[],
  key: string,
  label: string,
  pick: (t: Tally) => number,
  isBase = false,
): SeriesDataset => ({
  key,
  label,
  data: tallies.map(pick),
  ...(isBase ? { isBase } : {}),
})

const NO_REASON_KEY = 'no_reason'

/** Rejection-reason mix per week: each reason's share of that week's rejections (100 % stacked). */
function reasonMixSeries(tallies: readonly Tally[], labels: string[]): ChartSeries {
  const keys = [...REJECTION_REASONS, NO_REASON_KEY] as const
  const countOf = (t: Tally, key: (typeof keys)[number]) => (key === NO_REASON_KEY ? t.noReason : t.reasons[key])
  const datasets = keys
    .filter((key) => tallies.some((t) => countOf(t, key) > 0))
    .map((key) => ({
      key,
      label: key === NO_REASON_KEY ? 'No reason recorded' : humanize(key),
      data: tallies.map((t) => (t.rejected === 0 ? null : Math.round((countOf(t, key) / t.rejected) * 1000) / 10)),
    }))
  const counts = [countColumn(tallies, 'rejected', 'Rejected', (t) => t.rejected)]
  return { labels, datasets, unit: 'percent', isStacked: true, max: 100, counts }
}

/** Every Trends chart for these weeks (ascending ISO weeks), from one pass over the facts. */
export function trendSeries(facts: readonly HandoffFact[], weeks: readonly string[]): TrendSeries {
  return seriesOfTallies(weeklyTallies(facts, weeks), weeks)
}

/** Every Trends chart from tallies already made, one per week of `weeks` (the screen's weekly table has them). */
export function seriesOfTallies(tallies: readonly Tally[], weeks: readonly string[]): TrendSeries {
  const labels = [...weeks]
  const rates = tallies.map(ratesOf)
  const pick = <K extends keyof Rates>(key: K): Rates[K][] => rates.map((r) => r[key])
  return {
    volume: volumeSeries(tallies, labels),
    acceptance: rateSeries(
      labels,
      'acceptanceRate',
      'Acceptance rate (%)',
      pick('acceptanceRate'),
      tallies,
      'percent',
      [
        countColumn(tallies, 'accepted', 'Accepted', (t) => t.accepted),
        countColumn(tallies, 'rejected', 'Rejected', (t) => t.rejected),
      ],
      NO_DECISIONS,
    ),
    onTime: rateSeries(
      labels,
      'onTimeRate',
      'On-time SLA rate (%)',
      pick('onTimeRate'),
      tallies,
      'percent',
      [
        countColumn(tallies, 'onTime', 'On time', (t) => t.onTime),
        countColumn(tallies, 'late', 'Late', (t) => t.late),
        countColumn(tallies, 'openOverdue', 'Open overdue', (t) => t.openOverdue),
      ],
      onTimeNote(tallies),
    ),
    incomplete: rateSeries(
      labels,
      'incompleteRate',
      'Incomplete rate (%)',
      pick('incompleteRate'),
      tallies,
      'percent',
      [
        countColumn(tallies, 'incomplete', 'Incomplete', (t) => t.incomplete),
        countColumn(tallies, 'checked', 'Assessed', (t) => t.checked, true),
      ],
      NO_PACKAGE,
    ),
    rubric: rateSeries(
      labels,
      'rubricAverage',
      'Rubric average (0–5)',
      pick('rubricAverage'),
      tallies,
      'score',
      [countColumn(tallies, 'scored', 'Scored', (t) => t.rubricCount, true)],
      // Scores are made in the app, so an average is never "not in this export"; kept for the shape.
      'Score the weekly sample on the Weekly numbers screen.',
    ),
    reasons: reasonMixSeries(tallies, labels),
  }
}

/**
 * Booked per week, stacked by decision. Handoffs whose export carried no decision are one stack
 * of their own ("No decision in the export"), never "Pending": nobody left them undecided.
 */
function volumeSeries(tallies: readonly Tally[], labels: string[]): ChartSeries {
  const undecided = tallies.map((t) => t.booked - t.decisions)
  const hasUndecided = undecided.some((n) => n > 0)
  return {
    labels,
    datasets: [
      { key: 'accepted', label: 'Accepted', data: tallies.map((t) => t.accepted) },
      { key: 'rejected', label: 'Rejected', data: tallies.map((t) => t.rejected) },
      // Without a decision column every row reads pending: those are the undecided stack.
      { key: 'pending', label: 'Pending', data: tallies.map((t, i) => t.pending - undecided[i]!) },
      ...(hasUndecided ? [{ key: 'noDecision', label: 'No decision in the export', data: undecided }] : []),
    ],
    unit: 'count',
    isStacked: true,
    max: null,
  }
}

/**
 * True when the chart would be empty: no count other than 0, or no rate at all. A rate of 0 % is
 * a value to draw (0 % on time is news), never "nothing happened".
 */
export const isEmptySeries = (s: ChartSeries): boolean =>
  s.unit === 'count' || s.isStacked
    ? s.datasets.every((d) => d.data.every((v) => v === null || v === 0))
    : hasNoValues(s)

/** A column of a chart's data table (and its CSV), with the unit its numbers are in. */
export interface TableColumn extends SeriesDataset {
  unit: SeriesUnit
}

/**
 * The columns of a chart's data table: every dataset drawn; for stacked counts the stack's
 * height first (the volume chart's bars are accepted + rejected + pending = booked, which the
 * chart shows); then the counts a rate is worked out from.
 */
export function tableColumns(s: ChartSeries): TableColumn[] {
  const drawn = s.datasets.map((d) => ({ ...d, unit: s.unit }))
  const counts = (s.counts ?? []).map((d) => ({ ...d, unit: 'count' as const }))
  if (!s.isStacked || s.unit !== 'count') return [...drawn, ...counts]
  const total = s.labels.map((_, i) => s.datasets.reduce((sum, d) => sum + (d.data[i] ?? 0), 0))
  return [{ key: 'booked', label: 'Booked', data: total, unit: 'count' }, ...drawn, ...counts]
}

/**
 * What week `i` of a data-table column says instead of its number, or null for the number: a
 * week its export could not show reads "not in this export" in the rate and in the counts behind
 * it (a 0 there would be a claim), never in a base count; "too few to say" only in the average.
 */
export function columnNote(s: ChartSeries, column: TableColumn, i: number): string | null {
  const note = s.weekNotes?.[i] ?? null
  if (note === null || column.isBase) return null
  if (note === TOO_FEW && column.unit === 'count') return null
  return note
}

/** True when the series has no value at all (every point null): nothing was measured. */
const hasNoValues = (s: ChartSeries): boolean => s.datasets.every((d) => d.data.every((v) => v === null))

/**
 * A series value as the data table shows it: "81.2%", "42", "3.4"; "—" for no value; `note` (the
 * week's "not in this export" or "too few to say") in place of a missing value.
 */
export function formatSeriesValue(value: number | null, unit: SeriesUnit, note: string | null = null): string {
  if (value === null) return note ?? '—'
  if (unit === 'percent') return `${value.toFixed(1)}%`
  if (unit === 'score') return value.toFixed(1)
  return formatThousands(value)
}
