/**
 * Per-week cohort counts: the `weeks` array of the `report` command (docs/product.md, "report
 * command"), and the one weekly tally the team file builds on (teams/team-week.ts), so a team's
 * week is the report's week by construction. A handoff counts in the ISO week of its bookedAt in
 * the team time zone.
 */
import { carriedBit, carriedOf, type CarryingHandoff } from '../carried'
import { type Settings } from '../settings'
import { isChecklistAssessed, isIncomplete } from '../rules/checklist'
import { carriesDecision, carriesDecisionTime, slaStateOf } from '../rules/sla'
import { bookingWeekLookup } from './booking-week'
import { unknownWeekKeys, WEEK_KEYS, type WeekKey } from './metrics'

export interface WeekCounts extends Record<WeekKey, number> {
  week: string
  /**
   * The keys above this week's handoffs cannot support (docs/product.md, "What the data can show"):
   * their numbers stay numbers (0, or every row pending) and must be read as "not in this export".
   */
  unknown: WeekKey[]
}

/** A week as every weekly tally counts it: the report's keys and the bases they were judged on. */
export interface WeekTally extends Record<WeekKey, number> {
  week: string
  /** Handoffs whose import carried a status column. */
  statusAssessed: number
  /** Decided handoffs whose import carried status and respondedAt (on time / late could be judged). */
  responseAssessed: number
  /** Handoffs whose import carried at least one required field. */
  checklistAssessed: number
}

/** One tallied week with every field some handoff of it carried (the union of their masks). */
export interface TalliedWeek<W extends WeekTally> {
  counts: W
  carried: number
}

export interface TallyOptions<H, W> {
  /** What every handoff's import carried (one file's rows share it); absent = each handoff's own. */
  carried?: number
  /** Counts a caller keeps beside the report's (the team file's feedback and rubric). */
  also?: (week: W, h: H, carried: number) => void
}

/**
 * The weekly tally: counts per booking week, weeks ascending, only weeks with bookings. `asOf`
 * decides which pending handoffs are past their deadline. `emptyWeek` makes the caller's record
 * (the report's, or the team file's with more counts), which `options.also` fills further.
 */
export function tallyWeeks<H extends CarryingHandoff, W extends WeekTally>(
  handoffs: Iterable<H>,
  settings: Settings,
  asOf: number,
  emptyWeek: (week: string) => W,
  options: TallyOptions<H, W> = {},
): TalliedWeek<W>[] {
  const weekOfBooking = bookingWeekLookup(settings.timeZone)
  // Every required field's bit: a handoff carrying none of them has no checklist to assess.
  const requiredBits = settings.requiredFields.reduce((mask, f) => mask | carriedBit(f), 0)
  const byWeek = new Map<string, TalliedWeek<W>>()
  for (const h of handoffs) {
    const week = weekOfBooking(h.bookedAt)
    let t = byWeek.get(week)
    if (!t) {
      t = { counts: emptyWeek(week), carried: 0 }
      byWeek.set(week, t)
    }
    const c = t.counts
    // The file's mask is passed, not spread into a copy of each row: 100k copies showed in the peak.
    const mask = options.carried ?? carriedOf(h)
    t.carried |= mask
    c.booked++
    if (h.status === 'accepted') c.accepted++
    else if (h.status === 'rejected') c.rejected++
    else c.pending++
    const state = slaStateOf(h, settings, asOf, mask)
    if (state === 'on_time') c.onTime++
    else if (state === 'late') c.late++
    else if (state === 'open_overdue') c.openOverdue++
    if (carriesDecision(mask)) c.statusAssessed++
    if (h.status !== 'pending' && carriesDecisionTime(mask)) c.responseAssessed++
    if ((mask & requiredBits) !== 0) {
      c.checklistAssessed++
      if (isIncomplete(h, settings, mask)) c.incomplete++
    }
    options.also?.(c, h, mask)
  }
  return [...byWeek.values()].sort((a, b) =>
    a.counts.week < b.counts.week ? -1 : a.counts.week > b.counts.week ? 1 : 0,
  )
}

/**
 * The report's keys a week cannot support, from what any of its handoffs carried (WEEK_KEYS order):
 * a week of one export is all or nothing; a week of several imports is known when any could tell.
 */
export function unknownWeekKeysOf(
  carried: number,
  settings: Pick<Settings, 'requiredFields'>,
): Exclude<WeekKey, 'booked'>[] {
  const unknown = unknownWeekKeys({
    decisions: carriesDecision(carried) ? 1 : 0,
    timed: carriesDecisionTime(carried) ? 1 : 0,
    checklist: isChecklistAssessed(carried, settings.requiredFields) ? 1 : 0,
  })
  return unknown.filter((k): k is Exclude<WeekKey, 'booked'> => k !== 'booked')
}

const emptyWeek = (week: string): WeekTally => ({
  week,
  ...(Object.fromEntries(WEEK_KEYS.map((k) => [k, 0])) as Record<WeekKey, number>),
  statusAssessed: 0,
  responseAssessed: 0,
  checklistAssessed: 0,
})

/**
 * Counts per booking week, weeks ascending, only weeks with at least one booking. `carried`, when
 * given, is what every handoff's import carried (one file's rows share it), instead of their own.
 */
export function weeklyCounts(
  handoffs: readonly CarryingHandoff[],
  settings: Settings,
  asOf: number,
  carried?: number,
): WeekCounts[] {
  return tallyWeeks(handoffs, settings, asOf, emptyWeek, { carried }).map(
    ({ counts: { statusAssessed: _s, responseAssessed: _r, checklistAssessed: _c, ...counts }, carried }) => ({
      ...counts,
      unknown: unknownWeekKeysOf(carried, settings),
    }),
  )
}
