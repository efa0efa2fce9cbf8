import { describe, expect, it } from 'vitest'
import { addDays } from '@/domain/calendar/weeks'
import { zonedTimeToUtc } from '@/domain/calendar/zoned'
import { localClock } from '@/domain/demo/local-clock'

const wall = (day: string, minutes: number) => ({
  year: Number(day.slice(0, 4)),
  month: Number(day.slice(5, 7)),
  day: Number(day.slice(8, 10)),
  hour: Math.floor(minutes / 60),
  minute: minutes % 60,
  second: 0,
  millisecond: 0,
})

describe('demo local clock', () => {
  // Santiago switches at midnight, Lord Howe by 30 minutes, New York and Berlin at night.
  for (const timeZone of ['America/New_York', 'Europe/Berlin', 'America/Santiago', 'Australia/Lord_Howe', 'UTC']) {
    it(`agrees with zonedTimeToUtc for every day of 2026 in ${timeZone}`, () => {
      const clock = localClock(timeZone)
      const mismatches: string[] = []
      for (let day = '2026-01-01'; day < '2027-01-01'; day = addDays(day, 1)) {
        for (const minutes of [0, 90, 150, 8 * 60 + 5, 23 * 60 + 30]) {
          const expected = zonedTimeToUtc(wall(day, minutes), timeZone)
          if (clock.at(day, minutes) !== expected) mismatches.push(`${day} ${minutes}`)
        }
      }
      expect(mismatches).toEqual([])
    })
  }

  it('reads the local day back from an instant', () => {
    const clock = localClock('America/New_York')
    expect(clock.dayOf(clock.at('2026-11-15', 23 * 60 + 30))).toBe('2026-11-15')
  })
})
