/**
 * Quarter over quarter: the key numbers of one quarter beside the quarter before, with the change.
 * Rates change in percentage points; counts and averages by their difference.
 */
import { ratesOf, type Tally } from './tally'
import { formatResponseTime, formatResponseTimeChange, formatThousands, signOf } from '../format'
import type { ResponseTimeMeasure } from '../settings'
import { NOT_IN_EXPORT, TOO_FEW, type Average, type Rate } from '../assessed'

export type ComparisonUnit = 'count' | 'percent' | 'score' | 'hours'

export interface ComparisonRow {
  key: string
  label: string
  unit: ComparisonUnit
  /** Fractions (0–1) for percent rows. */
  current: number | null
  previous: number | null
  /** current − previous (percentage points × 0.01 for percent rows); null when either is missing. */
  delta: number | null
  /** Whether a rise is good news (acceptance) or bad news (incomplete): for colouring only. */
  isHigherBetter: boolean | null
  /**
   * Said in place of a missing value: "not in this export" (the quarter's exports could not show
   * it) or "too few to say" (fewer than 3 scores); null when the value is there or simply "—".
   */
  currentNote: string | null
  previousNote: string | null
  /** How many handoffs a rate or average is over ("of 40"), so a rate of two reads as one; null for counts. */
  currentBase: number | null
  previousBase: number | null
}

/** A measure of a quarter: a plain number, a Rate or an Average. */
type Measure = number | null | Rate | Average

const valueOf = (m: Measure): number | null =>
  m === null || typeof m === 'number' ? m : m.kind === 'rate' || m.kind === 'average' ? m.value : null

/** The base of a Rate or the count of an Average; null for plain numbers and for no value. */
const baseOf = (m: Measure): number | null =>
  m === null || typeof m === 'number' ? null : m.kind === 'rate' ? m.base : m.kind === 'average' ? m.count : null

/** The words for a value the quarter cannot give; `hasBookings` false = nothing booked: "—". */
function noteOf(m: Measure, hasBookings: boolean): string | null {
  if (m === null || typeof m === 'number' || !hasBookings) return null
  if (m.kind === 'not_assessed') return NOT_IN_EXPORT
  return m.kind === 'too_few' && m.count > 0 ? TOO_FEW : null
}

export function quarterComparison(current: Tally, previous: Tally): ComparisonRow[] {
  const a = ratesOf(current)
  const b = ratesOf(previous)
  const row = (
    key: string,
    label: string,
    unit: ComparisonUnit,
    nowMeasure: Measure,
    beforeMeasure: Measure,
    isHigherBetter: boolean | null,
  ): ComparisonRow => {
    const now = valueOf(nowMeasure)
    const before = valueOf(beforeMeasure)
    return {
      key,
      label,
      unit,
      current: now,
      previous: before,
      delta: now === null || before === null ? null : now - before,
      isHigherBetter,
      currentNote: noteOf(nowMeasure, current.booked > 0),
      previousNote: noteOf(beforeMeasure, previous.booked > 0),
      currentBase: baseOf(nowMeasure),
      previousBase: baseOf(beforeMeasure),
    }
  }
  // A median response time exists only where decision times were carried.
  const medianOf = (t: Tally, m: number | null): Measure =>
    t.booked > 0 && t.timed === 0 ? { kind: 'not_assessed' } : m
  return [
    row('booked', 'Booked', 'count', current.booked, previous.booked, null),
    row('acceptanceRate', 'Acceptance rate', 'percent', a.acceptanceRate, b.acceptanceRate, true),
    row('onTimeRate', 'On-time SLA rate', 'percent', a.onTimeRate, b.onTimeRate, true),
    row('incompleteRate', 'Incomplete rate', 'percent', a.incompleteRate, b.incompleteRate, false),
    row('rubricAverage', 'Rubric average (0–5)', 'score', a.rubricAverage, b.rubricAverage, true),
    row(
      'medianResponseHours',
      'Median AE response',
      'hours',
      medianOf(current, a.medianResponseHours),
      medianOf(previous, b.medianResponseHours),
      false,
    ),
    row('vagueFeedbackRate', 'Vague rejection feedback', 'percent', a.vagueFeedbackRate, b.vagueFeedbackRate, false),
  ]
}

/**
 * How a comparison value reads: "81.0%", "412", "3.4", "1.5 business days"; "—" for none. Response
 * times read in the unit of Settings → AE response SLA (`measure`).
 */
export function formatComparisonValue(
  value: number | null,
  unit: ComparisonUnit,
  measure: ResponseTimeMeasure,
): string {
  if (value === null) return '—'
  // One decimal always, so "52.0%" sits beside "51.6%" rather than "52%".
  if (unit === 'percent') return `${(Math.round(value * 1000) / 10).toFixed(1)}%`
  if (unit === 'count') return formatThousands(value)
  if (unit === 'hours') return formatResponseTime(value, measure)
  return value.toFixed(1)
}

/** A signed change: "+4.2 pts", "−12", "+0.3", "−1.5 working hours"; "—" when there is nothing to compare. */
export function formatDelta(delta: number | null, unit: ComparisonUnit, measure: ResponseTimeMeasure): string {
  if (delta === null) return '—'
  if (unit === 'hours') return formatResponseTimeChange(delta, measure)
  const value =
    unit === 'percent' ? Math.round(delta * 1000) / 10 : unit === 'count' ? delta : Math.round(delta * 10) / 10
  const text = unit === 'count' ? formatThousands(Math.abs(value)) : Math.abs(value).toFixed(1)
  return `${signOf(value)}${text}${unit === 'percent' ? ' pts' : ''}`
}

/**
 * Whether a change is better, worse or neither, as the table shows it: a change that rounds to
 * nothing on screen ("±0.0 pts") is neither, and so is one of a measure with no better direction.
 */
export function changeVerdict(row: ComparisonRow, measure: ResponseTimeMeasure): 'better' | 'worse' | null {
  if (row.delta === null || row.isHigherBetter === null) return null
  if (formatDelta(row.delta, row.unit, measure).startsWith('±')) return null
  return row.delta > 0 === row.isHigherBetter ? 'better' : 'worse'
}
