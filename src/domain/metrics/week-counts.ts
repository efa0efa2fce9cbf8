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
  const weekOfBooking = bookingWeekLookup(settings.timeZone)
  const byWeek = new Map<string, Tallied>()
  for (const h of handoffs) {
    const week = weekOfBooking(h.bookedAt)
    let c = byWeek.get(week)
    if (!c) {
      c = emptyWeek(week)
      byWeek.set(week, c)
    }
    c.booked++
    if (h.status === 'accepted') c.accepted++
    else if (h.status === 'rejected') c.rejected++
    else c.pending++
    // The file's mask is passed, not spread into a copy of each row: 100k copies showed in the peak.
    const mask = carried ?? carriedOf(h)
    const state = slaStateOf(h, settings, asOf, mask)
    if (state === 'on_time') c.onTime++
    else if (state === 'late') c.late++
    else if (state === 'open_overdue') c.openOverdue++
    if (carriesDecision(mask)) c.assessed.decisions++
    if (carriesDecisionTime(mask)) c.assessed.timed++
    if (isChecklistAssessed(mask, settings.requiredFields)) c.assessed.checklist++
    if (isIncomplete(h, settings, mask)) c.incomplete++
  }
  return [...byWeek.values()]
    .sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0))
    .map(({ assessed, ...counts }) => ({ ...counts, unknown: unknownWeekKeys(assessed) }))
}
