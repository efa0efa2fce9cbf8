import { describe, expect, it } from 'vitest'
import {
  averageNumbers,
  compareWeeks,
  countNumbers,
  handoffsBehind,
  reasonMix,
  reasonSeries,
} from '@/domain/huddle/numbers'
import type { HandoffStatus, RejectionReason } from '@/domain/handoff'

const h = (status: HandoffStatus, rejectionReason: RejectionReason | null = null) => ({ status, rejectionReason })

describe('countNumbers', () => {
  it('counts by status and rates accepted over decided', () => {
    expect(countNumbers([h('accepted'), h('accepted'), h('rejected'), h('pending')])).toEqual({
      booked: 4,
      accepted: 2,
      rejected: 1,
      pending: 1,
      acceptanceRate: 2 / 3,
    })
  })

  it('has no rate when nothing was decided', () => {
    expect(countNumbers([h('pending')]).acceptanceRate).toBeNull()
  })
})

describe('compareWeeks', () => {
  it('compares with last week and the pooled 4-week average', () => {
    const result = compareWeeks([h('accepted')], [[h('accepted'), h('rejected')], [], [h('accepted')], [h('rejected')]])
    expect(result.lastWeek).toMatchObject({ booked: 2, acceptanceRate: 0.5 })
    expect(result.fourWeekAvg).toEqual({ booked: 1, accepted: 0.5, rejected: 0.5, pending: 0, acceptanceRate: 0.5 })
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
