/**
 * Handoff health for any set of handoffs (a week, a quarter, one SDR …) and breakdowns by a
 * dimension. Definitions: docs/metrics.md. One pass per set, with no per-row Intl calls or
 * allocations: 52 weeks of 100k handoffs must stay well under 300 ms (npm run bench).
 */
import { REJECTION_REASONS, type Handoff, type HandoffField, type RejectionReason } from '../handoff'
import { type Settings } from '../settings'
import { isFilled, preparePlaceholders } from '../rules/checklist'
import {
  barFailureMask,
  barVerdictOf,
  disagreementOf,
  icpInForce,
  isBarAssessed,
  type IcpVersion,
} from '../rules/quality-bar'
import { isVagueFeedback } from '../rules/feedback'
import { slaCalendar, slaInto, type SlaResult } from '../rules/sla'
import { bookingWeekLookup } from './booking-week'
import { carriedBit, carriedOf, type CarryingHandoff } from '../carried'

const FEEDBACK_CARRIED = carriedBit('aeFeedback')

export interface MetricsContext {
  settings: Settings
  /** "Now" for open SLAs (UTC ms). */
  asOf: number
  /** ICP recalibrations; a handoff is judged by the version in force in its booking week. */
  icpVersions?: readonly IcpVersion[]
  /** Hook for the QA rubric: a handoff's rubric score (any scale), null when it was not scored. */
  rubricScoreOf?: (h: Handoff) => number | null
}

export interface SlaCounts {
  onTime: number
  late: number
  openOverdue: number
  openWithin: number
  unknown: number
}

export interface Metrics {
  booked: number
  accepted: number
  rejected: number
  pending: number
  /** accepted ÷ (accepted + rejected); null when nothing was decided (shown as "—"). */
  acceptanceRate: number | null
  /** Rejected handoffs per taxonomy reason. */
  reasonMix: Record<RejectionReason, number>
  /** Rejected handoffs with no reason recorded. */
  rejectedWithoutReason: number
  sla: SlaCounts
  /**
   * Median time from booking to the AE's decision, in the settings' response-time hours (sla.ts:
   * hours of business days or working hours); null when none has a respondedAt.
   */
  medianResponseHours: number | null
  incomplete: number
  /** Required fields by how often they were missing, most first; only fields missed at least once. */
  mostMissedFields: { field: HandoffField; count: number }[]
  barDisagreement: { acceptedBelowBar: number; rejectedAboveBar: number }
  /** Rejected handoffs whose AE feedback names no specific fact (blank included). */
  vagueFeedback: number
  /** Rejected with no feedback written at all (counted apart from vague feedback). */
  noFeedback: number
  /** Mean of `rubricScoreOf` over scored handoffs; null when none was scored or no hook given. */
  rubricAverage: number | null
}

export const BREAKDOWN_KEYS = ['sdr', 'ae', 'segment', 'campaign', 'partner', 'triggerCategory'] as const
export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number]

export function acceptanceRate(accepted: number, rejected: number): number | null {
  const decided = accepted + rejected
  return decided === 0 ? null : accepted / decided
}

/** Median of the values; null for none. Sorts a typed copy (numeric, fast). */
export function median(values: ArrayLike<number>): number | null {
  const n = values.length
  if (n === 0) return null
  const sorted = Float64Array.from(values).sort()
  const mid = n >> 1
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function computeMetrics(handoffs: readonly CarryingHandoff[], ctx: MetricsContext): Metrics {
  const { settings, asOf } = ctx
  const versions = ctx.icpVersions ?? []
  const weekOfBooking = versions.length > 0 ? bookingWeekLookup(settings.timeZone) : null
  const icpByWeek = new Map<string, Settings['icp']>()
  const vagueByText = new Map<string, boolean>()

  const reasonMix = Object.fromEntries(REJECTION_REASONS.map((r) => [r, 0])) as Record<RejectionReason, number>
  const sla: SlaCounts = { onTime: 0, late: 0, openOverdue: 0, openWithin: 0, unknown: 0 }
  const calendar = slaCalendar(settings)
  const s: SlaResult = { deadline: 0, state: 'unknown', responseHours: null }
  const fields = settings.requiredFields
  const placeholders = preparePlaceholders(settings.placeholders)
  const missedByIndex = new Uint32Array(fields.length)
  const fieldBits = fields.map(carriedBit)
  const responseHours: number[] = []
  let accepted = 0
  let rejected = 0
  let pending = 0
  let rejectedWithoutReason = 0
  let incomplete = 0
  let acceptedBelowBar = 0
  let rejectedAboveBar = 0
  let vagueFeedback = 0
  let noFeedback = 0
  let rubricSum = 0
  let rubricCount = 0

  for (const h of handoffs) {
    if (h.status === 'accepted') accepted++
    else if (h.status === 'pending') pending++
    else {
      rejected++
      if (h.rejectionReason === null) rejectedWithoutReason++
      else reasonMix[h.rejectionReason]++
      // Feedback the export never carried is no feedback, never vague feedback.
      if ((carriedOf(h) & FEEDBACK_CARRIED) !== 0) {
        let vague = vagueByText.get(h.aeFeedback)
        if (vague === undefined) {
          vague = isVagueFeedback(h.aeFeedback)
          vagueByText.set(h.aeFeedback, vague)
        }
        if (vague) vagueFeedback++
        else if (h.aeFeedback.trim() === '') noFeedback++
      } else noFeedback++
    }

    slaInto(h, calendar, asOf, s)
    if (s.state === 'on_time') sla.onTime++
    else if (s.state === 'late') sla.late++
    else if (s.state === 'open_overdue') sla.openOverdue++
    else if (s.state === 'open_within') sla.openWithin++
    else sla.unknown++
    if (s.responseHours !== null) responseHours.push(s.responseHours)

    let isIncomplete = false
    const carried = carriedOf(h)
    for (let i = 0; i < fields.length; i++) {
      if ((carried & fieldBits[i]!) !== 0 && !isFilled(h[fields[i]!], placeholders)) {
        missedByIndex[i]!++
        isIncomplete = true
      }
    }
    if (isIncomplete) incomplete++

    if (h.status !== 'pending') {
      let icp = settings.icp
      if (weekOfBooking) {
        const week = weekOfBooking(h.bookedAt)
        let found = icpByWeek.get(week)
        if (!found) {
          found = icpInForce(versions, week, settings.icp)
          icpByWeek.set(week, found)
        }
        icp = found
      }
      const disagreement = disagreementOf(
        h.status,
        barVerdictOf(barFailureMask(h, icp, placeholders, isIncomplete), isBarAssessed(h, fields)),
      )
      if (disagreement === 'accepted_below_bar') acceptedBelowBar++
      else if (disagreement === 'rejected_above_bar') rejectedAboveBar++
    }

    if (ctx.rubricScoreOf) {
      const score = ctx.rubricScoreOf(h)
      if (score !== null && Number.isFinite(score)) {
        rubricSum += score
        rubricCount++
      }
    }
  }

  const missedCounts = new Map<HandoffField, number>()
  fields.forEach((f, i) => {
    if (missedByIndex[i]! > 0) missedCounts.set(f, (missedCounts.get(f) ?? 0) + missedByIndex[i]!)
  })
  const order = new Map(fields.map((f, i) => [f, i]))
  const mostMissedFields = [...missedCounts]
    .map(([field, count]) => ({ field, count }))
    .sort((a, b) => b.count - a.count || (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0))

  return {
    booked: handoffs.length,
    accepted,
    rejected,
    pending,
    acceptanceRate: acceptanceRate(accepted, rejected),
    reasonMix,
    rejectedWithoutReason,
    sla,
    medianResponseHours: median(responseHours),
    incomplete,
    mostMissedFields,
    barDisagreement: { acceptedBelowBar, rejectedAboveBar },
    vagueFeedback,
    noFeedback,
    rubricAverage: rubricCount === 0 ? null : rubricSum / rubricCount,
  }
}

/** The grouping value of a handoff: '' for in-house (no partner) and for no trigger category. */
export function breakdownValue(h: Handoff, key: BreakdownKey): string {
  return h[key] ?? ''
}

/**
 * Metrics per value of a dimension (per SDR, AE, segment, campaign, partner, trigger category),
 * largest groups first, then by key. Blank values group together under ''.
 */
export function breakdown(
  handoffs: readonly Handoff[],
  key: BreakdownKey,
  ctx: MetricsContext,
): { key: string; metrics: Metrics }[] {
  const groups = new Map<string, Handoff[]>()
  for (const h of handoffs) {
    const value = breakdownValue(h, key).trim()
    let group = groups.get(value)
    if (!group) {
      group = []
      groups.set(value, group)
    }
    group.push(h)
  }
  return [...groups]
    .map(([value, group]) => ({ key: value, metrics: computeMetrics(group, ctx) }))
    .sort((a, b) => b.metrics.booked - a.metrics.booked || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}
