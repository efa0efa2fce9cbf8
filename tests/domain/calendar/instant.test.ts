import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { daysFromCivil, digitsAt, parseInstant } from '@/domain/calendar/instant'
import { dayNumber } from '@/domain/calendar/weeks'
import { fastOffsetAt } from '@/domain/calendar/day-offsets'
import { offsetAt } from '@/domain/calendar/zoned'

describe('parseInstant', () => {
  it.each([
    '2026-11-16T14:30:00.000Z',
    '2026-11-16T14:30:00Z',
    '2026-11-16T14:30:00.5Z',
    '1969-12-31T23:59:59.999Z',
    '2000-02-29T00:00:00.000Z',
    '0001-01-01T00:00:00.000Z',
    '2026-13-01T00:00:00.000Z',
    '2026-11-16T14:30:0a.000Z',
    'not a date',
  ])('reads %s exactly as Date.parse does', (s) => {
    expect(parseInstant(s)).toEqual(Date.parse(s))
  })

  it('reads any stored instant as Date.parse does', () => {
    const instant = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2200-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    fc.assert(
      fc.property(instant, fc.boolean(), (date, withMs) => {
        const s = withMs ? date.toISOString() : date.toISOString().replace(/\.\d{3}Z$/, 'Z')
        expect(parseInstant(s)).toBe(Date.parse(s))
      }),
    )
  })

  it('counts days like Date.UTC over four centuries', () => {
    for (let y = 1900; y <= 2300; y += 7) {
      for (const [m, d] of [
        [1, 1],
        [2, 28],
        [3, 1],
        [12, 31],
      ] as const) {
        expect(daysFromCivil(y, m, d) * 86_400_000).toBe(Date.UTC(y, m - 1, d))
      }
    }
  })
})

describe('fastOffsetAt', () => {
  it.each([
    ['Europe/Berlin', '2026-03-29T00:00:00.000Z'],
    ['Europe/Berlin', '2026-10-25T00:00:00.000Z'],
    ['America/New_York', '2026-03-08T00:00:00.000Z'],
    ['America/New_York', '2026-11-01T00:00:00.000Z'],
    ['Australia/Lord_Howe', '2026-04-05T00:00:00.000Z'], // a 30-minute DST shift
    ['Asia/Kathmandu', '2026-06-01T00:00:00.000Z'],
  ])('agrees with offsetAt every 5 minutes of two days around a change in %s (%s)', (tz, from) => {
    const start = Date.parse(from) - 86_400_000
    for (let t = start; t < start + 3 * 86_400_000; t += 5 * 60_000) {
      expect(fastOffsetAt(t, tz)).toBe(offsetAt(t, tz))
    }
  })
})

describe('digitsAt', () => {
  it('reads the digits in a range, and -1 when one is not a digit', () => {
    expect(digitsAt('2026-11-23', 5, 2)).toBe(11)
    expect(digitsAt('2026-11-23', 0, 4)).toBe(2026)
    expect(digitsAt('2026-1a-23', 5, 2)).toBe(-1)
    expect(digitsAt('20', 0, 4)).toBe(-1)
  })
})

describe('dayNumber', () => {
  it('counts any calendar day from 1970-01-01 as Date.UTC does', () => {
    const day = fc.date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    fc.assert(
      fc.property(day, (date) => {
        expect(dayNumber(date.toISOString().slice(0, 10))).toBe(Math.floor(date.getTime() / 86_400_000))
      }),
    )
  })

  it.each(['2026-02-31', '2026-13-01', '2026-1-05', 'soon'])('treats the odd value %s as Date.UTC does', (day) => {
    const [y, m, d] = [day.slice(0, 4), day.slice(5, 7), day.slice(8, 10)].map(Number) as [number, number, number]
    expect(dayNumber(day)).toEqual(Math.floor(Date.UTC(y, m - 1, d) / 86_400_000))
  })
})
