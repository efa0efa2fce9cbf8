import { describe, expect, it } from 'vitest'
import { MIN_DECIDED_FOR_A_RATE, rejectionPredictors } from '@/domain/trends/predictors'
import { rubricResults } from '@/domain/trends/rubric-results'
import type { RubricScore } from '@/domain/rubric/scores'
import { aFact } from './helpers'

const quarterOf = (week: string) => (week < '2026-W40' ? 'FY2026-Q3' : 'FY2026-Q4')
const all = { icp_signal: true, prospect_words: true, trigger_timing: true, stack_budget: true, complete: true }

describe('rejectionPredictors', () => {
  const requiredFields = ['crmNotes', 'triggerEvent'] as const
  const facts = [
    // Q4: trigger present → 2 accepted; trigger missing (bit 1) → 1 accepted, 3 rejected.
    aFact({ week: '2026-W45', status: 'accepted' }),
    aFact({ week: '2026-W45', status: 'accepted' }),
    aFact({ week: '2026-W45', status: 'accepted', missingMask: 2 }),
    aFact({ week: '2026-W45', status: 'rejected', missingMask: 2 }),
    aFact({ week: '2026-W46', status: 'rejected', missingMask: 2 }),
    aFact({ week: '2026-W46', status: 'rejected', missingMask: 2 }),
    aFact({ week: '2026-W46', status: 'pending', missingMask: 3 }),
    // Q3: one rejected with a rubric fail on prospect words.
    aFact({ week: '2026-W30', status: 'rejected', rubric: { total: 4, criteria: { ...all, prospect_words: false } } }),
    aFact({ week: '2026-W31', status: 'accepted', rubric: { total: 5, criteria: all } }),
  ]
  const table = rejectionPredictors({ requiredFields: [...requiredFields], facts }, quarterOf, [
    'FY2026-Q3',
    'FY2026-Q4',
  ])

  it('gives no rate from fewer than five decided handoffs: too few to say', () => {
    const few = rejectionPredictors(
      { requiredFields: [...requiredFields], facts },
      quarterOf,
      ['FY2026-Q4'],
      MIN_DECIDED_FOR_A_RATE,
    )
    const trigger = few.rows.find((r) => r.id === 'triggerEvent')!.cells[0]!
    expect(MIN_DECIDED_FOR_A_RATE).toBe(5)
    expect(trigger.with).toEqual({ accepted: 2, rejected: 0, rate: null })
    expect(trigger.difference).toBeNull()
    const notes = few.rows.find((r) => r.id === 'crmNotes')!.cells[0]!
    expect(notes.with.rate).toBe(0.5)
  })

  it('has a row per checklist field and per rubric criterion, a cell per quarter', () => {
    expect(table.quarters).toEqual(['FY2026-Q3', 'FY2026-Q4'])
    expect(table.rows.map((r) => r.id)).toEqual([
      'crmNotes',
      'triggerEvent',
      'icp_signal',
      'prospect_words',
      'trigger_timing',
      'stack_budget',
      'complete',
    ])
    expect(table.rows[1]!.label).toBe('Trigger event')
  })

  it('compares the acceptance rate with and without a field, leaving pending handoffs out', () => {
    const trigger = table.rows[1]!.cells[1]!
    expect(trigger.with).toEqual({ accepted: 2, rejected: 0, rate: 1 })
    expect(trigger.without).toEqual({ accepted: 1, rejected: 3, rate: 0.25 })
    expect(trigger.difference).toBe(0.75)
  })

  it('has no difference when one side has nothing decided', () => {
    const notes = table.rows[0]!.cells[1]!
    expect(notes.without.rate).toBeNull()
    expect(notes.difference).toBeNull()
  })

  it('compares rubric criteria over scored handoffs only', () => {
    const words = table.rows.find((r) => r.id === 'prospect_words')!.cells[0]!
    expect(words.with).toEqual({ accepted: 1, rejected: 0, rate: 1 })
    expect(words.without).toEqual({ accepted: 0, rejected: 1, rate: 0 })
    expect(table.rows.find((r) => r.id === 'prospect_words')!.cells[1]!.with.rate).toBeNull()
  })
})

describe('rubricResults', () => {
  const score = (scorer: string, scoredAt: string, over: Partial<typeof all>): RubricScore => ({
    handoffId: 'h1',
    scorer,
    scoredAt,
    rubricVersion: 1,
    criteria: { ...all, ...over },
    comment: '',
  })

  it("averages the scorers' latest totals and passes a criterion on a strict majority", () => {
    const results = rubricResults([
      score('Ana', '2026-11-20T10:00:00.000Z', { complete: false, icp_signal: false }),
      score('Ana', '2026-11-21T10:00:00.000Z', { complete: false }),
      score('Bo', '2026-11-21T10:00:00.000Z', {}),
    ])
    const r = results.get('h1')!
    expect(r.total).toBe(4.5)
    expect(r.criteria.icp_signal).toBe(true)
    expect(r.criteria.complete).toBe(false)
  })
})
