import { describe, expect, it } from 'vitest'
import { changeText, leftOutNote, measureOf, measureText } from '@/domain/teams/measures'
import { sumCounts, type QuarterCounts } from '@/domain/teams/rollup'
import { week } from './team-file-fixture'

const counts = (c: Parameters<typeof week>[1]): QuarterCounts => ({
  ...sumCounts([week('2025-W02', c)]),
  openActionItems: 0,
})

describe('measureOf', () => {
  it('shows acceptance over the decided handoffs, with its base', () => {
    expect(measureText(measureOf(counts({ booked: 50, accepted: 25, rejected: 15, pending: 10 }), 'acceptance'))).toBe(
      '63% of 40 decided',
    )
  })

  it('shows the on-time rate over the handoffs that were due', () => {
    expect(measureText(measureOf(counts({ booked: 5, onTime: 3, late: 1, openOverdue: 1 }), 'onTime'))).toBe(
      '60% of 5 due',
    )
  })

  it('says "not in this team\'s export" for a rate the export could not show, never 0%', () => {
    const c = counts({ booked: 5, unknown: ['onTime', 'late'] })
    expect(measureText(measureOf(c, 'onTime'))).toBe("not in this team's export")
  })

  it('says "not in any team\'s export" for a total no team could show', () => {
    const c = counts({ booked: 5, unknown: ['onTime', 'late'] })
    expect(measureText(measureOf(c, 'onTime'), 'total')).toBe("not in any team's export")
  })

  it('says a rubric average from fewer than 3 scores is too few to say', () => {
    expect(measureText(measureOf(counts({ booked: 5, rubricSum: 7, rubricCount: 2 }), 'rubric'))).toBe(
      'too few to say (2 scored)',
    )
    expect(measureText(measureOf(counts({ booked: 5, rubricSum: 10.5, rubricCount: 3 }), 'rubric'))).toBe(
      '3.5 / 5 from 3 scored',
    )
  })

  it('says "no bookings" for a team that booked nothing this quarter, not that its export lacks it', () => {
    expect(measureText(measureOf(counts({}), 'onTime'))).toBe('no bookings')
    expect(measureText(measureOf(counts({}), 'booked'))).toBe('0')
  })

  it('says "none decided" rather than a rate when nothing was decided', () => {
    expect(measureText(measureOf(counts({ booked: 2, pending: 2 }), 'acceptance'))).toBe('none decided')
  })
})

describe('changeText and leftOutNote', () => {
  it('gives a rate change in percentage points', () => {
    const now = measureOf(counts({ booked: 10, accepted: 6, rejected: 4 }), 'acceptance')
    const before = measureOf(counts({ booked: 10, accepted: 5, rejected: 5 }), 'acceptance')
    expect(changeText(now, before)).toBe('+10 pts')
  })

  it('names the teams a total leaves out', () => {
    expect(leftOutNote({ onTime: ['West', 'Partner'], late: ['West'] }, 'onTime')).toBe(
      'leaves out West and Partner: not in their exports',
    )
    expect(leftOutNote({ onTime: ['West'] }, 'onTime')).toBe('leaves out West: not in its export')
    expect(leftOutNote({ onTime: ['West'] }, 'acceptance')).toBeNull()
  })
})
