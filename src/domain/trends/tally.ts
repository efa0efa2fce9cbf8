/**
 * Counting facts into the numbers the Trends screen shows. Definitions match computeMetrics
 * (docs/metrics.md); the rates added here:
 * - on-time rate = on time ÷ (on time + late + open overdue): an AE who let the deadline pass
 *   without answering did not answer on time; handoffs still inside their window and decided ones
 *   without respondedAt (SLA unknown) are left out; not assessed when no handoff's import carried
 *   the decision and its time;
 * - incomplete rate = incomplete ÷ handoffs whose checklist was assessed (a carried required field);
 * - vague-feedback rate = rejected with vague feedback ÷ rejected whose import carried feedback
 *   (no feedback written is counted apart, `noFeedback`);
 * - rubric average = mean of the scored handoffs' totals (0–5), from at least 3 scores.
 * Every rate is a Rate (assessed.ts): a value with its base, "—", or not assessed. A tally of no
 * bookings has nothing to assess: its rates are "—", never "not in this export".
 */
import { REJECTION_REASONS, type RejectionReason } from '../handoff'
import { acceptanceOf, median, onTimeOf, type AssessedCounts } from '../metrics/metrics'
import { averageOf, rateOf, type Average, type Rate } from '../assessed'
import { carriedBit } from '../carried'
import { carriesDecision, carriesDecisionTime } from '../rules/sla'
import type { HandoffFact } from './facts'

const FEEDBACK_CARRIED = carriedBit('aeFeedback')

export interface Tally {
  booked: number
  accepted: number
  rejected: number
  pending: number
  onTime: number
  late: number
  openOverdue: number
  incomplete: number
  vague: number
  /** Rejected with no feedback written (the import carried feedback): apart from vague. */
  noFeedback: number
  /** Handoffs whose import carried a decision (status). */
  decisions: number
  /** Handoffs whose import carried the decision and its time (status and respondedAt). */
  timed: number
  /** Handoffs whose checklist could be assessed (at least one required field carried). */
  checked: number
  /** Rejected handoffs whose import carried the AE's feedback. */
  feedbackRejected: number
  /** Every field some handoff of the tally carried (the union of their `carried` masks). */
  carried: number
  rubricSum: number
  rubricCount: number
  reasons: Record<RejectionReason, number>
  noReason: number
  responseHours: number[]
}

export const emptyTally = (): Tally => ({
  booked: 0,
  accepted: 0,
  rejected: 0,
  pending: 0,
  onTime: 0,
  late: 0,
  openOverdue: 0,
  incomplete: 0,
  vague: 0,
  noFeedback: 0,
  decisions: 0,
  timed: 0,
  checked: 0,
  feedbackRejected: 0,
  carried: 0,
  rubricSum: 0,
  rubricCount: 0,
  reasons: Object.fromEntries(REJECTION_REASONS.map((r) => [r, 0])) as Record<RejectionReason, number>,
  noReason: 0,
  responseHours: [],
})

export function addFact(t: Tally, f: HandoffFact): void {
  t.booked++
  if (f.status === 'accepted') t.accepted++
  else if (f.status === 'pending') t.pending++
  else {
    t.rejected++
    if (f.reason === null) t.noReason++
    else t.reasons[f.reason]++
    if (f.isVague) t.vague++
    if (f.hasNoFeedback) t.noFeedback++
    if ((f.carried & FEEDBACK_CARRIED) !== 0) t.feedbackRejected++
  }
  t.carried |= f.carried
  if (carriesDecision(f.carried)) t.decisions++
  if (carriesDecisionTime(f.carried)) t.timed++
  if (f.isChecklistAssessed) t.checked++
  if (f.sla === 'on_time') t.onTime++
  else if (f.sla === 'late') t.late++
  else if (f.sla === 'open_overdue') t.openOverdue++
  if (f.responseHours !== null) t.responseHours.push(f.responseHours)
  if (f.missingMask !== 0) t.incomplete++
  if (f.rubric !== null && Number.isFinite(f.rubric.total)) {
    t.rubricSum += f.rubric.total
    t.rubricCount++
  }
}

export function tallyOf(facts: Iterable<HandoffFact>): Tally {
  const t = emptyTally()
  for (const f of facts) addFact(t, f)
  return t
}

export interface Rates {
  acceptanceRate: Rate
  onTimeRate: Rate
  incompleteRate: Rate
  vagueFeedbackRate: Rate
  rubricAverage: Average
  /** null when no decision time was recorded (see `assessedOf(t).timed` for whether it could be). */
  medianResponseHours: number | null
}

/** What the tally's handoffs could be assessed on, as Metrics counts it (not-assessed.ts reads it). */
export const assessedOf = (t: Tally): Omit<AssessedCounts, 'bar'> => ({
  decisions: t.decisions,
  timed: t.timed,
  checklist: t.checked,
  feedback: t.feedbackRejected,
})

export function ratesOf(t: Tally): Rates {
  // No bookings: nothing to assess, so "—" rather than "not in this export".
  const has = (assessed: number): boolean => t.booked === 0 || assessed > 0
  return {
    acceptanceRate: t.booked === 0 ? rateOf(0, 0) : acceptanceOf(t.accepted, t.rejected, t.decisions),
    onTimeRate: t.booked === 0 ? rateOf(0, 0) : onTimeOf(t.onTime, t.late, t.openOverdue, t.timed),
    incompleteRate: rateOf(t.incomplete, t.checked, has(t.checked)),
    vagueFeedbackRate: rateOf(
      t.vague,
      t.feedbackRejected,
      has(t.feedbackRejected) || (t.rejected === 0 && t.decisions > 0),
    ),
    rubricAverage: averageOf(t.rubricSum, t.rubricCount),
    medianResponseHours: median(t.responseHours),
  }
}

/** Tallies per week in one pass, in the order of `weeks`; facts in other weeks are skipped. */
export function weeklyTallies(facts: readonly HandoffFact[], weeks: readonly string[]): Tally[] {
  const index = new Map(weeks.map((w, i) => [w, i]))
  const tallies = weeks.map(emptyTally)
  for (const f of facts) {
    const i = index.get(f.week)
    if (i !== undefined) addFact(tallies[i]!, f)
  }
  return tallies
}

/** The tallies of `weeks`, in that order; an empty tally for a week with no facts. */
export function talliesFor(byWeek: ReadonlyMap<string, Tally>, weeks: Iterable<string>): Tally[] {
  return Array.from(weeks, (w) => byWeek.get(w) ?? emptyTally())
}

/** One tally per week that has facts, in one pass (the Trends store keeps them per week read). */
export function talliesByWeek(facts: readonly HandoffFact[]): Map<string, Tally> {
  const byWeek = new Map<string, Tally>()
  for (const f of facts) {
    let t = byWeek.get(f.week)
    if (!t) {
      t = emptyTally()
      byWeek.set(f.week, t)
    }
    addFact(t, f)
  }
  return byWeek
}

/** The tally of all these tallies' facts together (a quarter from its weeks, a range's total). */
export function mergeTallies(tallies: readonly Tally[]): Tally {
  const t = emptyTally()
  for (const x of tallies) {
    t.booked += x.booked
    t.accepted += x.accepted
    t.rejected += x.rejected
    t.pending += x.pending
    t.onTime += x.onTime
    t.late += x.late
    t.openOverdue += x.openOverdue
    t.incomplete += x.incomplete
    t.vague += x.vague
    t.noFeedback += x.noFeedback
    t.decisions += x.decisions
    t.timed += x.timed
    t.checked += x.checked
    t.feedbackRejected += x.feedbackRejected
    t.carried |= x.carried
    t.rubricSum += x.rubricSum
    t.rubricCount += x.rubricCount
    for (const r of REJECTION_REASONS) t.reasons[r] += x.reasons[r]
    t.noReason += x.noReason
    for (const h of x.responseHours) t.responseHours.push(h)
  }
  return t
}
