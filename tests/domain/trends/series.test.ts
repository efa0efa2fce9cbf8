import { describe, expect, it } from 'vitest'
import { isEmptySeries, tableColumns, trendSeries } from '@/domain/trends/series'
import { weekRange } from '@/domain/calendar/weeks'
import type { HandoffFact } from '@/domain/trends/facts'
import { aFact } from './helpers'

const weeks = ['2026-W46', '2026-W47', '2026-W48']

describe('trendSeries', () => {
  const facts = [
    aFact({ week: '2026-W46', status: 'accepted' }),
    aFact({ week: '2026-W46', status: 'rejected', reason: 'too_small' }),
    aFact({ week: '2026-W46', status: 'rejected', reason: 'no_authority', missingMask: 1 }),
    aFact({ week: '2026-W46', status: 'pending', sla: 'open_within' }),
    aFact({ week: '2026-W47', status: 'accepted', sla: 'late' }),
  ]
  const s = trendSeries(facts, weeks)

  it('labels every week of the range, including weeks without bookings', () => {
    expect(s.volume.labels).toEqual(weeks)
  })

  it('stacks accepted, rejected and pending per week', () => {
    expect(s.volume.isStacked).toBe(true)
    expect(s.volume.datasets.map((d) => [d.key, d.data])).toEqual([
      ['accepted', [1, 1, 0]],
      ['rejected', [2, 0, 0]],
      ['pending', [1, 0, 0]],
    ])
  })

  it('gives rates as percentages with a gap (null) where nothing was decided', () => {
    expect(s.acceptance.datasets[0]!.data).toEqual([33.3, 100, null])
    expect(s.onTime.datasets[0]!.data).toEqual([100, 0, null])
    expect(s.incomplete.datasets[0]!.data).toEqual([25, 0, null])
    expect(s.acceptance.max).toBe(100)
  })

  it("shows each reason as a share of the week's rejections, adding up to 100 %", () => {
    expect(s.reasons.isStacked).toBe(true)
    expect(s.reasons.datasets.map((d) => d.key)).toEqual(['too_small', 'no_authority'])
    expect(s.reasons.datasets.map((d) => d.data[0])).toEqual([50, 50])
    expect(s.reasons.datasets[0]!.data[1]).toBeNull()
  })

  it('lists rejections without a reason as their own part of the mix', () => {
    const mix = trendSeries([aFact({ status: 'rejected', reason: null })], ['2026-W47']).reasons
    expect(mix.datasets).toEqual([{ key: 'no_reason', label: 'No reason recorded', data: [100] }])
  })

  it('has an empty rubric series until something is scored', () => {
    expect(isEmptySeries(s.rubric)).toBe(true)
    expect(isEmptySeries(s.volume)).toBe(false)
  })

  it('counts every one of 100,000 facts in its week over 52 weeks', () => {
    const year = weekRange('2026-W01', '2026-W52')
    const many: HandoffFact[] = Array.from({ length: 100_000 }, (_, i) =>
      aFact({
        week: year[i % 52]!,
        status: i % 3 === 0 ? 'rejected' : 'accepted',
        reason: i % 3 === 0 ? 'bad_timing' : null,
      }),
    )
    const result = trendSeries(many, year)
    expect(result.volume.labels).toEqual(year)
    expect(result.volume.datasets[0]!.data.reduce((a, b) => a! + b!, 0)).toBe(66_666)
    expect(result.volume.datasets[1]!.data.reduce((a, b) => a! + b!, 0)).toBe(33_334)
    expect(result.volume.datasets[1]!.data[0]).toBe(642)
  })
})

describe('tableColumns', () => {
  it('adds the Booked total the volume chart draws as the height of its bars', () => {
    const s = trendSeries([aFact({ status: 'accepted' }), aFact({ status: 'rejected' })], ['2026-W47'])
    const columns = tableColumns(s.volume)
    expect(columns.map((d) => d.label)).toEqual(['Booked', 'Accepted', 'Rejected', 'Pending'])
    expect(columns[0]).toMatchObject({ data: [2], unit: 'count' })
  })

  it('shows beside the on-time rate the on-time, late and open overdue counts it comes from', () => {
    const s = trendSeries(
      [aFact({ sla: 'on_time' }), aFact({ sla: 'late' }), aFact({ sla: 'late' }), aFact({ sla: 'open_overdue' })],
      ['2026-W47'],
    )
    expect(tableColumns(s.onTime).map((c) => [c.label, c.data[0], c.unit])).toEqual([
      ['On-time SLA rate (%)', 25, 'percent'],
      ['On time', 1, 'count'],
      ['Late', 2, 'count'],
      ['Open overdue', 1, 'count'],
    ])
  })

  it('shows beside the acceptance rate the accepted and rejected counts', () => {
    const s = trendSeries([aFact({ status: 'accepted' }), aFact({ status: 'rejected' })], ['2026-W47'])
    expect(tableColumns(s.acceptance).map((c) => c.label)).toEqual(['Acceptance rate (%)', 'Accepted', 'Rejected'])
  })
})
