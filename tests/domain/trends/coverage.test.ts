import { describe, expect, it } from 'vitest'
import { weeksOfQuarter } from '@/domain/calendar/quarters'
import { weekRange } from '@/domain/calendar/weeks'
import {
  coverageNote,
  fiscalQuarterChoices,
  quarterCaption,
  rangeCaption,
  unfinishedWeekNote,
} from '@/domain/trends/coverage'

const q3 = weeksOfQuarter('FY2026-Q3', 1) // 2026-W27 … 2026-W39, 13 weeks

describe('coverageNote', () => {
  it('says how many weeks of a finished span had bookings', () => {
    expect(coverageNote(q3, new Set(['2026-W37', '2026-W38', '2026-W39']), '2026-W47')).toBe('3 of 13 weeks with data')
  })

  it('says nothing about a finished span with bookings in every week', () => {
    expect(coverageNote(q3, new Set(q3), '2026-W47')).toBeNull()
  })

  it('says "so far" and the week reached while the span is running', () => {
    expect(coverageNote(q3, new Set(q3), '2026-W30')).toBe('so far: week 4 of 13')
  })

  it('says a span in the future has not started', () => {
    expect(coverageNote(q3, new Set(), '2026-W20')).toBe('not started yet')
  })
})

describe('unfinishedWeekNote', () => {
  it('warns when the span holds the current week', () => {
    expect(unfinishedWeekNote(['2026-W47', '2026-W48'], '2026-W48')).toBe('this week (2026-W48) is not over')
  })

  it('is silent for a span of finished weeks', () => {
    expect(unfinishedWeekNote(['2026-W46', '2026-W47'], '2026-W48')).toBeNull()
  })
})

describe('rangeCaption', () => {
  it('adds to the range label how much has data and that this week is not over', () => {
    const weeks = weekRange('2026-W36', '2026-W48')
    expect(rangeCaption('Last 13 weeks (2026-W36 – 2026-W48)', weeks, new Set(['2026-W47']), '2026-W48')).toBe(
      'Last 13 weeks (2026-W36 – 2026-W48) · 1 of 13 weeks with data · this week (2026-W48) is not over',
    )
  })

  it('leaves a finished range with data in every week as it is', () => {
    expect(rangeCaption('Q3 FY2026 (Jul–Sep)', q3, new Set(q3), '2026-W48')).toBe('Q3 FY2026 (Jul–Sep)')
  })
})

describe('quarterCaption', () => {
  it('names an old quarter with partial data by its weeks with data', () => {
    expect(quarterCaption('FY2021-Q2', new Set(['2021-W15', '2021-W16', '2021-W17']), '2026-W48', 1)).toBe(
      'Q2 FY2021 (Apr–Jun) · 3 of 13 weeks with data',
    )
  })

  it('says "so far" only for the quarter still running', () => {
    expect(quarterCaption('FY2026-Q4', new Set(), '2026-W48', 1)).toBe('Q4 FY2026 (Oct–Dec) · so far: week 9 of 14')
  })
})

describe('fiscalQuarterChoices', () => {
  it('offers every quarter holding a booking, imported history included, newest first', () => {
    const choices = fiscalQuarterChoices(['2021-W15', '2022-W02', '2026-W47'], '2026-W48', 1)
    expect(choices.map((c) => c.key)).toEqual(['FY2026-Q4', 'FY2022-Q1', 'FY2021-Q2'])
  })

  it('offers the current quarter even before it has a booking', () => {
    expect(fiscalQuarterChoices([], '2026-W48', 1).map((c) => c.key)).toEqual(['FY2026-Q4'])
  })

  it('follows the fiscal year start month', () => {
    // With a February start, 2021-W15 (April 2021) is in Q1 of FY2022 (Feb 2021 – Jan 2022).
    expect(fiscalQuarterChoices(['2021-W15'], '2026-W48', 2).map((c) => c.key)).toContain('FY2022-Q1')
  })

  it('names each choice with what it covers', () => {
    const [current, old] = fiscalQuarterChoices(['2021-W15'], '2026-W48', 1)
    expect(current!.label).toBe('Q4 FY2026 (Oct–Dec) · so far: week 9 of 14')
    expect(old!.label).toBe('Q2 FY2021 (Apr–Jun) · 1 of 13 weeks with data')
  })
})
