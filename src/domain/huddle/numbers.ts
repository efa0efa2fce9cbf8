/**
 * The huddle's first section: the week's counts against last week and the 4-week average, the
 * rejection reasons as a chart series, and which handoffs stand behind each number.
 */
import { REJECTION_REASONS, type Handoff, type RejectionReason } from '../handoff'
import { humanize } from '../field-labels'
import { acceptanceRate } from '../metrics/metrics'
import type { HuddleNumbers } from './notes-document'

export const NUMBER_KINDS = ['booked', 'accepted', 'rejected', 'pending', 'acceptanceRate'] as const
export type NumberKind = (typeof NUMBER_KINDS)[number]

export const NUMBER_LABELS: Record<NumberKind, string> = {
  booked: 'Booked',
  accepted: 'Accepted',
  rejected: 'Rejected',
  pending: 'Pending',
  acceptanceRate: 'Acceptance rate',
}

type Counted = Pick<Handoff, 'status'>

export function countNumbers(handoffs: readonly Counted[]): HuddleNumbers {
  let accepted = 0
  let rejected = 0
  let pending = 0
  for (const h of handoffs) {
    if (h.status === 'accepted') accepted++
    else if (h.status === 'rejected') rejected++
    else pending++
  }
  return { booked: handoffs.length, accepted, rejected, pending, acceptanceRate: acceptanceRate(accepted, rejected) }
}

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
  return {
    booked: sum((n) => n.booked) / weeks.length,
    accepted: accepted / weeks.length,
    rejected: rejected / weeks.length,
    pending: sum((n) => n.pending) / weeks.length,
    acceptanceRate: acceptanceRate(accepted, rejected),
  }
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

/** Handoffs behind one number; the acceptance rate's are the decided ones (accepted + rejected). */
export function handoffsBehind<H extends Counted>(handoffs: readonly H[], kind: NumberKind): H[] {
  switch (kind) {
    case 'booked':
      return [...handoffs]
    case 'acceptanceRate':
      return handoffs.filter((h) => h.status !== 'pending')
    default:
      return handoffs.filter((h) => h.status === kind)
  }
}

export interface ReasonSlice {
  reason: RejectionReason | 'none'
  label: string
  count: number
}

/**
 * Rejection reasons with at least one rejection, most first (taxonomy order on ties), and the
 * rejections without a reason last as "No reason recorded".
 */
export function reasonMix(handoffs: readonly Pick<Handoff, 'status' | 'rejectionReason'>[]): ReasonSlice[] {
  const counts = new Map<RejectionReason | 'none', number>()
  for (const h of handoffs) {
    if (h.status !== 'rejected') continue
    const key = h.rejectionReason ?? 'none'
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const slices = REJECTION_REASONS.filter((r) => counts.has(r))
    .map((r) => ({ reason: r, label: humanize(r), count: counts.get(r)! }))
    .sort((a, b) => b.count - a.count)
  const none = counts.get('none')
  return none ? [...slices, { reason: 'none', label: 'No reason recorded', count: none }] : slices
}

/** A chart-ready series: one label and one value per bar. */
export interface BarSeries {
  labels: string[]
  values: number[]
}

export function reasonSeries(slices: readonly ReasonSlice[]): BarSeries {
  return { labels: slices.map((s) => s.label), values: slices.map((s) => s.count) }
}
