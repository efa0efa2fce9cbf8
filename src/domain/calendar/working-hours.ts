/**
 * Working time: the part of an interval that lies inside the working day (say 09:00–17:00 local)
 * of business days, for response times a manager reads as "6.5 working hours" (Settings → AE
 * response SLA). Business days as in business-days.ts; wall times through zoned.ts, so a DST
 * change day still has a working day of its wall-clock length when the change happens at night.
 */
import { businessDayCount, EXACT_SPAN_DAYS, isBusinessDayNumber } from './business-days'
import { localDayNumber, startOfLocalDayNumber, wallTimeToUtc } from './zoned'

const DAY_MS = 86_400_000
const MINUTE_MS = 60_000

/** The working day as minutes after local midnight: opens at `startMinute`, closes at `endMinute`. */
export interface WorkingDay {
  startMinute: number
  endMinute: number
}

/**
 * Milliseconds of working time in [startMs, endMs): on each local business day, the overlap with
 * that day's working hours. Zero when the interval is empty or reversed. A wall time skipped by a
 * spring-forward gap opens or closes the day just after the gap (`wallTimeToUtc`).
 */
export function workingMsBetween(
  startMs: number,
  endMs: number,
  timeZone: string,
  holidays: ReadonlySet<number>,
  workday: WorkingDay,
): number {
  if (!(endMs > startMs)) return 0
  const firstDay = localDayNumber(startMs, timeZone)
  const lastDay = localDayNumber(endMs, timeZone)
  const open = workday.startMinute * MINUTE_MS
  const close = workday.endMinute * MINUTE_MS
  // A span of centuries counts its whole days at once (EXACT_SPAN_DAYS, business-days.ts).
  if (lastDay - firstDay > EXACT_SPAN_DAYS) {
    return (
      workingMsBetween(startMs, startOfLocalDayNumber(firstDay + 1, timeZone), timeZone, holidays, workday) +
      businessDayCount(firstDay + 1, lastDay - 1, holidays) * Math.max(0, close - open) +
      workingMsBetween(startOfLocalDayNumber(lastDay, timeZone), endMs, timeZone, holidays, workday)
    )
  }
  let total = 0
  for (let d = firstDay; d <= lastDay; d++) {
    if (!isBusinessDayNumber(d, holidays)) continue
    const from = Math.max(startMs, wallTimeToUtc(d * DAY_MS + open, timeZone))
    const to = Math.min(endMs, wallTimeToUtc(d * DAY_MS + close, timeZone))
    if (to > from) total += to - from
  }
  return total
}
