import { describe, expect, it } from 'vitest'
import { comparedQuarters, rangeLabel, rangeProblem, rangeWeeks } from '@/domain/trends/range'

describe('rangeWeeks', () => {
  it('gives the last 13 weeks ending with the current week', () => {
    const weeks = rangeWeeks({ kind: 'last13' }, '2026-W02', 1)
    expect(weeks).toHaveLength(13)
    expect(weeks[0]).toBe('2025-W42')
    expect(weeks[12]).toBe('2026-W02')
  })

  it('gives the weeks of this calendar quarter whatever the fiscal year', () => {
    const weeks = rangeWeeks({ kind: 'calendarQuarter' }, '2026-W47', 2)
    expect(weeks[0]).toBe('2026-W40')
    expect(weeks[weeks.length - 1]).toBe('2026-W53')
  })

  it('gives the weeks of a fiscal quarter for a February fiscal year', () => {
    // FY2027 Q4 with a February start is Nov 2026 – Jan 2027.
    const weeks = rangeWeeks({ kind: 'fiscalQuarter', quarter: 'FY2027-Q4' }, '2026-W47', 2)
    expect(weeks[0]).toBe('2026-W45')
    expect(weeks[weeks.length - 1]).toBe('2027-W04')
  })

  it('gives a custom span, empty when it is backwards, cut to two years when longer', () => {
    expect(rangeWeeks({ kind: 'custom', from: '2026-W10', to: '2026-W12' }, '2026-W47', 1)).toEqual([
      '2026-W10',
      '2026-W11',
      '2026-W12',
    ])
    expect(rangeWeeks({ kind: 'custom', from: '2026-W12', to: '2026-W10' }, '2026-W47', 1)).toEqual([])
    const long = rangeWeeks({ kind: 'custom', from: '2020-W01', to: '2026-W47' }, '2026-W47', 1)
    expect(long).toHaveLength(104)
    expect(long[103]).toBe('2026-W47')
  })

  it('explains a custom span that cannot be shown', () => {
    expect(rangeProblem({ kind: 'custom', from: '', to: '2026-W10' })).toBe('Choose both a first and a last week.')
    expect(rangeProblem({ kind: 'custom', from: '2026-W12', to: '2026-W10' })).toBe(
      'The first week must not be after the last week.',
    )
    expect(rangeProblem({ kind: 'last13' })).toBeNull()
  })
})

describe('range labels and quarters', () => {
  it('names the range with its first and last week', () => {
    const weeks = rangeWeeks({ kind: 'last13' }, '2026-W47', 1)
    expect(rangeLabel({ kind: 'last13' }, weeks, 1)).toBe('Last 13 weeks (2026-W35 – 2026-W47)')
    expect(rangeLabel({ kind: 'fiscalQuarter', quarter: 'FY2026-Q4' }, ['2026-W40'], 1)).toBe(
      'Q4 FY2026 (Oct–Dec) (2026-W40 – 2026-W40)',
    )
  })

  it("compares the quarter of the range's last week with the one before, or the chosen fiscal quarter", () => {
    expect(comparedQuarters({ kind: 'last13' }, ['2026-W35', '2026-W47'], '2026-W47', 1)).toEqual({
      current: 'FY2026-Q4',
      previous: 'FY2026-Q3',
    })
    expect(comparedQuarters({ kind: 'fiscalQuarter', quarter: 'FY2026-Q1' }, [], '2026-W47', 1)).toEqual({
      current: 'FY2026-Q1',
      previous: 'FY2025-Q4',
    })
  })
})
