import { describe, expect, it } from 'vitest'
import { emptyHandoff, type Handoff } from '@/domain/handoff'
import { defaultSettings } from '@/domain/settings'
import { tallyWeeks, weeklyCounts, type WeekTally } from '@/domain/metrics/week-counts'
import { carriedMaskOf, CARRIED_FIELDS } from '@/domain/carried'
import { WEEK_KEYS, type WeekKey } from '@/domain/metrics/metrics'

const complete = {
  crmNotes: 'Spoke with Dana, VP Ops',
  discoverySummary: '"We lose two days a month"',
  icpFit: '180 employees, logistics',
  triggerEvent: 'New CFO',
  techStack: 'NetSuite',
  budgetSignal: 'Budget approved',
}
let n = 0
const handoff = (overrides: Partial<Handoff>): Handoff => ({
  ...emptyHandoff({ externalId: `h${++n}`, sdr: 'Sam', bookedAt: '2026-11-16T08:30:00.000Z' }),
  ...complete,
  ...overrides,
})

describe('weeklyCounts', () => {
  const ny = defaultSettings('America/New_York')
  const asOf = Date.parse('2026-11-25T12:00:00.000Z')

  it('counts a Sunday 23:30 booking in the local week it falls in, not the UTC one', () => {
    // Sunday 2026-11-22 23:30 EST is Monday 04:30 UTC.
    const weeks = weeklyCounts([handoff({ bookedAt: '2026-11-23T04:30:00.000Z' })], ny, asOf)
    expect(weeks.map((w) => w.week)).toEqual(['2026-W47'])
  })

  it('lists only weeks with bookings, ascending', () => {
    const weeks = weeklyCounts(
      [
        handoff({ bookedAt: '2026-11-23T15:00:00.000Z' }),
        handoff({ bookedAt: '2026-11-02' }),
        handoff({ bookedAt: '2025-12-31' }), // Wednesday of 2026-W01
      ],
      ny,
      asOf,
    )
    expect(weeks.map((w) => w.week)).toEqual(['2026-W01', '2026-W45', '2026-W48'])
  })

  it('is empty for no handoffs', () => {
    expect(weeklyCounts([], ny, asOf)).toEqual([])
  })

  it('counts status, SLA and incomplete handoffs per week', () => {
    const week = [
      // Monday 09:00 EST; deadline Tuesday 09:00 EST = 14:00Z
      handoff({ bookedAt: '2026-11-16T14:00:00.000Z', status: 'accepted', respondedAt: '2026-11-17T13:00:00.000Z' }),
      handoff({ bookedAt: '2026-11-16T14:00:00.000Z', status: 'rejected', respondedAt: '2026-11-17T14:00:00.000Z' }),
      handoff({ bookedAt: '2026-11-16T14:00:00.000Z', status: 'rejected', respondedAt: null }),
      handoff({ bookedAt: '2026-11-16T14:00:00.000Z', status: 'pending', techStack: 'n/a' }),
      handoff({ bookedAt: '2026-11-25T14:00:00.000Z', status: 'pending', budgetSignal: '' }), // next week, still open
    ]
    expect(weeklyCounts(week, ny, asOf)).toEqual([
      {
        week: '2026-W47',
        booked: 4,
        accepted: 1,
        rejected: 2,
        pending: 1,
        onTime: 1,
        late: 1,
        openOverdue: 1,
        incomplete: 1,
        unknown: [],
      },
      {
        week: '2026-W48',
        booked: 1,
        accepted: 0,
        rejected: 0,
        pending: 1,
        onTime: 0,
        late: 0,
        openOverdue: 0,
        incomplete: 1,
        unknown: [],
      },
    ])
  })

  it('names what a file without a decision column cannot show, and still counts its bookings', () => {
    const noStatus = carriedMaskOf(CARRIED_FIELDS.filter((f) => f !== 'status'))
    const [w] = weeklyCounts([handoff({ status: 'pending' })], ny, asOf, noStatus)
    expect(w).toMatchObject({ booked: 1, openOverdue: 0 })
    expect(w!.unknown).toEqual(['accepted', 'rejected', 'pending', 'onTime', 'late', 'openOverdue'])
  })

  it('knows a week of two imports where either of them carried the field', () => {
    const noResponse = carriedMaskOf(CARRIED_FIELDS.filter((f) => f !== 'respondedAt'))
    const week = [
      { ...handoff({ status: 'accepted' }), carried: noResponse },
      handoff({ status: 'accepted', respondedAt: '2026-11-16T10:00:00.000Z' }),
    ]
    expect(weeklyCounts(week, ny, asOf)).toMatchObject([{ booked: 2, onTime: 1, unknown: [] }])
  })
})

describe('tallyWeeks', () => {
  const utc = defaultSettings('UTC')
  const asOf = Date.parse('2026-11-25T12:00:00.000Z')
  const empty = (week: string): WeekTally & { notes: number } => ({
    week,
    ...(Object.fromEntries(WEEK_KEYS.map((k) => [k, 0])) as Record<WeekKey, number>),
    statusAssessed: 0,
    responseAssessed: 0,
    checklistAssessed: 0,
    notes: 0,
  })

  it("keeps the bases each count was judged on, and the caller's own counts beside them", () => {
    const handoffs = [
      handoff({ status: 'accepted', respondedAt: '2026-11-16T10:00:00.000Z', crmNotes: 'x' }),
      handoff({ status: 'rejected', respondedAt: null }),
      handoff({ status: 'pending', crmNotes: '' }),
    ]
    const [t] = tallyWeeks(handoffs, utc, asOf, empty, { also: (w, h) => void (w.notes += h.crmNotes ? 1 : 0) })
    expect(t!.counts).toMatchObject({
      booked: 3,
      statusAssessed: 3,
      responseAssessed: 2,
      checklistAssessed: 3,
      notes: 2,
    })
    expect(t!.carried).toBe(carriedMaskOf(CARRIED_FIELDS))
  })
})
