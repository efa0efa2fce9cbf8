/**
 * Handoff health for any set of handoffs (a week, a quarter, one SDR …) and breakdowns by a
 * dimension. Definitions: docs/metrics.md. One pass per set, with no per-row Intl calls or
 * allocations: 52 weeks of 100k handoffs must stay well under 300 ms (npm run bench).
 */
import { REJECTION_REASONS, type DateValue, type Handoff, type HandoffField, type RejectionReason } from '../handoff'
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
import {
  carriesDecision,
  carriesDecisionTime,
  slaCalendar,
  slaInto,
  type SlaCalendar,
  type SlaResult,
} from '../rules/sla'
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
  const tally = new MetricsTally(ctx)
  for (const h of handoffs) tally.add(h)
  return tally.metrics(handoffs.length)
}

/**
 * The running counts behind one Metrics: one `add` per handoff (decision, SLA, checklist, bar,
 * rubric), with what repeats across handoffs (feedback verdicts, the ICP in force per week, the
 * checklist's assessment per carried mask) worked out once.
 */
class MetricsTally {
  private readonly reasonMix = Object.fromEntries(REJECTION_REASONS.map((r) => [r, 0])) as Record<
    RejectionReason,
    number
  >
  private readonly sla: SlaCounts = { onTime: 0, late: 0, openOverdue: 0, openWithin: 0, unknown: 0, notAssessed: 0 }
  private readonly assessed: AssessedCounts = { decisions: 0, timed: 0, checklist: 0, bar: 0, feedback: 0 }
  private readonly calendar: SlaCalendar
  private readonly s: SlaResult = { deadline: 0, state: 'unknown', responseHours: null }
  private readonly responseHours: number[] = []
  private readonly fields: readonly HandoffField[]
  private readonly fieldBits: number[]
  private readonly missedByIndex: Uint32Array
  private readonly placeholders: ReturnType<typeof preparePlaceholders>
  private readonly weekOfBooking: ((bookedAt: DateValue) => string) | null
  private readonly icpByWeek = new Map<string, Settings['icp']>()
  private readonly feedbackByText = new Map<string, ReturnType<typeof feedbackVerdict>>()
  // Whether each checklist is assessed depends only on the mask: one answer per mask seen.
  private readonly checklistByMask = new Map<number, boolean>()
  private accepted = 0
  private rejected = 0
  private pending = 0
  private rejectedWithoutReason = 0
  private incomplete = 0
  private acceptedBelowBar = 0
  private rejectedAboveBar = 0
  private vagueFeedback = 0
  private noFeedback = 0
  private rubricSum = 0
  private rubricCount = 0

  constructor(private readonly ctx: MetricsContext) {
    const { settings } = ctx
    this.calendar = slaCalendar(settings)
    this.fields = settings.requiredFields
    this.fieldBits = this.fields.map(carriedBit)
    this.missedByIndex = new Uint32Array(this.fields.length)
    this.placeholders = preparePlaceholders(settings.placeholders)
    this.weekOfBooking = (ctx.icpVersions ?? []).length > 0 ? bookingWeekLookup(settings.timeZone) : null
  }

  add(h: CarryingHandoff): void {
    const carried = carriedOf(h)
    this.addDecision(h, carried)
    this.addSla(h)
    const isIncomplete = this.addChecklist(h, carried)
    this.addBar(h, isIncomplete)
    this.addRubric(h)
  }

  private addDecision(h: CarryingHandoff, carried: number): void {
    const { assessed } = this
    if (carriesDecision(carried)) assessed.decisions++
    if (carriesDecisionTime(carried)) assessed.timed++
    if (h.status === 'accepted') this.accepted++
    else if (h.status === 'pending') this.pending++
    else {
      this.rejected++
      if (h.rejectionReason === null) this.rejectedWithoutReason++
      else this.reasonMix[h.rejectionReason]++
      // Feedback the export never carried is neither vague nor missing: it is not assessed.
      if ((carried & FEEDBACK_CARRIED) !== 0) {
        assessed.feedback++
        const verdict = this.feedbackOf(h.aeFeedback)
        if (verdict === 'vague') this.vagueFeedback++
        else if (verdict === 'none') this.noFeedback++
      }
    }
  }

  private feedbackOf(text: string): ReturnType<typeof feedbackVerdict> {
    let verdict = this.feedbackByText.get(text)
    if (verdict === undefined) {
      verdict = feedbackVerdict(text)
      this.feedbackByText.set(text, verdict)
    }
    return verdict
  }

  private addSla(h: CarryingHandoff): void {
    const { s, sla } = this
    slaInto(h, this.calendar, this.ctx.asOf, s)
    if (s.state === 'on_time') sla.onTime++
    else if (s.state === 'late') sla.late++
    else if (s.state === 'open_overdue') sla.openOverdue++
    else if (s.state === 'open_within') sla.openWithin++
    else if (s.state === 'unknown') sla.unknown++
    else sla.notAssessed++
    if (s.responseHours !== null) this.responseHours.push(s.responseHours)
  }

  /** Counts the carried required fields the handoff misses; true when it misses any. */
  private addChecklist(h: CarryingHandoff, carried: number): boolean {
    const { fields, fieldBits, missedByIndex } = this
    let isChecked = this.checklistByMask.get(carried)
    if (isChecked === undefined) {
      isChecked = isChecklistAssessed(carried, fields)
      this.checklistByMask.set(carried, isChecked)
    }
    if (isChecked) this.assessed.checklist++
    let isIncomplete = false
    for (let i = 0; i < fields.length; i++) {
      if ((carried & fieldBits[i]!) !== 0 && !isFilled(h[fields[i]!], this.placeholders)) {
        missedByIndex[i]!++
        isIncomplete = true
      }
    }
    if (isIncomplete) this.incomplete++
    return isIncomplete
  }

  /** A decided handoff against the quality bar of the ICP in force in its booking week. */
  private addBar(h: CarryingHandoff, isIncomplete: boolean): void {
    const isAssessed = isBarAssessed(h, this.fields)
    if (isAssessed) this.assessed.bar++
    if (h.status === 'pending') return
    const failures = barFailureMask(h, this.icpOf(h.bookedAt), this.placeholders, isIncomplete)
    const disagreement = disagreementOf(h.status, barVerdictOf(failures, isAssessed))
    if (disagreement === 'accepted_below_bar') this.acceptedBelowBar++
    else if (disagreement === 'rejected_above_bar') this.rejectedAboveBar++
  }

  private icpOf(bookedAt: DateValue): Settings['icp'] {
    const { settings, icpVersions } = this.ctx
    if (!this.weekOfBooking) return settings.icp
    const week = this.weekOfBooking(bookedAt)
    let found = this.icpByWeek.get(week)
    if (!found) {
      found = icpInForce(icpVersions ?? [], week, settings.icp)
      this.icpByWeek.set(week, found)
    }
    return found
  }

  private addRubric(h: CarryingHandoff): void {
    if (!this.ctx.rubricScoreOf) return
    const score = this.ctx.rubricScoreOf(h)
    if (score !== null && Number.isFinite(score)) {
      this.rubricSum += score
      this.rubricCount++
    }
  }

  metrics(booked: number): Metrics {
    const { accepted, rejected, sla, assessed, incomplete, vagueFeedback } = this
    return {
      booked,
      accepted,
      rejected,
      pending: this.pending,
      acceptance: acceptanceOf(accepted, rejected, assessed.decisions),
      reasonMix: this.reasonMix,
      rejectedWithoutReason: this.rejectedWithoutReason,
      sla,
      onTime: onTimeOf(sla.onTime, sla.late, sla.openOverdue, assessed.timed),
      medianResponseHours: median(this.responseHours),
      incomplete,
      incompleteRate: rateOf(incomplete, assessed.checklist, assessed.checklist > 0),
      mostMissedFields: this.mostMissedFields(),
      barDisagreement: { acceptedBelowBar: this.acceptedBelowBar, rejectedAboveBar: this.rejectedAboveBar },
      vagueFeedback,
      noFeedback: this.noFeedback,
      vagueFeedbackRate: rateOf(
        vagueFeedback,
        assessed.feedback,
        assessed.feedback > 0 || (rejected === 0 && assessed.decisions > 0),
      ),
      rubric: averageOf(this.rubricSum, this.rubricCount),
      assessed,
      unknown: unknownWeekKeys(assessed),
    }
  }

  /** Required fields by how often they were missed, most first, then in checklist order. */
  private mostMissedFields(): Metrics['mostMissedFields'] {
    const { fields, missedByIndex } = this
    const missedCounts = new Map<HandoffField, number>()
    fields.forEach((f, i) => {
      if (missedByIndex[i]! > 0) missedCounts.set(f, (missedCounts.get(f) ?? 0) + missedByIndex[i]!)
    })
    const order = new Map(fields.map((f, i) => [f, i]))
    return [...missedCounts]
      .map(([field, count]) => ({ field, count }))
      .sort((a, b) => b.count - a.count || (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0))
  }
}

/** The grouping value of a handoff: '' for in-house (no partner) and for no trigger category. */
function breakdownValue(h: Handoff, key: BreakdownKey): string {
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
