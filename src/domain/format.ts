/**
 * How numbers read, in one place: screens, notes and exports show the same value the same way.
 * Display only; no rounding here changes a metric.
 */
import type { ResponseTimeMeasure } from './settings'

/** Shown for a value that does not exist (nothing decided, nothing to compare). */
export const NONE = '—'
/** A real minus sign: a hyphen reads as a dash on a projector. */
export const MINUS = '\u2212'

/** `n` rounded to `decimals` places as a number (for CSV cells and chart points). */
export function roundTo(n: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round(n * f) / f
}

/** `roundTo`, passing null through. */
export const roundOrNull = (n: number | null, decimals: number): number | null =>
  n === null ? null : roundTo(n, decimals)

/** `+`, `−` or, for zero, `zero` (`±` by default): the sign of a change. */
export const signOf = (value: number, zero = '±'): string => (value > 0 ? '+' : value < 0 ? MINUS : zero)

/** A rate as whole percent: `81%`; `—` for none. */
export const formatPercent = (rate: number | null): string => (rate === null ? NONE : `${Math.round(rate * 100)}%`)

/**
 * An AE response time in a manager's words, in the unit of Settings → AE response SLA (the value
 * is in that unit's hours, see sla.ts): `1.5 business days`, `1.0 business day` (whole 24-hour
 * business days) or `6.5 working hours (09:00–17:00)`; `—` for none. Never "business hours":
 * "99.0 business hours" read as working hours, which it never was.
 */
export function formatResponseTime(hours: number | null, measure: ResponseTimeMeasure): string {
  if (hours === null) return NONE
  return `${responseAmount(hours, measure)}${measure.unit === 'working_hours' ? ` (${workdayText(measure)})` : ''}`
}

/** A change in response time: `+0.5 business days`, `−1.5 working hours`; `—` for none. */
export function formatResponseTimeChange(deltaHours: number | null, measure: ResponseTimeMeasure): string {
  if (deltaHours === null) return NONE
  const amount = responseAmount(Math.abs(deltaHours), measure)
  return `${signOf(roundTo(responseNumber(deltaHours, measure), 1))}${amount}`
}

/** The unit for a column header: `business days` or `working hours of 09:00–17:00`. */
export const responseTimeUnit = (measure: ResponseTimeMeasure): string =>
  measure.unit === 'working_hours' ? `working hours of ${workdayText(measure)}` : 'business days'

/**
 * A response time as a CSV number in the unit `responseTimeUnit` names: business days with two
 * decimals (a quarter hour is 0.01 of a day), working hours with one.
 */
export const responseTimeCell = (hours: number | null, measure: ResponseTimeMeasure): number | null =>
  hours === null ? null : roundTo(responseNumber(hours, measure), measure.unit === 'working_hours' ? 1 : 2)

/** The working day as it reads: `09:00–17:00`. */
const workdayText = (measure: Pick<ResponseTimeMeasure, 'workdayStart' | 'workdayEnd'>): string =>
  `${measure.workdayStart}–${measure.workdayEnd}`

/** Hours of the measure in its own unit: business days (24 hours each) or working hours. */
const responseNumber = (hours: number, measure: ResponseTimeMeasure): number =>
  measure.unit === 'working_hours' ? hours : hours / 24

/** `1.5 business days`, `1.0 working hour`: one decimal, singular only for exactly 1.0. */
function responseAmount(hours: number, measure: ResponseTimeMeasure): string {
  const n = roundTo(responseNumber(hours, measure), 1)
  const isOne = n === 1
  return measure.unit === 'working_hours'
    ? `${n.toFixed(1)} working ${isOne ? 'hour' : 'hours'}`
    : `${n.toFixed(1)} business ${isOne ? 'day' : 'days'}`
}

/**
 * A count with thousands separators: `12,400`. The one place a number becomes text with
 * separators (eslint forbids `toLocaleString` elsewhere), so every screen, note and refusal agrees.
 */
export const formatThousands = (n: number): string => n.toLocaleString('en-US')

/**
 * The word that agrees with a count: `oneOrMany(1, 'needs', 'need')` is "needs", for 2 "need".
 * The one plural choice: eslint forbids `n === 1 ? 'x' : 'xs'` ternaries outside this file.
 */
export const oneOrMany = (n: number, one: string, many = `${one}s`): string => (n === 1 ? one : many)

/** A count with its noun: `1 setting`, `3 settings`, `1,204 handoffs` (never "setting(s)"). */
export const countOf = (n: number, noun: string, plural = `${noun}s`): string =>
  `${formatThousands(n)} ${oneOrMany(n, noun, plural)}`

/**
 * Words in a sentence's list: "a", "a and b", "a, b and c"; `word` "or" for a choice. Empty for
 * none, so callers that may have none say so themselves.
 */
export function joinAnd(items: readonly string[], word = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`
}

/** A count as it is, or with one decimal when it is an average: `4`, `2.5`. */
export const formatCountOrAverage = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1))

/** A change in percentage points: `+12 pp`, `−5 pp`, `0 pp`; `—` for none. */
export const formatPoints = (points: number | null): string =>
  points === null ? NONE : `${signOf(points, '')}${Math.abs(points)} pp`

/** Change between two rates in whole percentage points; `—` unless both exist. */
export function formatPointChange(now: number | null, before: number | null): string {
  if (now === null || before === null) return NONE
  return formatPoints(Math.round(now * 100) - Math.round(before * 100))
}

/** A file size: `512 B`, `12.3 KB`, `4.0 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** A bar's CSS width for `count` of the longest `max`: 0–100 %, never wider than its track. */
export function barWidth(count: number, max: number): string {
  const share = max > 0 ? count / max : 0
  return `${Math.min(100, Math.max(0, share * 100))}%`
}
