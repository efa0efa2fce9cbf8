import { describe, expect, it } from 'vitest'
import {
  averageNumbers,
  compareWeeks,
  countNumbers,
  decisionNotice,
  handoffsBehind,
  numberChange,
  numberText,
  reasonMix,
  reasonSeries,
  reasonsRemark,
  rejectionsWithoutReasonColumn,
} from '@/domain/huddle/numbers'
import type { HandoffStatus, RejectionReason } from '@/domain/handoff'
import { rateOf } from '@/domain/assessed'
import { carriedMaskOf } from '@/domain/carried'

const h = (status: HandoffStatus, rejectionReason: RejectionReason | null = null) => ({ status, rejectionReason })

describe('countNumbers', () => {
  it('counts by status and rates accepted over decided', () => {
    expect(countNumbers([h('accepted'), h('accepted'), h('rejected'), h('pending')])).toEqual({
      booked: 4,
      accepted: 2,
      rejected: 1,
      pending: 1,
      decisionCarried: 4,
      acceptanceRate: rateOf(2, 3),
    })
  })

  it('has no rate when nothing was decided', () => {
    expect(countNumbers([h('pending')]).acceptanceRate).toEqual({ kind: 'empty' })
  })
})

describe('compareWeeks', () => {
  it('compares with last week and the pooled 4-week average', () => {
    const result = compareWeeks([h('accepted')], [[h('accepted'), h('rejected')], [], [h('accepted')], [h('rejected')]])
    expect(result.lastWeek).toMatchObject({ booked: 2, acceptanceRate: rateOf(1, 2) })
    expect(result.fourWeekAvg).toEqual({
      booked: 1,
      accepted: 0.5,
      rejected: 0.5,
      pending: 0,
      decisionCarried: 1,
      acceptanceRate: rateOf(2, 4),
    })
  })

  it('has no comparison without earlier bookings', () => {
    expect(compareWeeks([h('accepted')], [[], [], [], []])).toMatchObject({ lastWeek: null, fourWeekAvg: null })
  })

  it('averages nothing to null', () => {
    expect(averageNumbers([])).toBeNull()
  })
})

describe('handoffsBehind', () => {
  const list = [h('accepted'), h('rejected'), h('pending')]
  it('lists the decided handoffs behind the acceptance rate', () => {
    expect(handoffsBehind(list, 'acceptanceRate').map((x) => x.status)).toEqual(['accepted', 'rejected'])
  })
  it('lists every handoff behind booked and one status behind a status', () => {
    expect(handoffsBehind(list, 'booked')).toHaveLength(3)
    expect(handoffsBehind(list, 'pending').map((x) => x.status)).toEqual(['pending'])
  })
})

describe('reasonMix', () => {
  it('orders reasons by count and puts rejections without a reason last', () => {
    const mix = reasonMix([
      h('rejected', 'too_small'),
      h('rejected', 'no_authority'),
      h('rejected', 'no_authority'),
      h('rejected'),
      h('accepted'),
    ])
    expect(mix.map((m) => [m.label, m.count])).toEqual([
      ['No authority', 2],
      ['Too small', 1],
      ['No reason recorded', 1],
    ])
    expect(reasonSeries(mix)).toEqual({
      labels: ['No authority', 'Too small', 'No reason recorded'],
      values: [2, 1, 1],
    })
  })
})

describe('the numbers on an export without the AE decision', () => {
  const bookingsOnly = carriedMaskOf(['sdr', 'ae', 'company', 'bookedAt'])
  // An import without a decision column reads every row as pending: that is no decision.
  const week = [0, 1, 2].map(() => ({ ...h('pending'), carried: bookingsOnly }))

  it('shows the bookings and "not in this export" for accepted, rejected, pending and the rate', () => {
    const n = countNumbers(week)
    expect(n).toMatchObject({ booked: 3, accepted: 0, rejected: 0, pending: 0, decisionCarried: 0 })
    expect(numberText(n, 'booked')).toBe('3')
    for (const kind of ['accepted', 'rejected', 'pending', 'acceptanceRate'] as const)
      expect(numberText(n, kind)).toBe('not in this export')
  })

  it('says once that the file holds bookings, not decisions', () => {
    expect(decisionNotice(countNumbers(week))).toContain('the file holds bookings, not decisions')
    expect(decisionNotice(countNumbers([h('accepted')]))).toBeNull()
  })

  it('compares no decision number with a week that carried one', () => {
    const now = countNumbers(week)
    const before = countNumbers([h('accepted'), h('rejected')])
    expect(numberChange(now, before, 'acceptanceRate')).toBe('—')
    expect(numberChange(now, before, 'accepted')).toBe('—')
    expect(numberChange(now, before, 'booked')).toBe('+1')
  })

  it('lists no handoff behind a decision number', () => {
    expect(handoffsBehind(week, 'pending')).toEqual([])
    expect(handoffsBehind(week, 'booked')).toHaveLength(3)
  })

  it('counts over the bookings that carried the decision when some did not', () => {
    const n = countNumbers([...week, h('accepted'), h('rejected')])
    expect(n).toMatchObject({ booked: 5, accepted: 1, rejected: 1, pending: 0, decisionCarried: 2 })
    expect(numberText(n, 'acceptanceRate', true)).toBe('50.0% of 2 decided')
    expect(decisionNotice(n)).toBe(
      '3 of 5 bookings came from an export without the AE decision: accepted, rejected, pending and the rate count the other 2.',
    )
  })

  it('reads a week without bookings as empty, not as missing from the export', () => {
    const empty = countNumbers([])
    expect(numberText(empty, 'accepted')).toBe('0')
    expect(numberText(empty, 'acceptanceRate')).toBe('—')
    expect(decisionNotice(empty)).toBeNull()
  })

  it('shows the rate with its base', () => {
    expect(numberText(countNumbers([h('accepted'), h('accepted'), h('rejected')]), 'acceptanceRate', true)).toBe(
      '66.7% of 3 decided',
    )
  })
})

describe('rejection reasons the export did not carry', () => {
  const noReason = carriedMaskOf(['sdr', 'bookedAt', 'status'])

  it('are never charted as "No reason recorded"', () => {
    const week = [{ ...h('rejected'), carried: noReason }, h('rejected', 'too_small')]
    expect(reasonMix(week).map((m) => m.label)).toEqual(['Too small'])
    expect(rejectionsWithoutReasonColumn(week)).toBe(1)
  })

  it('are said once in words', () => {
    const n = { booked: 2, decisionCarried: 2 }
    expect(reasonsRemark(n, 0, 2)).toBe(
      'This export has no rejection reason column: the reasons are not in this export.',
    )
    expect(reasonsRemark(n, 1, 1)).toBe(
      '1 rejection came from an export without a reason column and is not counted here.',
    )
    expect(reasonsRemark({ booked: 3, decisionCarried: 0 }, 0, 0)).toBe(
      'Rejection reasons are not in this export: it has no AE decision column.',
    )
    expect(reasonsRemark(n, 0, 0)).toBe('No rejections this week.')
    expect(reasonsRemark(n, 2, 0)).toBeNull()
  })
})

describe('a change beside an average', () => {
  it('is the change between the numbers shown, so it adds up', () => {
    const avg = {
      booked: 12.25,
      accepted: 0,
      rejected: 0,
      pending: 0,
      decisionCarried: 12.25,
      acceptanceRate: rateOf(0, 0),
    }
    const now = countNumbers([])
    expect(numberText(avg, 'booked')).toBe('12.3')
    expect(numberChange(now, avg, 'booked')).toBe('−12.3')
  })
})
