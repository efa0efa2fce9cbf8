import { describe, expect, it } from 'vitest'
import { localParts, startOfLocalDay, zonedTimeToUtc } from '@/domain/calendar/zoned'

const wall = (year: number, month: number, day: number, hour = 0, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
})

describe('zoned time', () => {
  it('turns a New York wall time into UTC in winter and in summer', () => {
    expect(new Date(zonedTimeToUtc(wall(2026, 1, 15, 9), 'America/New_York')).toISOString()).toBe(
      '2026-01-15T14:00:00.000Z',
    )
    expect(new Date(zonedTimeToUtc(wall(2026, 7, 15, 9), 'America/New_York')).toISOString()).toBe(
      '2026-07-15T13:00:00.000Z',
    )
  })

  it('maps a wall time inside the spring-forward gap to the instant after the gap', () => {
    // 2026-03-29 02:30 does not exist in Berlin; clocks jump from 02:00 to 03:00 (01:00 UTC).
    expect(new Date(zonedTimeToUtc(wall(2026, 3, 29, 2, 30), 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    )
  })

  it('takes the first of the two autumn 02:30s', () => {
    expect(new Date(zonedTimeToUtc(wall(2026, 10, 25, 2, 30), 'Europe/Berlin')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    )
  })

  it('reads local parts back from an instant', () => {
    expect(localParts(Date.parse('2026-11-22T23:30:00Z'), 'Europe/Berlin')).toMatchObject({
      year: 2026,
      month: 11,
      day: 23,
      hour: 0,
      minute: 30,
    })
  })

  it('finds local midnight of a day', () => {
    expect(new Date(startOfLocalDay('2026-11-23', 'Asia/Kolkata')).toISOString()).toBe('2026-11-22T18:30:00.000Z')
  })
})
