/**
 * Prepared series for the Trends charts: labels (ISO weeks) and datasets of plain numbers, built
 * from per-week tallies. Chart components draw them as they are; the data tables show the same
 * numbers. Percentages are 0–100 rounded to one decimal; null is "no value that week" (a gap).
 */
import { REJECTION_REASONS } from '../handoff'
import { humanize } from '../field-labels'
import type { HandoffFact } from './facts'
import { ratesOf, weeklyTallies, type Tally } from './tally'
import { roundOrNull } from '../format'

export type SeriesUnit = 'count' | 'percent' | 'score'

export interface SeriesDataset {
  /** Stable id (for colours and tests). */
  key: string
  label: string
  data: (number | null)[]
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

function rateSeries(
  labels: string[],
  key: string,
  label: string,
  values: (number | null)[],
  unit: SeriesUnit,
  counts: SeriesDataset[],
): ChartSeries {
  return {
    labels,
    datasets: [{ key, label, data: values }],
    unit,
    isStacked: false,
    max: unit === 'percent' ? 100 : 5,
    counts,
  }
}

/** A count per week as a dataset of the data table. */
const countColumn = (
  tallies: readonly Tally[],
  key: string,
  label: string,
  pick: (t: Tally) => number,
): SeriesDataset => ({
  key,
  label,
  data: tallies.map(pick),
})

export const NO_REASON_KEY = 'no_reason'

/** Rejection-reason mix per week: each reason's share of that week's rejections (100 % stacked). */
export function reasonMixSeries(tallies: readonly Tally[], labels: string[]): ChartSeries {
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
  return {
    volume: {
      labels,
      datasets: [
        { key: 'accepted', label: 'Accepted', data: tallies.map((t) => t.accepted) },
        { key: 'rejected', label: 'Rejected', data: tallies.map((t) => t.rejected) },
        { key: 'pending', label: 'Pending', data: tallies.map((t) => t.pending) },
      ],
      unit: 'count',
      isStacked: true,
      max: null,
    },
    acceptance: rateSeries(
      labels,
      'acceptanceRate',
      'Acceptance rate (%)',
      rates.map((r) => toPercent(r.acceptanceRate)),
      'percent',
      [
        countColumn(tallies, 'accepted', 'Accepted', (t) => t.accepted),
        countColumn(tallies, 'rejected', 'Rejected', (t) => t.rejected),
      ],
    ),
    onTime: rateSeries(
      labels,
      'onTimeRate',
      'On-time SLA rate (%)',
      rates.map((r) => toPercent(r.onTimeRate)),
      'percent',
      [
        countColumn(tallies, 'onTime', 'On time', (t) => t.onTime),
        countColumn(tallies, 'late', 'Late', (t) => t.late),
        countColumn(tallies, 'openOverdue', 'Open overdue', (t) => t.openOverdue),
      ],
    ),
    incomplete: rateSeries(
      labels,
      'incompleteRate',
      'Incomplete rate (%)',
      rates.map((r) => toPercent(r.incompleteRate)),
      'percent',
      [
        countColumn(tallies, 'incomplete', 'Incomplete', (t) => t.incomplete),
        countColumn(tallies, 'booked', 'Booked', (t) => t.booked),
      ],
    ),
    rubric: rateSeries(
      labels,
      'rubricAverage',
      'Rubric average (0–5)',
      rates.map((r) => roundOrNull(r.rubricAverage, 2)),
      'score',
      [countColumn(tallies, 'scored', 'Scored', (t) => t.rubricCount)],
    ),
    reasons: reasonMixSeries(tallies, labels),
  }
}

/** True when no dataset has a value other than null or 0: the chart would be empty. */
export const isEmptySeries = (s: ChartSeries): boolean =>
  s.datasets.every((d) => d.data.every((v) => v === null || v === 0))

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

/** True when the series has no value at all (every point null): nothing was measured. */
export const hasNoValues = (s: ChartSeries): boolean => s.datasets.every((d) => d.data.every((v) => v === null))

/** A series value as the data table shows it: "81.2%", "42", "3.4"; "—" for no value. */
export function formatSeriesValue(value: number | null, unit: SeriesUnit): string {
  if (value === null) return '—'
  if (unit === 'percent') return `${value.toFixed(1)}%`
  if (unit === 'score') return value.toFixed(1)
  return value.toLocaleString('en-US')
}
