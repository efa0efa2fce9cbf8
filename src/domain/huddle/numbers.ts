/**
 * The huddle's first section: the week's counts against last week and the 4-week average, the
 * rejection reasons as a chart series, and which handoffs stand behind each number.
 */
import { REJECTION_REASONS, type Handoff, type RejectionReason } from '../handoff'
import { humanize } from '../field-labels'
import { formatRate, NOT_IN_EXPORT, rateOf, rateValue, type Rate } from '../assessed'
import { isCarried, type Carriage } from '../carried'
import { countOf, formatCountOrAverage, formatPointChange, NONE, oneOrMany, roundTo, signOf } from '../format'

/** Counts for one week (or an average of weeks: counts may then be fractional). */
export interface HuddleNumbers {
  booked: number
  accepted: number
  rejected: number
  pending: number
  /** accepted ÷ (accepted + rejected) over the bookings whose export carried the AE's decision. */
  acceptanceRate: Rate
  /**
   * Bookings whose export carried the AE's decision; accepted, rejected and pending count only
   * these. 0: the file holds bookings, not decisions.
   */
  decisionCarried: number
}

export const NUMBER_KINDS = ['booked', 'accepted', 'rejected', 'pending', 'acceptanceRate'] as const
export type NumberKind = (typeof NUMBER_KINDS)[number]

export const NUMBER_LABELS: Record<NumberKind, string> = {
  booked: 'Booked',
  accepted: 'Accepted',
  rejected: 'Rejected',
  pending: 'Pending',
  acceptanceRate: 'Acceptance rate',
}

type Counted = Pick<Handoff, 'status'> & Carriage

const decides = (h: Counted): boolean => isCarried(h.carried, 'status')

/**
 * The week's counts. Accepted, rejected and pending count only bookings whose export carried the
 * AE's decision (`decisionCarried`); the rest say nothing about it, so they are no "pending".
 */
export function countNumbers(handoffs: readonly Counted[]): HuddleNumbers {
  let accepted = 0
  let rejected = 0
  let pending = 0
  let decisionCarried = 0
  for (const h of handoffs) {
    if (!decides(h)) continue
    decisionCarried++
    if (h.status === 'accepted') accepted++
    else if (h.status === 'rejected') rejected++
    else pending++
  }
  return {
    booked: handoffs.length,
    accepted,
    rejected,
    pending,
    decisionCarried,
    acceptanceRate: rateOf(accepted, accepted + rejected, handoffs.length === 0 || decisionCarried > 0),
  }
}

/**
 * Bookings, but none whose export carried the AE's decision: the decision numbers are not in this
 * export. (No bookings at all is an empty week: "—", not a gap in the export.)
 */
export const isDecisionless = (n: Pick<HuddleNumbers, 'booked' | 'decisionCarried'>): boolean =>
  n.booked > 0 && n.decisionCarried === 0

/**
 * The mean of several weeks' counts. The rate is pooled (all accepted ÷ all decided over the
 * weeks), not a mean of weekly rates, so a quiet week does not weigh as much as a busy one.
 * Null for no weeks.
 */
export function averageNumbers(weeks: readonly HuddleNumbers[]): HuddleNumbers | null {
  if (weeks.length === 0) return null
  const sum = (pick: (n: HuddleNumbers) => number): number => weeks.reduce((s, n) => s + pick(n), 0)
  const accepted = sum((n) => n.accepted)
  const rejected = sum((n) => n.rejected)
  const decisionCarried = sum((n) => n.decisionCarried)
  const booked = sum((n) => n.booked)
  return {
    booked: booked / weeks.length,
    accepted: accepted / weeks.length,
    rejected: rejected / weeks.length,
    pending: sum((n) => n.pending) / weeks.length,
    decisionCarried: decisionCarried / weeks.length,
    acceptanceRate: rateOf(accepted, accepted + rejected, booked === 0 || decisionCarried > 0),
  }
}

/** The numbers that need the AE's decision: "not in this export" when no booking carried it. */
export const DECISION_KINDS: readonly NumberKind[] = ['accepted', 'rejected', 'pending', 'acceptanceRate']

/** One number as a person reads it: a count, a rate with its base, or "not in this export". */
export function numberText(n: HuddleNumbers, kind: NumberKind, withBase = false): string {
  if (DECISION_KINDS.includes(kind) && isDecisionless(n)) return NOT_IN_EXPORT
  if (kind === 'acceptanceRate') return formatRate(n.acceptanceRate, { withBase, baseNoun: 'decided' })
  return formatCountOrAverage(roundTo(n[kind], 1))
}

/** Change of one number against another week; "—" when either side has nothing to compare. */
export function numberChange(now: HuddleNumbers, other: HuddleNumbers | null, kind: NumberKind): string {
  if (!other) return NONE
  if (DECISION_KINDS.includes(kind) && (isDecisionless(now) || isDecisionless(other))) return NONE
  if (kind === 'acceptanceRate')
    return formatPointChange(rateValue(now.acceptanceRate), rateValue(other.acceptanceRate))
  // The change between the numbers shown ("4-wk avg 12.3 (−12.3)"), not between unrounded ones,
  // which read "12.3 (−12.2)" for 0 against 12.25.
  const rounded = roundTo(roundTo(now[kind], 1) - roundTo(other[kind], 1), 1)
  return `${signOf(rounded)}${formatCountOrAverage(Math.abs(rounded))}`
}

/**
 * What the numbers section says once about the decision (docs/product.md: without status carried
 * "the file holds bookings, not decisions"); null when every booking carried it.
 */
export function decisionNotice(n: HuddleNumbers): string | null {
  if (n.decisionCarried === n.booked) return null
  if (isDecisionless(n)) {
    return (
      'This export has no AE decision column: the file holds bookings, not decisions, so accepted, rejected, ' +
      'pending and the acceptance rate are not shown. Map the stage or decision column when you import.'
    )
  }
  return (
    `${formatCountOrAverage(n.booked - n.decisionCarried)} of ${formatCountOrAverage(n.booked)} bookings came from an ` +
    'export without the AE decision: accepted, rejected, pending and the rate count the other ' +
    `${formatCountOrAverage(n.decisionCarried)}.`
  )
}

export interface WeekComparison {
  thisWeek: HuddleNumbers
  /** Null when there were no bookings the week before. */
  lastWeek: HuddleNumbers | null
  /** Mean over the four weeks before this one (weeks without bookings count as zero). */
  fourWeekAvg: HuddleNumbers | null
}

/**
 * Compares a week with the week before and the average of the four weeks before it.
 * `previousWeeks` are the handoffs of the four weeks before, nearest first (index 0 = last week);
 * fewer than four arrays average over what is given (history shorter than four weeks).
 */
export function compareWeeks(
  thisWeek: readonly Counted[],
  previousWeeks: readonly (readonly Counted[])[],
): WeekComparison {
  const prior = previousWeeks.slice(0, 4).map(countNumbers)
  const last = prior[0]
  return {
    thisWeek: countNumbers(thisWeek),
    lastWeek: last && last.booked > 0 ? last : null,
    fourWeekAvg: prior.some((n) => n.booked > 0) ? averageNumbers(prior) : null,
  }
}

/**
 * Handoffs behind one number; the acceptance rate's are the decided ones (accepted + rejected).
 * Bookings whose export carried no decision stand behind none of the decision numbers.
 */
export function handoffsBehind<H extends Counted>(handoffs: readonly H[], kind: NumberKind): H[] {
  switch (kind) {
    case 'booked':
      return [...handoffs]
    case 'acceptanceRate':
      return handoffs.filter((h) => decides(h) && h.status !== 'pending')
    default:
      return handoffs.filter((h) => decides(h) && h.status === kind)
  }
}

export interface ReasonSlice {
  reason: RejectionReason | 'none'
  label: string
  count: number
}

/**
 * Rejection reasons with at least one rejection, most first (taxonomy order on ties), and the
 * rejections without a reason last as "No reason recorded". A rejection whose export had no
 * reason column is no "No reason recorded" (see `rejectionsWithoutReasonColumn`).
 */
export function reasonMix(
  handoffs: readonly (Pick<Handoff, 'status' | 'rejectionReason'> & Carriage)[],
): ReasonSlice[] {
  const counts = new Map<RejectionReason | 'none', number>()
  for (const h of handoffs) {
    if (h.status !== 'rejected' || !decides(h) || !isCarried(h.carried, 'rejectionReason')) continue
    const key = h.rejectionReason ?? 'none'
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const slices = REJECTION_REASONS.filter((r) => counts.has(r))
    .map((r) => ({ reason: r, label: humanize(r), count: counts.get(r)! }))
    .sort((a, b) => b.count - a.count)
  const none = counts.get('none')
  return none ? [...slices, { reason: 'none', label: 'No reason recorded', count: none }] : slices
}

/** Rejections whose export had no reason column: said once, never charted as "No reason recorded". */
export function rejectionsWithoutReasonColumn(handoffs: readonly (Pick<Handoff, 'status'> & Carriage)[]): number {
  return handoffs.filter((h) => h.status === 'rejected' && decides(h) && !isCarried(h.carried, 'rejectionReason'))
    .length
}

/** A chart-ready series: one label and one value per bar. */
export interface BarSeries {
  labels: string[]
  values: number[]
}

export function reasonSeries(slices: readonly ReasonSlice[]): BarSeries {
  return { labels: slices.map((s) => s.label), values: slices.map((s) => s.count) }
}

/**
 * What the reasons chart says in words beside (or instead of) its bars: no rejections, reasons
 * the export did not carry, or null when the chart says it all.
 */
export function reasonsRemark(
  n: Pick<HuddleNumbers, 'booked' | 'decisionCarried'>,
  charted: number,
  withoutReasonColumn: number,
): string | null {
  if (isDecisionless(n)) return 'Rejection reasons are not in this export: it has no AE decision column.'
  if (withoutReasonColumn > 0 && charted === 0)
    return 'This export has no rejection reason column: the reasons are not in this export.'
  if (withoutReasonColumn > 0)
    return `${countOf(withoutReasonColumn, 'rejection')} came from an export without a reason column and ${oneOrMany(withoutReasonColumn, 'is', 'are')} not counted here.`
  return charted === 0 ? 'No rejections this week.' : null
}
