/**
 * Every worked example in docs/metrics.md, in the same order and with the same numbers. When a
 * definition changes, change the doc and this file together.
 */
import { describe, expect, it } from 'vitest'
import { emptyHandoff, type Handoff, type HandoffField } from '@/domain/handoff'
import { carriedMaskOf } from '@/domain/carried'
import { formatAverage, formatRate } from '@/domain/assessed'
import { DEFAULT_ICP, defaultSettings, type Settings } from '@/domain/settings'
import { quarterOfWeek } from '@/domain/calendar/quarters'
import { missingFields } from '@/domain/rules/checklist'
import { barDisagreement, evaluateBar } from '@/domain/rules/quality-bar'
import { mapRejectionReason, DEFAULT_REASON_RULES } from '@/domain/rules/reasons'
import { isVagueFeedback } from '@/domain/rules/feedback'
import { slaDeadline, slaOf } from '@/domain/rules/sla'
import { computeMetrics } from '@/domain/metrics/metrics'
import { weeklyCounts } from '@/domain/metrics/week-counts'
import { weekOf } from '@/domain/calendar/zoned'
import { formatResponseTime } from '@/domain/format'

const berlin: Settings = defaultSettings('Europe/Berlin')
const newYork: Settings = defaultSettings('America/New_York')
const iso = (ms: number) => new Date(ms).toISOString()
const NINE_TO_FIVE = { unit: 'working_hours', workdayStart: '09:00', workdayEnd: '17:00' } as const
const handoff = (overrides: Partial<Handoff>): Handoff => ({
  ...emptyHandoff({ externalId: 'x', sdr: 'Sam', bookedAt: '2026-11-16T08:30:00.000Z' }),
  ...overrides,
})

describe('docs/metrics.md worked examples', () => {
  it('1. Week: a Sunday 23:30 booking in New York counts in the week it falls in locally, 2026-W47', () => {
    expect(weekOf('2026-11-23T04:30:00.000Z', 'America/New_York')).toBe('2026-W47')
    expect(weekOf('2026-11-23T04:30:00.000Z', 'UTC')).toBe('2026-W48')
    const weeks = weeklyCounts([handoff({ bookedAt: '2026-11-23T04:30:00.000Z' })], newYork, 0)
    expect(weeks.map((w) => w.week)).toEqual(['2026-W47'])
  })

  it('2. Quarter: 2026-W40 (Mon 28 Sep – Sun 4 Oct) is in Q4 because its Thursday is 1 October', () => {
    expect(quarterOfWeek('2026-W40', 1).key).toBe('FY2026-Q4')
  })

  it('3. Quarter: with a February fiscal start, 2026-W47 is FY2027-Q4 (FY2027 ends January 2027)', () => {
    expect(quarterOfWeek('2026-W47', 2).key).toBe('FY2027-Q4')
  })

  it('4. Acceptance rate: 3 pending and nothing decided shows "—" (null)', () => {
    const m = computeMetrics(
      [1, 2, 3].map(() => handoff({ status: 'pending' })),
      { settings: berlin, asOf: 0 },
    )
    expect(m.acceptance).toEqual({ kind: 'empty' })
  })

  it('5. Acceptance rate: 6 accepted, 2 rejected, 4 pending gives 75 %', () => {
    const hs = [
      ...Array.from({ length: 6 }, () => handoff({ status: 'accepted' })),
      ...Array.from({ length: 2 }, () => handoff({ status: 'rejected' })),
      ...Array.from({ length: 4 }, () => handoff({ status: 'pending' })),
    ]
    expect(computeMetrics(hs, { settings: berlin, asOf: 0 }).acceptance).toMatchObject({ kind: 'rate', value: 0.75 })
  })

  it('6. Checklist: techStack "N/A " and budgetSignal "" make the handoff incomplete', () => {
    const h = handoff({
      crmNotes: 'Spoke with Dana',
      discoverySummary: 'Reconciles by hand',
      icpFit: '180 employees',
      triggerEvent: 'New CFO',
      techStack: 'N/A ',
      budgetSignal: '',
    })
    expect(missingFields(h, berlin)).toEqual(['techStack', 'budgetSignal'])
  })

  it('7. SLA: Monday 09:30 booking in Berlin, D = Tuesday 09:30', () => {
    expect(iso(slaDeadline({ bookedAt: '2026-11-16T08:30:00.000Z', meetingAt: null }, berlin))).toBe(
      '2026-11-17T08:30:00.000Z',
    )
  })

  it('8. SLA: Friday 15:00 booking before a Monday holiday, D = Tuesday 15:00', () => {
    const settings = { ...berlin, holidays: ['2026-11-23'] }
    expect(iso(slaDeadline({ bookedAt: '2026-11-20T14:00:00.000Z', meetingAt: null }, settings))).toBe(
      '2026-11-24T14:00:00.000Z',
    )
  })

  it('9. SLA: Saturday 10:00 booking moves to Monday 00:00, D = Tuesday 00:00', () => {
    expect(iso(slaDeadline({ bookedAt: '2026-11-21T09:00:00.000Z', meetingAt: null }, berlin))).toBe(
      '2026-11-23T23:00:00.000Z',
    )
  })

  it('10. SLA: date-only booking on Monday 16 Nov, D = Wednesday 18 Nov 00:00', () => {
    expect(iso(slaDeadline({ bookedAt: '2026-11-16', meetingAt: null }, berlin))).toBe('2026-11-17T23:00:00.000Z')
  })

  it('11. SLA: date-only booking on Saturday 21 Nov moves to Monday, D = Wednesday 25 Nov 00:00', () => {
    expect(iso(slaDeadline({ bookedAt: '2026-11-21', meetingAt: null }, berlin))).toBe('2026-11-24T23:00:00.000Z')
  })

  it('12. SLA: date-only respondedAt "2026-11-17" for a Monday 09:30 booking is Tuesday 00:00: on time, 14.5 h', () => {
    const h = handoff({ status: 'accepted', respondedAt: '2026-11-17' })
    expect(slaOf(h, berlin, 0)).toMatchObject({ state: 'on_time', responseHours: 14.5 })
  })

  it('13. SLA: a meeting on Monday 16:00 caps D for a Monday 09:30 booking at Monday 16:00', () => {
    const d = slaDeadline({ bookedAt: '2026-11-16T08:30:00.000Z', meetingAt: '2026-11-16T15:00:00.000Z' }, berlin)
    expect(iso(d)).toBe('2026-11-16T15:00:00.000Z')
  })

  it('14. SLA in a DST week: Friday 6 Mar 15:00 EST in New York, D = Monday 9 Mar 15:00 EDT (71 h later)', () => {
    const h = handoff({
      bookedAt: '2026-03-06T20:00:00.000Z',
      status: 'accepted',
      respondedAt: '2026-03-09T18:30:00.000Z',
    })
    const { deadline, state, responseHours } = slaOf(h, newYork, 0)
    expect(iso(deadline)).toBe('2026-03-09T19:00:00.000Z')
    expect((deadline - Date.parse(h.bookedAt)) / 3_600_000).toBe(71)
    expect(state).toBe('on_time') // answered Monday 14:30 EDT
    expect(responseHours).toBe(23.5) // Friday 15:00–24:00 (9 h) + Monday 00:00–14:30 (14.5 h)
  })

  it('15. SLA: a pending Monday 09:30 booking is open within until Tuesday 09:30, open overdue from then', () => {
    const h = handoff({ status: 'pending' })
    expect(slaOf(h, berlin, Date.parse('2026-11-17T08:29:00.000Z')).state).toBe('open_within')
    expect(slaOf(h, berlin, Date.parse('2026-11-17T08:30:00.000Z')).state).toBe('open_overdue')
  })

  it('16. SLA: accepted with no respondedAt is unknown, counted neither on time nor late', () => {
    expect(slaOf(handoff({ status: 'accepted' }), berlin, 0).state).toBe('unknown')
  })

  it('17. Response time: example 12 took 0.6 business days, or 7.5 working hours of 09:00–17:00', () => {
    const h = handoff({ status: 'accepted', respondedAt: '2026-11-17' })
    expect(formatResponseTime(slaOf(h, berlin, 0).responseHours, berlin.responseTime)).toBe('0.6 business days')
    const working = { ...berlin, responseTime: NINE_TO_FIVE }
    expect(formatResponseTime(slaOf(h, working, 0).responseHours, NINE_TO_FIVE)).toBe('7.5 working hours (09:00–17:00)')
  })

  it('18. Response time over the DST weekend of example 14: 1.0 business day, or 7.5 working hours', () => {
    const h = handoff({
      bookedAt: '2026-03-06T20:00:00.000Z',
      status: 'accepted',
      respondedAt: '2026-03-09T18:30:00.000Z',
    })
    expect(formatResponseTime(slaOf(h, newYork, 0).responseHours, newYork.responseTime)).toBe('1.0 business day')
    expect(slaOf(h, { ...newYork, responseTime: NINE_TO_FIVE }, 0).responseHours).toBe(7.5)
  })

  it('19. Response time: Friday 15:00 answered Tuesday 11:00 over a Monday holiday is 4.0 working hours', () => {
    const h = handoff({
      bookedAt: '2026-11-20T14:00:00.000Z',
      status: 'accepted',
      respondedAt: '2026-11-24T10:00:00.000Z',
    })
    const settings = { ...berlin, holidays: ['2026-11-23'], responseTime: NINE_TO_FIVE }
    expect(slaOf(h, settings, 0).responseHours).toBe(4)
  })

  it('20. Quality bar: 30 employees, accepted, is accepted below the bar', () => {
    const h = handoff({
      status: 'accepted',
      companySize: 30,
      contactInfluence: 'decision_maker',
      crmNotes: 'Spoke with Dana',
      discoverySummary: 'Reconciles by hand',
      icpFit: 'Logistics',
      triggerEvent: 'New CFO',
      techStack: 'NetSuite',
      budgetSignal: 'Approved',
    })
    const result = evaluateBar(h, DEFAULT_ICP, berlin)
    expect(result.failures).toEqual(['too_small'])
    expect(barDisagreement(h, result)).toBe('accepted_below_bar')
  })

  it('21. Rejection reasons: "Company too small" maps to too_small; "not qualified" is vague, "under 20 employees, our minimum is 50" teaches', () => {
    expect(mapRejectionReason('Company too small', DEFAULT_REASON_RULES)).toBe('too_small')
    expect(isVagueFeedback('not qualified')).toBe(true)
    expect(isVagueFeedback('under 20 employees, our minimum is 50')).toBe(false)
  })

  const carrying = (...fields: HandoffField[]) => carriedMaskOf(['externalId', 'sdr', 'ae', 'bookedAt', ...fields])

  it('22. An export with SDR, AE and booking date only shows no decision, no breach and no acceptance rate', () => {
    const hs = [0, 1, 2].map(() => ({ ...handoff({}), carried: carrying() }))
    const m = computeMetrics(hs, { settings: berlin, asOf: Date.parse('2026-11-30T00:00:00Z') })
    expect(m).toMatchObject({ booked: 3, acceptance: { kind: 'not_assessed' }, sla: { openOverdue: 0 } })
    expect(m.unknown).toEqual(['accepted', 'rejected', 'pending', 'onTime', 'late', 'openOverdue', 'incomplete'])
    expect(formatRate(m.acceptance)).toBe('not in this export')
  })

  it('23. Status but no decision time: acceptance 100 % of 1 decided, 1 open overdue, on time and late not in this export', () => {
    const mask = carrying('status')
    const hs = [
      { ...handoff({ status: 'accepted' }), carried: mask },
      { ...handoff({ status: 'pending' }), carried: mask },
    ]
    const m = computeMetrics(hs, { settings: berlin, asOf: Date.parse('2026-11-30T00:00:00Z') })
    expect(formatRate(m.acceptance, { withBase: true, baseNoun: 'decided' })).toBe('100.0% of 1 decided')
    expect(m.sla.openOverdue).toBe(1)
    expect(m.unknown).toEqual(['onTime', 'late', 'incomplete'])
  })

  it('24. Two rubric scores: too few to say (2 scored)', () => {
    const scores = new Map([
      ['a', 4],
      ['b', 3],
    ])
    const hs = ['a', 'b', 'c'].map((externalId) => handoff({ externalId }))
    const m = computeMetrics(hs, { settings: berlin, asOf: 0, rubricScoreOf: (h) => scores.get(h.externalId) ?? null })
    expect(formatAverage(m.rubric, { outOf: 5 })).toBe('too few to say (2 scored)')
  })
})
