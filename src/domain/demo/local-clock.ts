import { addDays, dayNumber } from '../calendar/weeks'
import { localDayOf, startOfLocalDay, zonedTimeToUtc } from '../calendar/zoned'

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

export interface LocalClock {
  /** The instant at `minutes` past local midnight of `day`. */
  at(day: string, minutes: number): number
  dayOf(ms: number): string
}

/**
 * Local wall time → instant, with one zone lookup per calendar day instead of per instant: when
 * the offset at the day's start equals the next day's, no transition falls inside the day.
 */
export function localClock(timeZone: string): LocalClock {
  const starts = new Map<string, number>()
  const startOf = (day: string): number => {
    let ms = starts.get(day)
    if (ms === undefined) {
      ms = startOfLocalDay(day, timeZone)
      starts.set(day, ms)
    }
    return ms
  }
  const wallOf = (day: string): number => dayNumber(day) * DAY_MS
  return {
    at: (day, minutes) => {
      const offset = wallOf(day) - startOf(day)
      const next = addDays(day, 1)
      if (wallOf(next) - startOf(next) === offset) return wallOf(day) + minutes * MINUTE_MS - offset
      return zonedTimeToUtc(
        {
          year: Number(day.slice(0, 4)),
          month: Number(day.slice(5, 7)),
          day: Number(day.slice(8, 10)),
          hour: Math.floor(minutes / 60),
          minute: minutes % 60,
          second: 0,
          millisecond: 0,
        },
        timeZone,
      )
    },
    dayOf: (ms) => localDayOf(ms, timeZone),
  }
}
