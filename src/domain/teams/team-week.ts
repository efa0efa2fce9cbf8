/**
 * A team's week as its team file carries it: the counts Trends adds up, and beside them how many
 * handoffs each count could be judged on (docs/product.md, "What the data can show"). A leader adds
 * weeks and teams together, so everything here is a count that sums; rates are worked out only
 * after summing (rollup.ts), over the assessed bases, never averaged.
 *
 * The counts are the report's own weekly tally (metrics/week-counts.ts, `tallyWeeks`), so a team's
 * numbers equal the report's for the same export; the carried mask decides what was assessed:
 * - status is assessed when the import carried a status column; without it the file holds
 *   bookings, not decisions: accepted, rejected, pending and every SLA count are unknown;
 * - on time / late need status and respondedAt carried; open overdue needs status;
 * - incomplete needs at least one carried required field;
 * - vague / no feedback need aeFeedback carried, and count rejected handoffs only.
 */
import { carriedBit, type CarryingHandoff } from '../carried'
import type { Settings } from '../settings'
import { feedbackVerdict } from '../rules/feedback'
import { WEEK_KEYS, type WeekKey } from '../metrics/metrics'
import { tallyWeeks, unknownWeekKeysOf } from '../metrics/week-counts'

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

const FEEDBACK = carriedBit('aeFeedback')
const STATUS_AND_FEEDBACK = carriedBit('status') | FEEDBACK

/**
 * The team weeks of these handoffs, weeks ascending, only weeks with bookings: the report's weekly
 * tally (`tallyWeeks`), with feedback and rubric counted beside it. `asOf` decides which pending
 * handoffs are past their deadline, as in `report`.
 */
export function teamWeeks(
  handoffs: Iterable<CarryingHandoff & { id?: string }>,
  settings: Settings,
  asOf: number,
  options: TeamWeekOptions = {},
): TeamWeek[] {
  const { rubricOf } = options
  const tallied = tallyWeeks(handoffs, settings, asOf, emptyTeamWeek, {
    carried: options.carried,
    also: (w, h, carried) => {
      if (h.status === 'rejected' && (carried & FEEDBACK) !== 0) {
        w.feedbackAssessed++
        const verdict = feedbackVerdict(h.aeFeedback)
        if (verdict === 'vague') w.vagueFeedback++
        else if (verdict === 'none') w.noFeedback++
      }
      const rubric = rubricOf && h.id !== undefined ? rubricOf(h.id) : null
      if (rubric !== null && Number.isFinite(rubric)) {
        w.rubricSum += rubric
        w.rubricCount++
      }
    },
  })
  return tallied.map(({ counts, carried }) => {
    // The report's unknown keys, then feedback's: it is judged on rejected handoffs that carried it.
    const unknown: UnknowableKey[] = unknownWeekKeysOf(carried, settings)
    if ((carried & STATUS_AND_FEEDBACK) !== STATUS_AND_FEEDBACK) unknown.push('vagueFeedback', 'noFeedback')
    counts.unknown = unknown
    return counts
  })
}
