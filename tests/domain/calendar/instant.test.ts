import { describe, expect, it } from 'vitest'
import { daysFromCivil, parseInstant } from '@/domain/calendar/instant'
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

  it('counts days like Date.UTC over four centuries', () => {
    for (let y = 1900; y <= 2300; y += 7) {
      for (const [m, d] of [[1, 1], [2, 28], [3, 1], [12, 31]] as const) {
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
