import { describe, expect, it } from 'vitest'
import { emptyHandoff, type Handoff, type HandoffField } from '@/domain/handoff'
import { CARRIED_FIELDS, carriedMaskOf } from '@/domain/carried'
import { slaCalendar, slaDeadline, slaInto, slaOf, slaStateOf, type SlaResult } from '@/domain/rules/sla'

const BERLIN = { timeZone: 'Europe/Berlin', holidays: [] as string[], slaWindowDays: 1 }
const iso = (ms: number) => new Date(ms).toISOString()

const handoff = (overrides: Partial<Handoff>): Handoff => ({
  ...emptyHandoff({ externalId: 'h1', sdr: 'Sam', bookedAt: '2026-11-16T08:30:00.000Z' }),
  ...overrides,
})

// November 2026 in Berlin is UTC+1: local 15:00 = 14:00Z. 2026-11-16 is a Monday.
describe('slaDeadline: bookings with a time of day', () => {
  it('gives a Monday 09:30 booking until Tuesday 09:30', () => {
    const d = slaDeadline({ bookedAt: '2026-11-16T08:30:00.000Z', meetingAt: null }, BERLIN)
    expect(iso(d)).toBe('2026-11-17T08:30:00.000Z')
  })

  it('gives a Friday 15:00 booking before a Monday holiday until Tuesday 15:00', () => {
    const d = slaDeadline(
      { bookedAt: '2026-11-20T14:00:00.000Z', meetingAt: null },
      { ...BERLIN, holidays: ['2026-11-23'] },
    )
    expect(iso(d)).toBe('2026-11-24T14:00:00.000Z')
  })

  it('moves a Saturday 10:00 booking to Monday 00:00 so the deadline is Tuesday 00:00', () => {
    const d = slaDeadline({ bookedAt: '2026-11-21T09:00:00.000Z', meetingAt: null }, BERLIN)
    expect(iso(d)).toBe('2026-11-23T23:00:00.000Z') // Tuesday 00:00 CET
  })

  it('moves a booking made on a weekday holiday to 00:00 of the next business day', () => {
    const d = slaDeadline(
      { bookedAt: '2026-11-23T10:00:00.000Z', meetingAt: null },
      { ...BERLIN, holidays: ['2026-11-23'] },
    )
    expect(iso(d)).toBe('2026-11-24T23:00:00.000Z') // booked → Tuesday 00:00, D = Wednesday 00:00
  })

  it('judges a Sunday 23:30 booking by the local day, not the UTC day', () => {
    // Sunday 23:30 in New York is already Monday 04:30 in UTC.
    const ny = { ...BERLIN, timeZone: 'America/New_York' }
    const d = slaDeadline({ bookedAt: '2026-11-23T04:30:00.000Z', meetingAt: null }, ny)
    expect(iso(d)).toBe('2026-11-24T05:00:00.000Z') // Monday 00:00 → Tuesday 00:00 EST
  })

  it('uses the N-th business day after with a window of 2', () => {
    const d = slaDeadline({ bookedAt: '2026-11-19T14:00:00.000Z', meetingAt: null }, { ...BERLIN, slaWindowDays: 2 })
    expect(iso(d)).toBe('2026-11-23T14:00:00.000Z') // Thursday 15:00 → Monday 15:00
  })
})

describe('slaDeadline across DST', () => {
  it.each([
    // zone, booked (Friday 15:00 local), deadline (Monday 15:00 local)
    ['Europe/Berlin', '2026-10-23T13:00:00.000Z', '2026-10-26T14:00:00.000Z', 'CEST → CET'],
    ['Europe/Berlin', '2026-03-27T14:00:00.000Z', '2026-03-30T13:00:00.000Z', 'CET → CEST'],
    ['America/New_York', '2026-03-06T20:00:00.000Z', '2026-03-09T19:00:00.000Z', 'EST → EDT'],
    ['America/New_York', '2026-10-30T19:00:00.000Z', '2026-11-02T20:00:00.000Z', 'EDT → EST'],
  ])('keeps the local time of day in %s: %s → %s (%s)', (timeZone, bookedAt, expected) => {
    const d = slaDeadline({ bookedAt, meetingAt: null }, { ...BERLIN, timeZone })
    expect(iso(d)).toBe(expected)
  })

  it('moves a Saturday booking in the DST week to Monday 00:00 local, D = Tuesday 00:00 EDT', () => {
    const ny = { ...BERLIN, timeZone: 'America/New_York' }
    const d = slaDeadline({ bookedAt: '2026-03-07T15:00:00.000Z', meetingAt: null }, ny)
    expect(iso(d)).toBe('2026-03-10T04:00:00.000Z')
  })
})

describe('slaDeadline: date-only bookings', () => {
  it('gives a date-only Monday booking all of Tuesday: D = Wednesday 00:00', () => {
    const d = slaDeadline({ bookedAt: '2026-11-16', meetingAt: null }, BERLIN)
    expect(iso(d)).toBe('2026-11-17T23:00:00.000Z')
  })

  it('gives a date-only Friday booking all of Monday: D = Tuesday 00:00', () => {
    const d = slaDeadline({ bookedAt: '2026-11-20', meetingAt: null }, BERLIN)
    expect(iso(d)).toBe('2026-11-23T23:00:00.000Z')
  })

  it('first moves a date-only Saturday booking to Monday, so D = Wednesday 00:00', () => {
    const d = slaDeadline({ bookedAt: '2026-11-21', meetingAt: null }, BERLIN)
    expect(iso(d)).toBe('2026-11-24T23:00:00.000Z')
  })

  it('skips a holiday as the next business day: date-only Friday before a Monday holiday → Wednesday 00:00', () => {
    const d = slaDeadline({ bookedAt: '2026-11-20', meetingAt: null }, { ...BERLIN, holidays: ['2026-11-23'] })
    expect(iso(d)).toBe('2026-11-24T23:00:00.000Z')
  })
})

describe('slaDeadline: capped at the meeting', () => {
  it('caps at a meeting earlier than the business-day deadline', () => {
    const d = slaDeadline({ bookedAt: '2026-11-16T08:30:00.000Z', meetingAt: '2026-11-16T15:00:00.000Z' }, BERLIN)
    expect(iso(d)).toBe('2026-11-16T15:00:00.000Z')
  })

  it('reads a date-only meeting as 00:00 of that day', () => {
    const d = slaDeadline({ bookedAt: '2026-11-16T08:30:00.000Z', meetingAt: '2026-11-17' }, BERLIN)
    expect(iso(d)).toBe('2026-11-16T23:00:00.000Z')
  })

  it('leaves the deadline alone when the meeting is later', () => {
    const d = slaDeadline({ bookedAt: '2026-11-16T08:30:00.000Z', meetingAt: '2026-11-25T10:00:00.000Z' }, BERLIN)
    expect(iso(d)).toBe('2026-11-17T08:30:00.000Z')
  })
})

describe('slaOf', () => {
  const asOf = Date.parse('2026-12-01T00:00:00.000Z')

  it('flags a Friday 15:00 booking answered Monday 15:30 as late, after 24.5 business hours', () => {
    const h = handoff({
      bookedAt: '2026-11-20T14:00:00.000Z',
      status: 'accepted',
      respondedAt: '2026-11-23T14:30:00.000Z',
    })
    expect(slaOf(h, BERLIN, asOf)).toEqual({
      deadline: Date.parse('2026-11-23T14:00:00.000Z'),
      state: 'late',
      responseHours: 24.5,
    })
  })

  it('counts an answer exactly at the deadline as late', () => {
    const h = handoff({ status: 'rejected', respondedAt: '2026-11-17T08:30:00.000Z' })
    expect(slaOf(h, BERLIN, asOf).state).toBe('late')
  })

  it('counts an answer a millisecond before the deadline as on time', () => {
    const h = handoff({ status: 'accepted', respondedAt: '2026-11-17T08:29:59.999Z' })
    expect(slaOf(h, BERLIN, asOf).state).toBe('on_time')
  })

  it('reads a date-only respondedAt as 00:00 of that day: answered "Tuesday" for Monday 09:30 is on time', () => {
    const h = handoff({ status: 'accepted', respondedAt: '2026-11-17' })
    expect(slaOf(h, BERLIN, asOf)).toMatchObject({ state: 'on_time', responseHours: 14.5 })
  })

  it('reads a date-only respondedAt "Wednesday" for Monday 09:30 as late', () => {
    const h = handoff({ status: 'accepted', respondedAt: '2026-11-18' })
    expect(slaOf(h, BERLIN, asOf).state).toBe('late')
  })

  it('puts a date-only booking answered on a date-only next day on time after 24 business hours', () => {
    const h = handoff({ bookedAt: '2026-11-16', status: 'rejected', respondedAt: '2026-11-17' })
    expect(slaOf(h, BERLIN, asOf)).toMatchObject({ state: 'on_time', responseHours: 24 })
  })

  it('starts the clock of a Saturday booking at Monday 00:00: answered Monday 10:00 took 10 business hours', () => {
    const h = handoff({
      bookedAt: '2026-11-21T09:00:00.000Z',
      status: 'accepted',
      respondedAt: '2026-11-23T09:00:00.000Z',
    })
    expect(slaOf(h, BERLIN, asOf)).toMatchObject({ state: 'on_time', responseHours: 10 })
  })

  it('marks a decision without respondedAt as unknown', () => {
    const h = handoff({ status: 'accepted', respondedAt: null })
    expect(slaOf(h, BERLIN, asOf)).toMatchObject({ state: 'unknown', responseHours: null })
  })

  it.each([
    ['2026-11-17T08:29:59.999Z', 'open_within'],
    ['2026-11-17T08:30:00.000Z', 'open_overdue'],
    ['2026-11-30T00:00:00.000Z', 'open_overdue'],
  ])('marks a pending Monday 09:30 booking as of %s as %s', (asOfIso, state) => {
    const h = handoff({ status: 'pending' })
    expect(slaOf(h, BERLIN, Date.parse(asOfIso))).toMatchObject({ state, responseHours: null })
  })
})

describe('slaStateOf', () => {
  it('agrees with slaOf on every state', () => {
    const asOf = Date.parse('2026-11-17T00:00:00.000Z')
    const cases = [
      handoff({ status: 'pending' }),
      handoff({ status: 'pending', bookedAt: '2026-11-10' }),
      handoff({ status: 'accepted', respondedAt: null }),
      handoff({ status: 'accepted', respondedAt: '2026-11-16T12:00:00.000Z' }),
      handoff({ status: 'rejected', respondedAt: '2026-11-18' }),
    ]
    expect(cases.map((h) => slaStateOf(h, BERLIN, asOf))).toEqual(cases.map((h) => slaOf(h, BERLIN, asOf).state))
    expect(cases.map((h) => slaStateOf(h, BERLIN, asOf))).toEqual([
      'open_within',
      'open_overdue',
      'unknown',
      'on_time',
      'late',
    ])
  })
})

describe('slaInto', () => {
  const asOf = Date.parse('2026-12-01T00:00:00.000Z')

  it('gives every handoff the same result as slaOf while reusing one result object', () => {
    const handoffs = [
      handoff({ bookedAt: '2026-11-20T14:00:00.000Z', status: 'accepted', respondedAt: '2026-11-23T14:30:00.000Z' }),
      handoff({ status: 'pending' }),
      handoff({ bookedAt: '2026-11-21', status: 'rejected', respondedAt: null }),
      handoff({ bookedAt: '2026-11-28T10:00:00.000Z', status: 'pending' }),
    ]
    const out: SlaResult = { deadline: 0, state: 'unknown', responseHours: null }
    for (const h of handoffs) {
      expect(slaInto(h, slaCalendar(BERLIN), asOf, out)).toBe(out)
      expect({ ...out }).toEqual(slaOf(h, BERLIN, asOf))
    }
  })

  it('prepares one calendar per settings object', () => {
    expect(slaCalendar(BERLIN)).toBe(slaCalendar(BERLIN))
    expect(slaCalendar({ ...BERLIN, slaWindowDays: 3 }).windowDays).toBe(3)
  })
})

describe('slaOf, response time in working hours (09:00–17:00)', () => {
  const asOf = Date.parse('2026-12-01T00:00:00.000Z')
  const WORKING = {
    ...BERLIN,
    responseTime: { unit: 'working_hours', workdayStart: '09:00', workdayEnd: '17:00' },
  } as const

  it.each([
    ['a Monday 09:30 booking answered Monday 15:00', '2026-11-16T08:30:00.000Z', '2026-11-16T14:00:00.000Z', 5.5],
    ['a Monday 07:00 booking (before hours) answered 10:00', '2026-11-16T06:00:00.000Z', '2026-11-16T09:00:00.000Z', 1],
    [
      'a Monday 18:00 booking (after hours) answered Tuesday 10:00',
      '2026-11-16T17:00:00.000Z',
      '2026-11-17T09:00:00.000Z',
      1,
    ],
    ['a Saturday booking answered Monday 11:00', '2026-11-21T09:00:00.000Z', '2026-11-23T10:00:00.000Z', 2],
    ['a date-only Monday booking answered on date-only Tuesday', '2026-11-16', '2026-11-17', 8],
    ['a date-only Saturday booking answered Monday 11:00', '2026-11-21', '2026-11-23T10:00:00.000Z', 2],
  ])('measures %s as %s working hours', (_, bookedAt, respondedAt, hours) => {
    const h = handoff({ bookedAt, status: 'accepted', respondedAt })
    expect(slaOf(h, WORKING, asOf).responseHours).toBe(hours)
  })

  it('skips a Monday holiday: Friday 15:00 answered Tuesday 11:00 took 4 working hours', () => {
    const h = handoff({
      bookedAt: '2026-11-20T14:00:00.000Z',
      status: 'accepted',
      respondedAt: '2026-11-24T10:00:00.000Z',
    })
    expect(slaOf(h, { ...WORKING, holidays: ['2026-11-23'] }, asOf).responseHours).toBe(4)
  })

  it('keeps the SLA deadline in business days: Friday 15:00 answered Monday 15:30 is late after 8.5 working hours', () => {
    const h = handoff({
      bookedAt: '2026-11-20T14:00:00.000Z',
      status: 'accepted',
      respondedAt: '2026-11-23T14:30:00.000Z',
    })
    expect(slaOf(h, WORKING, asOf)).toEqual({ ...slaOf(h, BERLIN, asOf), responseHours: 8.5 })
    expect(slaOf(h, WORKING, asOf).state).toBe('late')
  })

  it('measures a DST weekend in New York by the wall clock: Friday 16:00 EDT to Monday 10:00 EST is 2 working hours', () => {
    const newYork = { ...WORKING, timeZone: 'America/New_York' }
    const h = handoff({
      bookedAt: '2026-10-30T20:00:00.000Z',
      status: 'rejected',
      respondedAt: '2026-11-02T15:00:00.000Z',
    })
    expect(slaOf(h, newYork, asOf).responseHours).toBe(2)
  })
})

describe('an SLA the export cannot show', () => {
  const booked = { bookedAt: '2026-11-16T09:30:00.000Z' }
  const asOf = Date.parse('2026-11-30T00:00:00.000Z')
  const without = (...fields: HandoffField[]) => carriedMaskOf(CARRIED_FIELDS.filter((f) => !fields.includes(f)))

  it('puts a pending handoff of an export without a decision column in no breach', () => {
    const h = { ...handoff({ ...booked, status: 'pending' }), carried: without('status') }
    expect(slaStateOf(h, BERLIN, asOf)).toBe('not_assessed')
    expect(slaOf(h, BERLIN, asOf).state).toBe('not_assessed')
  })

  it('calls a decided handoff of an export without a decision time not assessed, not unknown', () => {
    const h = { ...handoff({ ...booked, status: 'accepted' }), carried: without('respondedAt') }
    expect(slaOf(h, BERLIN, asOf)).toMatchObject({ state: 'not_assessed', responseHours: null })
  })

  it('still finds a pending handoff overdue when only the decision time is missing', () => {
    const h = { ...handoff({ ...booked, status: 'pending' }), carried: without('respondedAt') }
    expect(slaStateOf(h, BERLIN, asOf)).toBe('open_overdue')
  })
})
