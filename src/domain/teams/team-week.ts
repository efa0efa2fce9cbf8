/**
 * A team's week as its team file carries it: the counts Trends adds up, and beside them how many
 * handoffs each count could be judged on (docs/product.md, "What the data can show"). A leader adds
 * weeks and teams together, so everything here is a count that sums; rates are worked out only
 * after summing (rollup.ts), over the assessed bases, never averaged.
 *
 * Cohort, SLA and checklist rules are the ones `report` uses (weeklyCounts), so a team's numbers
 * equal the report's for the same export; the carried mask decides what was assessed:
 * - status is assessed when the import carried a status column; without it the file holds
 *   bookings, not decisions: accepted, rejected, pending and every SLA count are unknown;
 * - on time / late need status and respondedAt carried; open overdue needs status;
 * - incomplete needs at least one carried required field;
 * - vague / no feedback need aeFeedback carried, and count rejected handoffs only.
 */
import { carriedBit, carriedOf, type CarryingHandoff } from '../carried'
import type { Settings } from '../settings'
import { MASKED_FIELDS, missingMask, preparePlaceholders } from '../rules/checklist'
import { feedbackVerdict } from '../rules/feedback'
import { slaCalendar, slaInto, type SlaResult } from '../rules/sla'
import { bookingWeekLookup } from '../metrics/booking-week'
import { WEEK_KEYS, type WeekKey } from '../metrics/metrics'

/** The weekly counts a team file holds, in the order the file lists them. */
export const TEAM_WEEK_COUNTS = [
  // The report's weekly keys first, in its order: a team's week is the report's week, and more.
  ...WEEK_KEYS,
  'vagueFeedback',
  'noFeedback',
  'rubricSum',
  'rubricCount',
  /** Handoffs whose import carried a status column. */
  'statusAssessed',
  /** Decided handoffs whose import carried status and respondedAt (on time / late could be judged). */
  'responseAssessed',
  /** Handoffs whose import carried at least one required field. */
  'checklistAssessed',
  /** Rejected handoffs whose import carried AE feedback. */
  'feedbackAssessed',
] as const
export type TeamWeekCount = (typeof TEAM_WEEK_COUNTS)[number]

/** The counts a file may be unable to support, as `report`'s `unknown` names them. */
export const UNKNOWABLE_KEYS = [
  // Every weekly key of the report but the bookings themselves, then the feedback counts.
  ...WEEK_KEYS.filter((k): k is Exclude<WeekKey, 'booked'> => k !== 'booked'),
  'vagueFeedback',
  'noFeedback',
] as const
export type UnknowableKey = (typeof UNKNOWABLE_KEYS)[number]

export type TeamWeek = { week: string; unknown: UnknowableKey[] } & Record<TeamWeekCount, number>

export const emptyTeamWeek = (week: string): TeamWeek => ({
  week,
  ...(Object.fromEntries(TEAM_WEEK_COUNTS.map((k) => [k, 0])) as Record<TeamWeekCount, number>),
  unknown: [],
})

export interface TeamWeekOptions {
  /** What every handoff's import carried (one file's rows share it); absent = each handoff's own. */
  carried?: number
  /** A handoff's rubric total (0–5) by id; absent or null = not scored. */
  rubricOf?: (id: string) => number | null
}

const STATUS = carriedBit('status')
const RESPONDED = carriedBit('respondedAt')
const FEEDBACK = carriedBit('aeFeedback')

/**
 * The team weeks of these handoffs, weeks ascending, only weeks with bookings. `asOf` decides
 * which pending handoffs are past their deadline, as in `report`.
 */
export function teamWeeks(
  handoffs: Iterable<CarryingHandoff & { id?: string }>,
  settings: Settings,
  asOf: number,
  options: TeamWeekOptions = {},
): TeamWeek[] {
  const weekOfBooking = bookingWeekLookup(settings.timeZone)
  const calendar = slaCalendar(settings)
  const placeholders = preparePlaceholders(settings.placeholders)
  const required = settings.requiredFields.slice(0, MASKED_FIELDS)
  const requiredBits = required.reduce((mask, f) => mask | carriedBit(f), 0)
  const sla: SlaResult = { deadline: 0, state: 'unknown', responseHours: null }
  const byWeek = new Map<string, TeamWeek>()
  // What any handoff of the week carried, for the week's `unknown`.
  const carriedInWeek = new Map<TeamWeek, number>()
  for (const h of handoffs) {
    const week = weekOfBooking(h.bookedAt)
    let w = byWeek.get(week)
    if (!w) {
      w = emptyTeamWeek(week)
      byWeek.set(week, w)
    }
    const carried = options.carried ?? carriedOf(h)
    carriedInWeek.set(w, (carriedInWeek.get(w) ?? 0) | carried)
    w.booked++
    if (h.status === 'accepted') w.accepted++
    else if (h.status === 'rejected') w.rejected++
    else w.pending++
    const hasStatus = (carried & STATUS) !== 0
    if (hasStatus) {
      w.statusAssessed++
      slaInto(h, calendar, asOf, sla)
      if (sla.state === 'open_overdue') w.openOverdue++
      if (h.status !== 'pending' && (carried & RESPONDED) !== 0) {
        w.responseAssessed++
        if (sla.state === 'on_time') w.onTime++
        else if (sla.state === 'late') w.late++
      }
    }
    if ((carried & requiredBits) !== 0) {
      w.checklistAssessed++
      if (missingMask(options.carried === undefined ? h : { ...h, carried }, required, placeholders) !== 0)
        w.incomplete++
    }
    if (h.status === 'rejected' && (carried & FEEDBACK) !== 0) {
      w.feedbackAssessed++
      const verdict = feedbackVerdict(h.aeFeedback)
      if (verdict === 'vague') w.vagueFeedback++
      else if (verdict === 'none') w.noFeedback++
    }
    const rubric = options.rubricOf && h.id !== undefined ? options.rubricOf(h.id) : null
    if (rubric !== null && Number.isFinite(rubric)) {
      w.rubricSum += rubric
      w.rubricCount++
    }
  }
  const weeks = [...byWeek.values()].sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0))
  for (const w of weeks) w.unknown = unknownOf(carriedInWeek.get(w)!, requiredBits)
  return weeks
}

/**
 * The counts a week cannot support, from what any of its handoffs carried: a week of one export
 * is all or nothing; a week of several imports is known when any of them could tell.
 */
function unknownOf(carried: number, requiredBits: number): UnknowableKey[] {
  const has = (bits: number) => (carried & bits) === bits
  const unknown: UnknowableKey[] = []
  if (!has(STATUS)) unknown.push('accepted', 'rejected', 'pending')
  if (!has(STATUS | RESPONDED)) unknown.push('onTime', 'late')
  if (!has(STATUS)) unknown.push('openOverdue')
  if ((carried & requiredBits) === 0) unknown.push('incomplete')
  if (!has(STATUS | FEEDBACK)) unknown.push('vagueFeedback', 'noFeedback')
  return unknown
}
