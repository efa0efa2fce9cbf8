/** Who the huddle's start form offers as attendees. */
import type { Handoff } from '../handoff'
import { knownPeople } from './session'

type Named = Pick<Handoff, 'sdr' | 'ae'>

/**
 * The SDRs and AEs of the huddle's week and of the weeks before it: early on a Monday the current
 * week has no bookings yet, and the team is still the one seen in recent weeks.
 */
export function recentPeople(
  weekHandoffs: readonly Named[],
  priorWeeks: readonly (readonly Named[])[],
): { sdrs: string[]; aes: string[] } {
  return knownPeople([...weekHandoffs, ...priorWeeks.flat()])
}
