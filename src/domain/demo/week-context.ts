/** What every demo handoff of one week shares: the random stream, the clock and the week. */
import type { LocalClock } from './local-clock'
import type { Rng } from './prng'
import type { Company } from './prospects'

export interface WeekContext {
  rng: Rng
  clock: LocalClock
  monday: string
  isCurrentQuarter: boolean
  weeksAgo: number
  asOfMs: number
  /** Companies booked so far: duplicates are drawn from them, new names avoid them. */
  seen: Company[]
  names: Set<string>
}
