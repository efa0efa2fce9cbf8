import { describe, expect, it } from 'vitest'
import { changeVerdict, formatComparisonValue, formatDelta, quarterComparison } from '@/domain/trends/comparison'
import { tallyOf } from '@/domain/trends/tally'
import { DEFAULT_RESPONSE_TIME as DAYS } from '@/domain/settings'
import { aFact } from './helpers'

describe('quarterComparison', () => {
  it('puts this quarter beside the last with the change in each key rate', () => {
    const now = tallyOf([
      aFact({ status: 'accepted' }),
      aFact({ status: 'accepted' }),
      aFact({ status: 'rejected' }),
      aFact({ status: 'accepted' }),
    ])
    const before = tallyOf([aFact({ status: 'accepted' }), aFact({ status: 'rejected' })])
    const rows = quarterComparison(now, before)
    expect(rows.find((r) => r.key === 'booked')).toMatchObject({ current: 4, previous: 2, delta: 2 })
    const acceptance = rows.find((r) => r.key === 'acceptanceRate')!
    expect(acceptance).toMatchObject({ current: 0.75, previous: 0.5, isHigherBetter: true })
    expect(acceptance.delta).toBeCloseTo(0.25)
  })

  it('has no change when the last quarter has no value', () => {
    const rows = quarterComparison(tallyOf([aFact()]), tallyOf([]))
    expect(rows.find((r) => r.key === 'acceptanceRate')!.delta).toBeNull()
  })
})

describe('comparison formats', () => {
  it('writes rates as percentages and changes as signed points', () => {
    expect(formatComparisonValue(0.8123, 'percent', DAYS)).toBe('81.2%')
    expect(formatComparisonValue(0.52, 'percent', DAYS)).toBe('52.0%')
    expect(formatComparisonValue(null, 'percent', DAYS)).toBe('—')
    expect(formatDelta(0.042, 'percent', DAYS)).toBe('+4.2 pts')
    expect(formatDelta(-12, 'count', DAYS)).toBe('−12')
    expect(formatDelta(0, 'score', DAYS)).toBe('±0.0')
  })

  it('writes response times and their change in the unit of the settings', () => {
    const hours = { ...DAYS, unit: 'working_hours' } as const
    expect(formatComparisonValue(36, 'hours', DAYS)).toBe('1.5 business days')
    expect(formatDelta(36, 'hours', DAYS)).toBe('+1.5 business days')
    expect(formatComparisonValue(6.5, 'hours', hours)).toBe('6.5 working hours (09:00–17:00)')
    expect(formatDelta(-2, 'hours', hours)).toBe('−2.0 working hours')
  })
})

describe('changeVerdict', () => {
  const rate = {
    key: 'acceptanceRate',
    label: 'Acceptance rate',
    unit: 'percent',
    current: 0.6,
    previous: 0.5,
    currentNote: null,
    previousNote: null,
    currentBase: 40,
    previousBase: 40,
  } as const
  it('calls a change better or worse by the measure’s direction', () => {
    expect(changeVerdict({ ...rate, delta: 0.1, isHigherBetter: true }, DAYS)).toBe('better')
    expect(changeVerdict({ ...rate, delta: 0.1, isHigherBetter: false }, DAYS)).toBe('worse')
  })

  it('calls neither a change that rounds to nothing on screen, or a measure without a direction', () => {
    expect(changeVerdict({ ...rate, delta: 0.0004, isHigherBetter: true }, DAYS)).toBeNull()
    expect(changeVerdict({ ...rate, delta: 0.1, isHigherBetter: null }, DAYS)).toBeNull()
  })
})
