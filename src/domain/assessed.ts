/**
 * What the data can show (docs: "What the data can show"): every rate and average is one of
 * three things — a value over the handoffs that could be assessed (with that base), nothing to
 * show yet ("—": assessed, but nothing decided), or *not assessed* (the export did not carry what
 * it needs). Screens format these through `formatRate` / `formatAverage`, so a screen cannot print
 * 0 % or 100 % for what the file never said.
 */
import { NONE } from './format'

/** Shown in place of a number the export cannot support. */
export const NOT_IN_EXPORT = 'not in this export'

/** Shown for an average of fewer than MIN_AVERAGE_BASE values. */
export const TOO_FEW = 'too few to say'

/** An average needs at least this many values. */
export const MIN_AVERAGE_BASE = 3

export type Rate =
  /** `count` of `base` assessed handoffs; base > 0. */
  | { readonly kind: 'rate'; readonly count: number; readonly base: number; readonly value: number }
  /** Assessed, but the base is empty (nothing decided yet): "—". */
  | { readonly kind: 'empty' }
  /** The export did not carry what the rate needs. */
  | { readonly kind: 'not_assessed' }

const NOT_ASSESSED: Rate = Object.freeze({ kind: 'not_assessed' })
const EMPTY: Rate = Object.freeze({ kind: 'empty' })

/** `count` of `base`; not assessed when `isAssessed` is false, "—" when the base is empty. */
export function rateOf(count: number, base: number, isAssessed = true): Rate {
  if (!isAssessed) return NOT_ASSESSED
  if (base <= 0) return EMPTY
  return { kind: 'rate', count, base, value: count / base }
}

/** The rate's value, or null when it has none (for charts and CSV cells: a gap, never a 0). */
export const rateValue = (rate: Rate): number | null => (rate.kind === 'rate' ? rate.value : null)

/**
 * A rate as a person reads it: `62.5% of 40 assessed` (with `base`), `62.5%` (without), `—`, or
 * `not in this export`.
 */
export function formatRate(rate: Rate, options: { withBase?: boolean; baseNoun?: string } = {}): string {
  if (rate.kind === 'not_assessed') return NOT_IN_EXPORT
  if (rate.kind === 'empty') return NONE
  const percent = `${(Math.round(rate.value * 1000) / 10).toFixed(1)}%`
  return options.withBase ? `${percent} of ${rate.base} ${options.baseNoun ?? 'assessed'}` : percent
}

export type Average =
  | { readonly kind: 'average'; readonly value: number; readonly count: number }
  /** Fewer than MIN_AVERAGE_BASE values (count may be 0). */
  | { readonly kind: 'too_few'; readonly count: number }
  | { readonly kind: 'not_assessed' }

/** The mean of `sum` over `count` values; too few below MIN_AVERAGE_BASE. */
export function averageOf(sum: number, count: number, isAssessed = true): Average {
  if (!isAssessed) return { kind: 'not_assessed' }
  if (count < MIN_AVERAGE_BASE) return { kind: 'too_few', count }
  return { kind: 'average', value: sum / count, count }
}

/** The average's value, or null when it says nothing. */
export const averageValue = (a: Average): number | null => (a.kind === 'average' ? a.value : null)

/** `3.4 / 5 from 4 scored`, `too few to say (1 scored)`, `not in this export`. */
export function formatAverage(a: Average, options: { outOf?: number; noun?: string } = {}): string {
  if (a.kind === 'not_assessed') return NOT_IN_EXPORT
  const noun = options.noun ?? 'scored'
  if (a.kind === 'too_few') return a.count === 0 ? TOO_FEW : `${TOO_FEW} (${a.count} ${noun})`
  const outOf = options.outOf === undefined ? '' : ` / ${options.outOf}`
  return `${a.value.toFixed(1)}${outOf} from ${a.count} ${noun}`
}
