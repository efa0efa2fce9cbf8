import { describe, expect, it } from 'vitest'
import { weeksOfQuarter } from '@/domain/calendar/quarters'
import { comparisonCaption, quarterColumns } from '@/domain/trends/quarter-columns'

describe('quarterColumns', () => {
  it('names a quarter the range covers only in part by the weeks it really holds', () => {
    const [column] = quarterColumns(['FY2026-Q3'], ['2026-W37', '2026-W38', '2026-W39'], 1)
    expect(column).toEqual({
      key: 'FY2026-Q3',
      label: '2026-W37–W39 · 3 of 13 weeks of Q3 FY2026',
      weeks: 3,
      ofWeeks: 13,
    })
  })

  it('names a quarter the range covers whole by the quarter', () => {
    const [column] = quarterColumns(['FY2026-Q3'], weeksOfQuarter('FY2026-Q3', 1), 1)
    expect(column!.label).toBe('Q3 FY2026 (Jul–Sep)')
  })
})

describe('comparisonCaption', () => {
  it('says "so far" and the week reached only while the quarter runs, and that this week is not over', () => {
    expect(comparisonCaption('FY2026-Q4', 'FY2026-Q3', '2026-W49', 1)).toBe(
      'Q4 FY2026 (Oct–Dec) so far (week 10 of 14) against Q3 FY2026 (Jul–Sep). ' +
        'This week (2026-W49) is not over: its numbers will still change.',
    )
  })

  it('does not warn about an unfinished week when the compared quarter is over', () => {
    expect(comparisonCaption('FY2026-Q3', 'FY2026-Q2', '2026-W49', 1)).toBe(
      'Q3 FY2026 (Jul–Sep) against Q2 FY2026 (Apr–Jun).',
    )
  })

  it('names a finished quarter plainly', () => {
    expect(comparisonCaption('FY2022-Q2', 'FY2022-Q1', '2026-W49', 1)).toBe(
      'Q2 FY2022 (Apr–Jun) against Q1 FY2022 (Jan–Mar).',
    )
  })
})
