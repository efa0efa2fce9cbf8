import { describe, expect, it } from 'vitest'
import { weeksOfQuarter } from '@/domain/calendar/quarters'
import { quarterColumns } from '@/domain/trends/quarter-columns'

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
