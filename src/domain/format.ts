/**
 * How numbers read, in one place: screens, notes and exports show the same value the same way.
 * Display only; no rounding here changes a metric.
 */

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

/** Hours with one decimal: `6.5 h`; `—` for none. */
export const formatHours = (h: number | null): string => (h === null ? NONE : `${h.toFixed(1)} h`)

/** One decimal: `3.4`; `—` for none. */
export const formatOneDecimal = (n: number | null): string => (n === null ? NONE : n.toFixed(1))

/** A count with thousands separators: `12,400`. */
export const formatThousands = (n: number): string => n.toLocaleString('en-US')

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
