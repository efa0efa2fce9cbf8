/**
 * Counting facts into the numbers the Trends screen shows. Definitions match computeMetrics
 * (docs/metrics.md); the rates added here:
 * - on-time rate = on time ÷ (on time + late + open overdue): an AE who let the deadline pass
 *   without answering did not answer on time; handoffs still inside their window and decided ones
 *   without respondedAt (SLA unknown) are left out; null when nothing is left;
 * - incomplete rate = incomplete ÷ booked;
 * - vague-feedback rate = rejected with vague feedback ÷ rejected;
 * - rubric average = mean of the scored handoffs' totals (0–5).
 * Rates are fractions 0–1 here; series turn them into percentages for charts.
 */
import { REJECTION_REASONS, type RejectionReason } from '../handoff'
import { acceptanceRate, median } from '../metrics/metrics'
import type { HandoffFact } from './facts'

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
  }
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

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole)

export interface Rates {
  acceptanceRate: number | null
  onTimeRate: number | null
  incompleteRate: number | null
  vagueFeedbackRate: number | null
  rubricAverage: number | null
  medianResponseHours: number | null
}

export function ratesOf(t: Tally): Rates {
  return {
    acceptanceRate: acceptanceRate(t.accepted, t.rejected),
    onTimeRate: ratio(t.onTime, t.onTime + t.late + t.openOverdue),
    incompleteRate: ratio(t.incomplete, t.booked),
    vagueFeedbackRate: ratio(t.vague, t.rejected),
    rubricAverage: ratio(t.rubricSum, t.rubricCount),
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
    t.rubricSum += x.rubricSum
    t.rubricCount += x.rubricCount
    for (const r of REJECTION_REASONS) t.reasons[r] += x.reasons[r]
    t.noReason += x.noReason
    for (const h of x.responseHours) t.responseHours.push(h)
  }
  return t
}
