import { emptyHandoff, type Handoff } from '@/domain/handoff'

let counter = 0
/** A valid handoff with only what a test cares about spelled out. */
export function aHandoff(over: Partial<Handoff> = {}): Handoff {
  counter++
  return {
    ...emptyHandoff({ externalId: `H-${counter}`, sdr: 'Ana Silva', bookedAt: '2026-11-17T10:00:00.000Z' }),
    ...over,
  }
}
