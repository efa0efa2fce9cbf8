import { describe, expect, it } from 'vitest'
import { computeMetrics } from '@/domain/metrics/metrics'
import { handoffFacts } from '@/domain/trends/facts'
import fc from 'fast-check'
import { mergeTallies, ratesOf, talliesByWeek, tallyOf, weeklyTallies } from '@/domain/trends/tally'
import { REJECTION_REASONS } from '@/domain/handoff'
import { aFact, settings, weeked } from './helpers'

const asOf = Date.parse('2026-12-01T00:00:00.000Z')

describe('facts and tallies', () => {
  const handoffs = [
    weeked({ status: 'accepted', respondedAt: '2026-11-17T12:00:00.000Z' }),
    weeked({ status: 'accepted', respondedAt: '2026-11-19T12:00:00.000Z' }),
    weeked({
      status: 'rejected',
      rejectionReason: 'too_small',
      aeFeedback: 'not qualified',
      respondedAt: '2026-11-17T11:00:00.000Z',
    }),
    weeked({
      status: 'rejected',
      rejectionReason: null,
      aeFeedback: 'Under 20 employees, our minimum is 50',
      respondedAt: null,
    }),
    weeked({ status: 'pending', techStack: 'tbd' }),
    weeked({ status: 'pending', crmNotes: '', bookedAt: '2026-11-30T10:00:00.000Z', week: '2026-W49' }),
  ]

  it('counts the same numbers as computeMetrics for the same handoffs', () => {
    const t = tallyOf(handoffFacts(handoffs, { settings, asOf }).facts)
    const m = computeMetrics(handoffs, { settings, asOf })
    expect(t).toMatchObject({
      booked: m.booked,
      accepted: m.accepted,
      rejected: m.rejected,
      pending: m.pending,
      onTime: m.sla.onTime,
      late: m.sla.late,
      openOverdue: m.sla.openOverdue,
      incomplete: m.incomplete,
      vague: m.vagueFeedback,
      noReason: m.rejectedWithoutReason,
      reasons: m.reasonMix,
    })
    expect(ratesOf(t).medianResponseHours).toBe(m.medianResponseHours)
    expect(ratesOf(t).acceptanceRate).toEqual(m.acceptance)
    expect(ratesOf(t).onTimeRate).toEqual(m.onTime)
    expect(ratesOf(t).incompleteRate).toEqual(m.incompleteRate)
    expect(t.noFeedback).toBe(m.noFeedback)
  })

  it('counts an open overdue handoff as a miss in the on-time rate and leaves unknown and open-within out', () => {
    const t = tallyOf([
      aFact({ sla: 'on_time' }),
      aFact({ sla: 'late' }),
      aFact({ sla: 'open_overdue', status: 'pending' }),
      aFact({ sla: 'open_within', status: 'pending' }),
      aFact({ sla: 'unknown' }),
    ])
    expect(ratesOf(t).onTimeRate).toMatchObject({ kind: 'rate', count: 1, base: 3 })
  })

  it('gives no rates ("—", never "not in this export") for an empty set', () => {
    expect(ratesOf(tallyOf([]))).toEqual({
      acceptanceRate: { kind: 'empty' },
      onTimeRate: { kind: 'empty' },
      incompleteRate: { kind: 'empty' },
      vagueFeedbackRate: { kind: 'empty' },
      rubricAverage: { kind: 'too_few', count: 0 },
      medianResponseHours: null,
    })
  })

  it('averages rubric totals over scored handoffs only', () => {
    const criteria = {
      icp_signal: true,
      prospect_words: true,
      trigger_timing: true,
      stack_budget: true,
      complete: true,
    }
    const t = tallyOf([
      aFact({ rubric: { total: 5, criteria } }),
      aFact({ rubric: { total: 2, criteria } }),
      aFact({ rubric: { total: 2, criteria } }),
      aFact(),
    ])
    expect(ratesOf(t).rubricAverage).toEqual({ kind: 'average', value: 3, count: 3 })
    // Two scores are too few to say (docs/product.md: an average needs at least 3).
    expect(
      ratesOf(tallyOf([aFact({ rubric: { total: 5, criteria } }), aFact({ rubric: { total: 2, criteria } })]))
        .rubricAverage,
    ).toEqual({ kind: 'too_few', count: 2 })
  })

  it('tallies per week in the order of the weeks and skips facts outside them', () => {
    const tallies = weeklyTallies(
      [
        aFact({ week: '2026-W46' }),
        aFact({ week: '2026-W47' }),
        aFact({ week: '2026-W47' }),
        aFact({ week: '2026-W40' }),
      ],
      ['2026-W46', '2026-W47', '2026-W48'],
    )
    expect(tallies.map((t) => t.booked)).toEqual([1, 2, 0])
  })

  it('sets one bit per missing required field, in the order of the checklist', () => {
    const { facts, requiredFields } = handoffFacts([weeked({ crmNotes: 'n/a', budgetSignal: ' ' })], { settings, asOf })
    expect(requiredFields[0]).toBe('crmNotes')
    expect(facts[0]!.missingMask).toBe((1 << 0) | (1 << requiredFields.indexOf('budgetSignal')))
  })
})

describe('talliesByWeek and mergeTallies', () => {
  const fact = fc.record({
    week: fc.constantFrom('2026-W45', '2026-W46', '2026-W47'),
    status: fc.constantFrom('accepted' as const, 'rejected' as const, 'pending' as const),
    reason: fc.option(fc.constantFrom(...REJECTION_REASONS)),
    sla: fc.constantFrom(
      'on_time' as const,
      'late' as const,
      'open_overdue' as const,
      'open_within' as const,
      'unknown' as const,
    ),
    responseHours: fc.option(fc.integer({ min: 0, max: 80 })),
    missingMask: fc.integer({ min: 0, max: 7 }),
    isVague: fc.boolean(),
  })

  it('adds weeks up to exactly the tally of all their facts', () => {
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 60 }), (overrides) => {
        const facts = overrides.map((o) => aFact(o))
        const merged = mergeTallies([...talliesByWeek(facts).values()])
        const whole = tallyOf(facts)
        expect({ ...merged, responseHours: [...merged.responseHours].sort() }).toEqual({
          ...whole,
          responseHours: [...whole.responseHours].sort(),
        })
      }),
    )
  })

  it('tallies each week as weeklyTallies does', () => {
    const facts = [
      aFact({ week: '2026-W46' }),
      aFact({ week: '2026-W47', status: 'rejected' }),
      aFact({ week: '2026-W47' }),
    ]
    const byWeek = talliesByWeek(facts)
    expect([...byWeek.keys()].sort()).toEqual(['2026-W46', '2026-W47'])
    expect(weeklyTallies(facts, ['2026-W46', '2026-W47'])).toEqual([byWeek.get('2026-W46'), byWeek.get('2026-W47')])
  })

  it('merges nothing into an empty tally', () => {
    expect(mergeTallies([])).toEqual(tallyOf([]))
  })
})
