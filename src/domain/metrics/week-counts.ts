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
  const requiredBits = requiredBitsOf(settings)
  const byWeek = new Map<string, TalliedWeek<W>>()
  for (const h of handoffs) {
    const week = weekOfBooking(h.bookedAt)
    let t = byWeek.get(week)
    if (!t) {
      t = { counts: emptyWeek(week), carried: 0 }
      byWeek.set(week, t)
    }
    // The file's mask is passed, not spread into a copy of each row: 100k copies showed in the peak.
    const mask = options.carried ?? carriedOf(h)
    t.carried |= mask
    countInto(t.counts, contributionOf(h, settings, asOf, mask, requiredBits), 1)
    options.also?.(t.counts, h, mask)
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

const requiredBitsOf = (settings: Settings): number =>
  settings.requiredFields.reduce((mask, f) => mask | carriedBit(f), 0)

/** What one handoff adds to its week, a bit each, so a running tally can take it back (a ticket). */
const BOOKED = 1
const ACCEPTED = 2
const REJECTED = 4
const PENDING = 8
const ON_TIME = 16
const LATE = 32
const OPEN_OVERDUE = 64
const STATUS_ASSESSED = 128
const RESPONSE_ASSESSED = 256
const CHECKLIST_ASSESSED = 512
const INCOMPLETE = 1024
const TICKET = 2048

/** The bits one handoff adds to its booking week, read through the fields its import carried. */
function contributionOf(h: CarryingHandoff, settings: Settings, asOf: number, mask: number, requiredBits: number) {
  const state = slaStateOf(h, settings, asOf, mask)
  const checklist = (mask & requiredBits) !== 0
  return (
    BOOKED |
    (h.status === 'accepted' ? ACCEPTED : h.status === 'rejected' ? REJECTED : PENDING) |
    (state === 'on_time' ? ON_TIME : state === 'late' ? LATE : state === 'open_overdue' ? OPEN_OVERDUE : 0) |
    (carriesDecision(mask) ? STATUS_ASSESSED : 0) |
    (h.status !== 'pending' && carriesDecisionTime(mask) ? RESPONSE_ASSESSED : 0) |
    (checklist ? CHECKLIST_ASSESSED : 0) |
    (checklist && isIncomplete(h, settings, mask) ? INCOMPLETE : 0)
  )
}

/** Adds (`by` 1) or takes back (`by` -1) one handoff's contribution to its week. */
function countInto(c: WeekTally, bits: number, by: 1 | -1): void {
  if (bits & BOOKED) c.booked += by
  if (bits & ACCEPTED) c.accepted += by
  if (bits & REJECTED) c.rejected += by
  if (bits & PENDING) c.pending += by
  if (bits & ON_TIME) c.onTime += by
  if (bits & LATE) c.late += by
  if (bits & OPEN_OVERDUE) c.openOverdue += by
  if (bits & STATUS_ASSESSED) c.statusAssessed += by
  if (bits & RESPONSE_ASSESSED) c.responseAssessed += by
  if (bits & CHECKLIST_ASSESSED) c.checklistAssessed += by
  if (bits & INCOMPLETE) c.incomplete += by
}

/** A report week without the bases it was judged on, with the keys its export could not show. */
function reportWeek(
  { statusAssessed: _s, responseAssessed: _r, checklistAssessed: _c, ...counts }: WeekTally,
  carried: number,
  settings: Settings,
): WeekCounts {
  return { ...counts, unknown: unknownWeekKeysOf(carried, settings) }
}

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
  return tallyWeeks(handoffs, settings, asOf, emptyWeek, { carried }).map((t) =>
    reportWeek(t.counts, t.carried, settings),
  )
}

/**
 * The same weekly tally built one handoff at a time, any of which can be taken back: the CLI's
 * report counts rows as it reads them (a later row with the same CRM id takes an earlier one back)
 * and keeps a ticket number per row instead of the row. `carried` is what the file carried.
 */
export class RunningWeekTally {
  private readonly weekOf: (bookedAt: CarryingHandoff['bookedAt']) => string
  private readonly requiredBits: number
  private readonly byWeek = new Map<string, number>()
  private readonly weeks: WeekTally[] = []

  constructor(
    private readonly settings: Settings,
    private readonly asOf: number,
    private readonly carried: number,
  ) {
    this.weekOf = bookingWeekLookup(settings.timeZone)
    this.requiredBits = requiredBitsOf(settings)
  }

  /** Counts a handoff in its booking week; the ticket returned takes it back (`remove`). */
  add(h: CarryingHandoff): number {
    const week = this.weekOf(h.bookedAt)
    let at = this.byWeek.get(week)
    if (at === undefined) {
      at = this.weeks.push(emptyWeek(week)) - 1
      this.byWeek.set(week, at)
    }
    const bits = contributionOf(h, this.settings, this.asOf, this.carried, this.requiredBits)
    countInto(this.weeks[at]!, bits, 1)
    return at * TICKET + bits
  }

  /** Takes back the handoff `add` gave this ticket for. */
  remove(ticket: number): void {
    countInto(this.weeks[Math.floor(ticket / TICKET)]!, ticket % TICKET, -1)
  }

  /** Counts per booking week, weeks ascending, only weeks with at least one booking left. */
  counts(): WeekCounts[] {
    return this.weeks
      .filter((c) => c.booked > 0)
      .sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0))
      .map((c) => reportWeek(c, this.carried, this.settings))
  }
}
