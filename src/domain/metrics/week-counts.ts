/**
 * Per-week cohort counts: the `weeks` array of the `report` command (PRODUCT.md, "report
 * command"). A handoff counts in the ISO week of its bookedAt in the team time zone.
 */
import { carriedOf, type CarryingHandoff } from '../carried'
import { type Settings } from '../settings'
import { isIncomplete } from '../rules/checklist'
import { slaStateOf } from '../rules/sla'
import { bookingWeekLookup } from './booking-week'

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
}

const emptyWeek = (week: string): WeekCounts => ({
  week,
  booked: 0,
  accepted: 0,
  rejected: 0,
  pending: 0,
  onTime: 0,
  late: 0,
  openOverdue: 0,
  incomplete: 0,
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
  const byWeek = new Map<string, WeekCounts>()
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
    const state = slaStateOf(h, settings, asOf)
    if (state === 'on_time') c.onTime++
    else if (state === 'late') c.late++
    else if (state === 'open_overdue') c.openOverdue++
    if (isIncomplete(h, settings, carried ?? carriedOf(h))) c.incomplete++
  }
  return [...byWeek.values()].sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0))
}
