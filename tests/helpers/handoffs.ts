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

/** A handoff package with every default required field filled with a specific fact. */
export const COMPLETE_PACKAGE = {
  crmNotes: 'Spoke with Dana, VP Ops',
  discoverySummary: '"We lose two days a month"',
  icpFit: '180 employees, logistics',
  triggerEvent: 'New CFO',
  techStack: 'NetSuite',
  budgetSignal: 'Budget approved',
} satisfies Partial<Handoff>
