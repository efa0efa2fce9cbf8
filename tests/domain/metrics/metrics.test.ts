// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { emptyHandoff, type Handoff, type HandoffField } from '@/domain/handoff'
import { carriedMaskOf, type CarryingHandoff } from '@/domain/carried'
import { DEFAULT_ICP, defaultSettings } from '@/domain/settings'
import {
  breakdown,
  BREAKDOWN_KEYS,
  computeMetrics,
  median,
  offeredBreakdownKeys,
  type MetricsContext,
} from '@/domain/metrics/metrics'
import { weeklyCounts } from '@/domain/metrics/week-counts'
import { rateValue } from '@/domain/assessed'

const complete = {
  companySize: 180,
  contactInfluence: 'decision_maker' as const,
  crmNotes: 'Spoke with Dana, VP Ops',
  discoverySummary: '"We lose two days a month"',
  icpFit: '180 employees, logistics',
  triggerEvent: 'New CFO',
  techStack: 'NetSuite',
  budgetSignal: 'Budget approved',
}
let n = 0
const handoff = (overrides: Partial<CarryingHandoff>): CarryingHandoff => ({
  // Monday 09:30 in Berlin; deadline Tuesday 09:30 = 08:30Z.
  ...emptyHandoff({ externalId: `h${++n}`, sdr: 'Sam', bookedAt: '2026-11-16T08:30:00.000Z' }),
  ...complete,
  ...overrides,
})
const ctx: MetricsContext = { settings: defaultSettings('Europe/Berlin'), asOf: Date.parse('2026-11-30T00:00:00.000Z') }

describe('computeMetrics', () => {
  it('shows no acceptance rate when nothing was decided (the UI prints "—")', () => {
    const m = computeMetrics([handoff({ status: 'pending' }), handoff({ status: 'pending' })], ctx)
    expect(m).toMatchObject({ booked: 2, pending: 2, acceptance: { kind: 'empty' }, medianResponseHours: null })
  })

  it('is all zeros and nulls for no handoffs', () => {
    const m = computeMetrics([], ctx)
    expect(m).toMatchObject({ booked: 0, medianResponseHours: null, rubric: { kind: 'too_few', count: 0 } })
    expect(m.mostMissedFields).toEqual([])
  })

  it('divides accepted by decided, leaving pending out', () => {
    const m = computeMetrics(
      [
        handoff({ status: 'accepted', respondedAt: '2026-11-16T10:30:00.000Z' }),
        handoff({ status: 'accepted', respondedAt: '2026-11-16T12:30:00.000Z' }),
        handoff({ status: 'accepted', respondedAt: '2026-11-17T09:30:00.000Z' }),
        handoff({ status: 'rejected', rejectionReason: 'too_small', respondedAt: null, aeFeedback: 'not a fit' }),
        handoff({ status: 'pending' }),
      ],
      ctx,
    )
    expect(m).toMatchObject({
      booked: 5,
      accepted: 3,
      rejected: 1,
      pending: 1,
      acceptance: { kind: 'rate', value: 0.75 },
    })
    expect(m.sla).toEqual({ onTime: 2, late: 1, openOverdue: 1, openWithin: 0, unknown: 1, notAssessed: 0 })
    // 2h, 4h, 25h business hours
    expect(m.medianResponseHours).toBe(4)
  })

  it('counts rejection reasons, reasonless rejections, vague feedback and no feedback apart', () => {
    const m = computeMetrics(
      [
        handoff({
          status: 'rejected',
          rejectionReason: 'too_small',
          aeFeedback: 'under 20 employees, our minimum is 50',
        }),
        handoff({ status: 'rejected', rejectionReason: 'too_small', aeFeedback: 'not qualified' }),
        handoff({ status: 'rejected', rejectionReason: 'bad_timing', aeFeedback: '' }),
        handoff({ status: 'rejected', rejectionReason: null, aeFeedback: 'Contract renews in March' }),
        handoff({ status: 'accepted', aeFeedback: 'great' }),
      ],
      ctx,
    )
    expect(m.reasonMix).toMatchObject({ too_small: 2, bad_timing: 1, wrong_vertical: 0, other: 0 })
    expect(m.rejectedWithoutReason).toBe(1)
    expect(m.vagueFeedback).toBe(1)
    expect(m.noFeedback).toBe(1)
  })

  it('ranks the most missed required fields', () => {
    const m = computeMetrics(
      [
        handoff({ techStack: '', budgetSignal: 'tbd' }),
        handoff({ budgetSignal: '-' }),
        handoff({ icpFit: 'n/a', techStack: '?' }),
        handoff({}),
      ],
      ctx,
    )
    expect(m.incomplete).toBe(3)
    expect(m.mostMissedFields).toEqual([
      { field: 'techStack', count: 2 },
      { field: 'budgetSignal', count: 2 },
      { field: 'icpFit', count: 1 },
    ])
  })

  it('counts bar disagreements by the ICP in force in the booking week', () => {
    const versions = [{ effectiveWeek: '2026-W47', icp: { ...DEFAULT_ICP, minCompanySize: 500 } }]
    const m = computeMetrics(
      [
        handoff({ status: 'accepted', companySize: 20 }), // below the default bar
        handoff({ status: 'rejected', companySize: 180, bookedAt: '2026-11-09T08:30:00.000Z' }), // W46: above the old bar
        handoff({ status: 'rejected', companySize: 180 }), // W47: below the new bar → agreement
        handoff({ status: 'pending', companySize: 1 }),
      ],
      { ...ctx, icpVersions: versions },
    )
    expect(m.barDisagreement).toEqual({ acceptedBelowBar: 1, rejectedAboveBar: 1 })
  })

  it('averages the rubric scores given by the hook, skipping unscored handoffs', () => {
    const scores = new Map([
      ['a', 5],
      ['b', 3],
      ['d', 4],
    ])
    const m = computeMetrics(
      ['a', 'b', 'c', 'd'].map((externalId) => handoff({ externalId })),
      { ...ctx, rubricScoreOf: (h) => scores.get(h.externalId) ?? null },
    )
    expect(m.rubric).toEqual({ kind: 'average', value: 4, count: 3 })
  })

  it('says too few to say from two scored handoffs', () => {
    const scores = new Map([
      ['a', 5],
      ['b', 3],
    ])
    const m = computeMetrics(
      ['a', 'b', 'c'].map((externalId) => handoff({ externalId })),
      { ...ctx, rubricScoreOf: (h) => scores.get(h.externalId) ?? null },
    )
    expect(m.rubric).toEqual({ kind: 'too_few', count: 2 })
  })
})

describe('breakdown', () => {
  it('groups by a dimension, largest first, blanks under an empty key', () => {
    const rows = breakdown(
      [
        handoff({ partner: 'Acme Outsourcing', status: 'accepted', respondedAt: '2026-11-16T10:30:00.000Z' }),
        handoff({ partner: 'Acme Outsourcing', status: 'rejected', respondedAt: '2026-11-16T10:30:00.000Z' }),
        handoff({ partner: '' }),
      ],
      'partner',
      ctx,
    )
    expect(rows.map((r) => [r.key, r.metrics.booked, rateValue(r.metrics.acceptance)])).toEqual([
      ['Acme Outsourcing', 2, 0.5],
      ['', 1, null],
    ])
  })

  it('groups a missing trigger category under an empty key', () => {
    const rows = breakdown(
      [handoff({ triggerCategory: 'funding' }), handoff({ triggerCategory: null })],
      'triggerCategory',
      ctx,
    )
    expect(rows.map((r) => r.key).sort()).toEqual(['', 'funding'])
  })
})

describe('median', () => {
  it.each([
    [[], null],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[10, 2], 6],
  ])('gives the median of %j as %j', (values, expected) => {
    expect(median(values)).toBe(expected)
  })
})

describe('performance', () => {
  function generate(count: number): Handoff[] {
    let seed = 42
    const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
    const statuses = ['pending', 'accepted', 'rejected'] as const
    const start = Date.parse('2026-01-05T00:00:00.000Z')
    const out: Handoff[] = []
    for (let i = 0; i < count; i++) {
      const booked = start + Math.floor(rand() * 300 * 86_400_000)
      const status = statuses[Math.floor(rand() * 3)]!
      const dateOnly = rand() < 0.1
      out.push(
        handoff({
          externalId: `p${i}`,
          sdr: `sdr${i % 40}`,
          ae: `ae${i % 15}`,
          bookedAt: dateOnly ? new Date(booked).toISOString().slice(0, 10) : new Date(booked).toISOString(),
          meetingAt: rand() < 0.5 ? new Date(booked + 3 * 86_400_000).toISOString() : null,
          status,
          respondedAt:
            status === 'pending' || rand() < 0.1 ? null : new Date(booked + rand() * 3 * 86_400_000).toISOString(),
          rejectionReason: status === 'rejected' ? 'too_small' : null,
          aeFeedback: status === 'rejected' ? (rand() < 0.5 ? 'not a fit' : `only ${i % 30} employees`) : '',
          techStack: rand() < 0.2 ? 'n/a' : 'NetSuite',
          companySize: Math.floor(rand() * 400),
        }),
      )
    }
    return out
  }

  // Speed is measured by `npm run bench`, never asserted here; this checks the fast paths agree.
  it('counts every one of 20,000 handoffs once, overall and by week', () => {
    const handoffs = generate(20_000)
    const settings = { ...defaultSettings('Europe/Berlin'), holidays: ['2026-12-25', '2026-12-26'] }
    const c: MetricsContext = { settings, asOf: Date.parse('2026-11-30T00:00:00.000Z') }
    const m = computeMetrics(handoffs, c)
    const weeks = weeklyCounts(handoffs, settings, c.asOf)
    expect(m.booked).toBe(20_000)
    expect(weeks.reduce((sum, w) => sum + w.booked, 0)).toBe(20_000)
    expect(weeks.reduce((sum, w) => sum + w.onTime + w.late, 0)).toBe(m.sla.onTime + m.sla.late)
  })
})

describe('what a thin export can show', () => {
  const carrying = (...fields: HandoffField[]) => carriedMaskOf(fields)
  const base: HandoffField[] = ['externalId', 'sdr', 'ae', 'bookedAt']

  it('shows no acceptance and puts no AE in breach when the export carried no decision', () => {
    const m = computeMetrics([handoff({ carried: carrying(...base) }), handoff({ carried: carrying(...base) })], ctx)
    expect(m.acceptance).toEqual({ kind: 'not_assessed' })
    expect(m.onTime).toEqual({ kind: 'not_assessed' })
    expect(m.sla).toMatchObject({ openOverdue: 0, notAssessed: 2 })
    expect(m.unknown).toEqual(['accepted', 'rejected', 'pending', 'onTime', 'late', 'openOverdue', 'incomplete'])
  })

  it('counts open overdue but leaves on time and late unknown without a decision time', () => {
    const m = computeMetrics(
      [
        handoff({ status: 'accepted', carried: carrying(...base, 'status', 'crmNotes') }),
        handoff({ status: 'pending', carried: carrying(...base, 'status', 'crmNotes') }),
      ],
      ctx,
    )
    expect(m.acceptance).toMatchObject({ kind: 'rate', count: 1, base: 1 })
    expect(m.sla).toMatchObject({ onTime: 0, late: 0, openOverdue: 1, notAssessed: 1 })
    expect(m.onTime).toEqual({ kind: 'not_assessed' })
    expect(m.unknown).toEqual(['onTime', 'late'])
  })

  it('gives the on-time rate with its base when decisions and their times were carried', () => {
    const m = computeMetrics(
      [
        handoff({ status: 'accepted', respondedAt: '2026-11-16T10:30:00.000Z' }),
        handoff({ status: 'rejected', respondedAt: '2026-11-18T10:30:00.000Z' }),
        handoff({ status: 'pending' }),
      ],
      ctx,
    )
    expect(m.onTime).toEqual({ kind: 'rate', count: 1, base: 3, value: 1 / 3 })
  })

  it('does not assess the checklist of handoffs that carried no required field', () => {
    const m = computeMetrics(
      [
        handoff({ crmNotes: '', carried: carrying(...base, 'status') }),
        handoff({ crmNotes: '', carried: carrying(...base, 'status', 'crmNotes') }),
      ],
      ctx,
    )
    expect(m.assessed.checklist).toBe(1)
    expect(m.incompleteRate).toEqual({ kind: 'rate', count: 1, base: 1, value: 1 })
    const none = computeMetrics([handoff({ carried: carrying(...base, 'status') })], ctx)
    expect(none.incompleteRate).toEqual({ kind: 'not_assessed' })
    expect(none.unknown).toContain('incomplete')
  })

  it('counts no feedback apart from vague feedback, and neither when feedback was not carried', () => {
    const withFeedback = carrying(...base, 'status', 'aeFeedback')
    const m = computeMetrics(
      [
        handoff({ status: 'rejected', aeFeedback: '', carried: withFeedback }),
        handoff({ status: 'rejected', aeFeedback: 'not a fit', carried: withFeedback }),
        handoff({ status: 'rejected', aeFeedback: 'Under 20 employees', carried: withFeedback }),
        handoff({ status: 'rejected', aeFeedback: '', carried: carrying(...base, 'status') }),
      ],
      ctx,
    )
    expect(m).toMatchObject({ vagueFeedback: 1, noFeedback: 1 })
    expect(m.vagueFeedbackRate).toMatchObject({ kind: 'rate', count: 1, base: 3 })
    const thin = computeMetrics([handoff({ status: 'rejected', carried: carrying(...base, 'status') })], ctx)
    expect(thin).toMatchObject({ vagueFeedback: 0, noFeedback: 0, vagueFeedbackRate: { kind: 'not_assessed' } })
  })

  it('counts no bar disagreement when no bar input was carried', () => {
    const thin = carrying(...base, 'status')
    const m = computeMetrics(
      [handoff({ status: 'accepted', companySize: 1, carried: thin }), handoff({ status: 'rejected', carried: thin })],
      ctx,
    )
    expect(m.barDisagreement).toEqual({ acceptedBelowBar: 0, rejectedAboveBar: 0 })
    expect(m.assessed.bar).toBe(0)
  })

  it('offers no breakdown by a field the export did not carry', () => {
    const keys = offeredBreakdownKeys([handoff({ carried: carrying(...base, 'status', 'campaign') })])
    expect(keys).toEqual(['sdr', 'ae', 'campaign'])
    expect(offeredBreakdownKeys([handoff({})])).toEqual([...BREAKDOWN_KEYS])
  })
})
