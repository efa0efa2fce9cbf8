import { isDateOnly, type DateValue, type Handoff } from '../handoff'
import { startOfLocalDay } from '../calendar/zoned'

const instant = (v: DateValue, tz: string): number => (isDateOnly(v) ? startOfLocalDay(v, tz) : Date.parse(v))

/**
 * Demo data as it would look at `now`: nothing booked in the future, no decision or meeting
 * outcome that has not happened yet. Keeps the generator free of the clock.
 */
export function asOfNow(handoffs: Handoff[], now: number, timeZone: string): Handoff[] {
  const out: Handoff[] = []
  for (const h of handoffs) {
    if (instant(h.bookedAt, timeZone) > now) continue
    let next = h
    if (h.respondedAt && instant(h.respondedAt, timeZone) > now) {
      next = {
        ...next,
        status: 'pending',
        respondedAt: null,
        rejectionReason: null,
        aeFeedback: '',
        outcome: null,
        pipelineAmount: null,
      }
    }
    if (next.meetingAt && instant(next.meetingAt, timeZone) > now && next.outcome) {
      next = { ...next, outcome: null, pipelineAmount: null }
    }
    out.push(next)
  }
  return out
}
