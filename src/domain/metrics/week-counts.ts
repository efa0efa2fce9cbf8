/**
 * Per-week cohort counts: the `weeks` array of the `report` command (docs/product.md, "report
 * command"). A handoff counts in the ISO week of its bookedAt in the team time zone.
 */
import { carriedOf, type CarryingHandoff } from '../carried'
import { type Settings } from '../settings'
import { isChecklistAssessed, isIncomplete } from '../rules/checklist'
import { carriesDecision, carriesDecisionTime, slaStateOf } from '../rules/sla'
import { bookingWeekLookup } from './booking-week'
import { unknownWeekKeys, type AssessedCounts, type WeekKey } from './metrics'

export interface WeekCounts {
  week: string
  booked: number
  accepted: number
  rejected: number
  pending: number
  onTime: number
  late: number
  openOverdue: number
  incomplete: number
  /**
   * The keys above this week's handoffs cannot support (docs/product.md, "What the data can show"):
   * their numbers stay numbers (0, or every row pending) and must be read as "not in this export".
   */
  unknown: WeekKey[]
}

type Tallied = Omit<WeekCounts, 'unknown'> & { assessed: Pick<AssessedCounts, 'decisions' | 'timed' | 'checklist'> }

const emptyWeek = (week: string): Tallied => ({
  week,
  booked: 0,
  accepted: 0,
  rejected: 0,
  pending: 0,
  onTime: 0,
  late: 0,
  openOverdue: 0,
  incomplete: 0,
  assessed: { decisions: 0, timed: 0, checklist: 0 },
})

/** What one handoff adds to its week, a bit each (a ticket holds them with the week's place). */
const BOOKED = 1
const ACCEPTED = 2
const REJECTED = 4
const PENDING = 8
const ON_TIME = 16
const LATE = 32
const OPEN_OVERDUE = 64
const DECISIONS = 128
const TIMED = 256
const CHECKLIST = 512
const INCOMPLETE = 1024
const TICKET = 2048

/**
 * Per-week counts built one handoff at a time, any of which can be taken back: the CLI's report
 * counts rows as it reads them (a later row with the same CRM id takes an earlier one back) and
 * keeps a number per row instead of the row.
 */
export class WeekTally {
  private readonly weekOf: (bookedAt: CarryingHandoff['bookedAt']) => string
  private readonly byWeek = new Map<string, number>()
  private readonly weeks: Tallied[] = []

  /** `carried`, when given, is what every handoff's import carried, instead of their own. */
  constructor(
    private readonly settings: Settings,
    private readonly asOf: number,
    private readonly carried?: number,
  ) {
    this.weekOf = bookingWeekLookup(settings.timeZone)
  }

  /** Counts a handoff in its booking week; the ticket returned takes it back (`remove`). */
  add(h: CarryingHandoff): number {
    const week = this.weekOf(h.bookedAt)
    let at = this.byWeek.get(week)
    if (at === undefined) {
      at = this.weeks.push(emptyWeek(week)) - 1
      this.byWeek.set(week, at)
    }
    // The file's mask is passed, not spread into a copy of each row: 100k copies showed in the peak.
    const mask = this.carried ?? carriedOf(h)
    const state = slaStateOf(h, this.settings, this.asOf, mask)
    const bits =
      BOOKED |
      (h.status === 'accepted' ? ACCEPTED : h.status === 'rejected' ? REJECTED : PENDING) |
      (state === 'on_time' ? ON_TIME : state === 'late' ? LATE : state === 'open_overdue' ? OPEN_OVERDUE : 0) |
      (carriesDecision(mask) ? DECISIONS : 0) |
      (carriesDecisionTime(mask) ? TIMED : 0) |
      (isChecklistAssessed(mask, this.settings.requiredFields) ? CHECKLIST : 0) |
      (isIncomplete(h, this.settings, mask) ? INCOMPLETE : 0)
    this.count(this.weeks[at]!, bits, 1)
    return at * TICKET + bits
  }

  /** Takes back the handoff `add` gave this ticket for. */
  remove(ticket: number): void {
    this.count(this.weeks[Math.floor(ticket / TICKET)]!, ticket % TICKET, -1)
  }

  /** Counts per booking week, weeks ascending, only weeks with at least one booking. */
  counts(): WeekCounts[] {
    return this.weeks
      .filter((c) => c.booked > 0)
      .sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0))
      .map(({ assessed, ...counts }) => ({ ...counts, unknown: unknownWeekKeys(assessed) }))
  }

  private count(c: Tallied, bits: number, by: 1 | -1): void {
    if (bits & BOOKED) c.booked += by
    if (bits & ACCEPTED) c.accepted += by
    if (bits & REJECTED) c.rejected += by
    if (bits & PENDING) c.pending += by
    if (bits & ON_TIME) c.onTime += by
    if (bits & LATE) c.late += by
    if (bits & OPEN_OVERDUE) c.openOverdue += by
    if (bits & DECISIONS) c.assessed.decisions += by
    if (bits & TIMED) c.assessed.timed += by
    if (bits & CHECKLIST) c.assessed.checklist += by
    if (bits & INCOMPLETE) c.incomplete += by
  }
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
  const tally = new WeekTally(settings, asOf, carried)
  for (const h of handoffs) tally.add(h)
  return tally.counts()
}
