/**
 * Handoff health for any set of handoffs (a week, a quarter, one SDR …) and breakdowns by a
 * dimension. Definitions: docs/metrics.md. One pass per set, with no per-row Intl calls or
 * allocations: 52 weeks of 100k handoffs must stay well under 300 ms (npm run bench).
 */
import { REJECTION_REASONS, type Handoff, type HandoffField, type RejectionReason } from '../handoff'
import { type Settings } from '../settings'
import { isChecklistAssessed, isFilled, preparePlaceholders } from '../rules/checklist'
import {
  barFailureMask,
  barVerdictOf,
  disagreementOf,
  icpInForce,
  isBarAssessed,
  type IcpVersion,
} from '../rules/quality-bar'
import { feedbackVerdict } from '../rules/feedback'
import { carriesDecision, carriesDecisionTime, slaCalendar, slaInto, type SlaResult } from '../rules/sla'
import { bookingWeekLookup } from './booking-week'
import { carriedBit, notCarriedByAny, carriedOf, type CarryingHandoff } from '../carried'
import { averageOf, rateOf, type Average, type Rate } from '../assessed'

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
  /** Decided, the export has a decision-time column, but this row's cell is empty. */
  unknown: number
  /** The import carried no decision, or a decided handoff's import carried no decision time. */
  notAssessed: number
}

/** The weekly keys of the `report` command (docs/product.md): `unknown` lists those a set cannot support. */
export const WEEK_KEYS = [
  'booked',
  'accepted',
  'rejected',
  'pending',
  'onTime',
  'late',
  'openOverdue',
  'incomplete',
] as const
export type WeekKey = (typeof WEEK_KEYS)[number]

/**
 * How many handoffs of the set each kind of number could be assessed on (docs/product.md, "What the
 * data can show"): the bases of the rates, and 0 where the export did not carry what it needs.
 */
export interface AssessedCounts {
  /** The import carried a decision (status). */
  decisions: number
  /** The import carried a decision and its time (status and respondedAt): on time / late. */
  timed: number
  /** At least one required checklist field carried: complete or incomplete can be said. */
  checklist: number
  /** At least one quality-bar input carried (rules/quality-bar.ts, isBarAssessed). */
  bar: number
  /** Rejected, and the import carried the AE's feedback. */
  feedback: number
}

export interface Metrics {
  booked: number
  accepted: number
  rejected: number
  pending: number
  /**
   * accepted ÷ (accepted + rejected); "—" when nothing was decided; not assessed when no handoff's
   * import carried a decision ("the file holds bookings, not decisions").
   */
  acceptance: Rate
  /** Rejected handoffs per taxonomy reason. */
  reasonMix: Record<RejectionReason, number>
  /** Rejected handoffs with no reason recorded. */
  rejectedWithoutReason: number
  sla: SlaCounts
  /**
   * on time ÷ (on time + late + open overdue), as Trends counts it; not assessed when no
   * handoff's import carried both the decision and its time.
   */
  onTime: Rate
  /**
   * Median time from booking to the AE's decision, in the settings' response-time hours (sla.ts:
   * hours of business days or working hours); null when none has a respondedAt (see
   * `assessed.timed` for whether the export could have said).
   */
  medianResponseHours: number | null
  /** Handoffs with a carried required field missing (never one the export did not carry). */
  incomplete: number
  /** incomplete ÷ handoffs whose checklist was assessed. */
  incompleteRate: Rate
  /** Required fields by how often they were missing, most first; only fields missed at least once. */
  mostMissedFields: { field: HandoffField; count: number }[]
  /** Counted only over handoffs the bar could assess (never a vacuous clear). */
  barDisagreement: { acceptedBelowBar: number; rejectedAboveBar: number }
  /** Rejected handoffs whose AE feedback names no specific fact (written; empty is no feedback). */
  vagueFeedback: number
  /** Rejected with no feedback written at all (counted apart from vague feedback). */
  noFeedback: number
  /** vague ÷ rejected handoffs whose import carried the AE's feedback. */
  vagueFeedbackRate: Rate
  /** Mean of `rubricScoreOf` over scored handoffs: needs at least 3 (MIN_AVERAGE_BASE). */
  rubric: Average
  assessed: AssessedCounts
  /** The weekly keys this set cannot support (the report's `unknown`), in WEEK_KEYS order. */
  unknown: WeekKey[]
}

export const BREAKDOWN_KEYS = ['sdr', 'ae', 'segment', 'campaign', 'partner', 'triggerCategory'] as const
export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number]

/** accepted ÷ decided as a plain fraction; null when nothing was decided. Prefer `acceptanceOf`. */
export function acceptanceRate(accepted: number, rejected: number): number | null {
  const decided = accepted + rejected
  return decided === 0 ? null : accepted / decided
}

/** Acceptance as a Rate: not assessed when `decisions` (handoffs that carried a decision) is 0. */
export const acceptanceOf = (accepted: number, rejected: number, decisions: number): Rate =>
  rateOf(accepted, accepted + rejected, decisions > 0)

/** On-time rate as Trends and the weekly numbers count it; see Metrics.onTime. */
export const onTimeOf = (onTime: number, late: number, openOverdue: number, timed: number): Rate =>
  rateOf(onTime, onTime + late + openOverdue, timed > 0)

/**
 * The weekly keys a set cannot support: decisions need status carried by some handoff, on time
 * and late its time too, open overdue the decision, incomplete a carried required field.
 */
export function unknownWeekKeys(assessed: Pick<AssessedCounts, 'decisions' | 'timed' | 'checklist'>): WeekKey[] {
  const unknown = new Set<WeekKey>()
  if (assessed.decisions === 0)
    for (const k of ['accepted', 'rejected', 'pending', 'openOverdue'] as const) unknown.add(k)
  if (assessed.timed === 0) {
    unknown.add('onTime')
    unknown.add('late')
  }
  if (assessed.checklist === 0) unknown.add('incomplete')
  return WEEK_KEYS.filter((k) => unknown.has(k))
}

/** Median of the values; null for none. Sorts a typed copy (numeric, fast). */
export function median(values: ArrayLike<number>): number | null {
  const n = values.length
  if (n === 0) return null
  const sorted = Float64Array.from(values).sort()
  const mid = n >> 1
  return n % 2 === 0 ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[mid]!
}

export function computeMetrics(handoffs: readonly CarryingHandoff[], ctx: MetricsContext): Metrics {
  const { settings, asOf } = ctx
  const versions = ctx.icpVersions ?? []
  const weekOfBooking = versions.length > 0 ? bookingWeekLookup(settings.timeZone) : null
  const icpByWeek = new Map<string, Settings['icp']>()
  const feedbackByText = new Map<string, ReturnType<typeof feedbackVerdict>>()

  const reasonMix = Object.fromEntries(REJECTION_REASONS.map((r) => [r, 0])) as Record<RejectionReason, number>
  const sla: SlaCounts = { onTime: 0, late: 0, openOverdue: 0, openWithin: 0, unknown: 0, notAssessed: 0 }
  const assessed: AssessedCounts = { decisions: 0, timed: 0, checklist: 0, bar: 0, feedback: 0 }
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
  // Whether each checklist is assessed depends only on the mask: one answer per mask seen.
  const checklistByMask = new Map<number, boolean>()

  for (const h of handoffs) {
    const carried = carriedOf(h)
    if (carriesDecision(carried)) assessed.decisions++
    if (carriesDecisionTime(carried)) assessed.timed++
    if (h.status === 'accepted') accepted++
    else if (h.status === 'pending') pending++
    else {
      rejected++
      if (h.rejectionReason === null) rejectedWithoutReason++
      else reasonMix[h.rejectionReason]++
      // Feedback the export never carried is neither vague nor missing: it is not assessed.
      if ((carried & FEEDBACK_CARRIED) !== 0) {
        assessed.feedback++
        let verdict = feedbackByText.get(h.aeFeedback)
        if (verdict === undefined) {
          verdict = feedbackVerdict(h.aeFeedback)
          feedbackByText.set(h.aeFeedback, verdict)
        }
        if (verdict === 'vague') vagueFeedback++
        else if (verdict === 'none') noFeedback++
      }
    }

    slaInto(h, calendar, asOf, s)
    if (s.state === 'on_time') sla.onTime++
    else if (s.state === 'late') sla.late++
    else if (s.state === 'open_overdue') sla.openOverdue++
    else if (s.state === 'open_within') sla.openWithin++
    else if (s.state === 'unknown') sla.unknown++
    else sla.notAssessed++
    if (s.responseHours !== null) responseHours.push(s.responseHours)

    let isChecked = checklistByMask.get(carried)
    if (isChecked === undefined) {
      isChecked = isChecklistAssessed(carried, fields)
      checklistByMask.set(carried, isChecked)
    }
    if (isChecked) assessed.checklist++
    let isIncomplete = false
    for (let i = 0; i < fields.length; i++) {
      if ((carried & fieldBits[i]!) !== 0 && !isFilled(h[fields[i]!], placeholders)) {
        missedByIndex[i]!++
        isIncomplete = true
      }
    }
    if (isIncomplete) incomplete++

    const isAssessed = isBarAssessed(h, fields)
    if (isAssessed) assessed.bar++
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
        barVerdictOf(barFailureMask(h, icp, placeholders, isIncomplete), isAssessed),
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
    acceptance: acceptanceOf(accepted, rejected, assessed.decisions),
    reasonMix,
    rejectedWithoutReason,
    sla,
    onTime: onTimeOf(sla.onTime, sla.late, sla.openOverdue, assessed.timed),
    medianResponseHours: median(responseHours),
    incomplete,
    incompleteRate: rateOf(incomplete, assessed.checklist, assessed.checklist > 0),
    mostMissedFields,
    barDisagreement: { acceptedBelowBar, rejectedAboveBar },
    vagueFeedback,
    noFeedback,
    vagueFeedbackRate: rateOf(
      vagueFeedback,
      assessed.feedback,
      assessed.feedback > 0 || (rejected === 0 && assessed.decisions > 0),
    ),
    rubric: averageOf(rubricSum, rubricCount),
    assessed,
    unknown: unknownWeekKeys(assessed),
  }
}

/** The grouping value of a handoff: '' for in-house (no partner) and for no trigger category. */
export function breakdownValue(h: Handoff, key: BreakdownKey): string {
  return h[key] ?? ''
}

/**
 * The breakdowns a set can offer: one by a field no handoff's import carried (no segment column,
 * no partner column …) would put everyone under "(none)", which is never a finding.
 */
export function offeredBreakdownKeys(handoffs: Iterable<CarryingHandoff>): BreakdownKey[] {
  const absent = new Set<HandoffField>(notCarriedByAny(handoffs, BREAKDOWN_KEYS))
  return BREAKDOWN_KEYS.filter((k) => !absent.has(k))
}

/**
 * Metrics per value of a dimension (per SDR, AE, segment, campaign, partner, trigger category),
 * largest groups first, then by key. Blank values group together under ''.
 */
export function breakdown(
  handoffs: readonly CarryingHandoff[],
  key: BreakdownKey,
  ctx: MetricsContext,
): { key: string; metrics: Metrics }[] {
  const groups = new Map<string, CarryingHandoff[]>()
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
