/**
 * Zone offsets looked up per UTC day instead of per 15-minute bucket. `offsetAt` (zone-offsets.ts) asks
 * Intl once per bucket it has not seen; instants spread over a year touch ~35,000 buckets, which
 * costs about half a second on the first report. Offsets change at most once a day, so this layer
 * asks `offsetAt` for each day's two ends and, only on the few days whose ends differ, searches for
 * the changing bucket. A year of instants then costs a few hundred Intl calls.
 */
import { DayValues, perZone } from './day-cache'
import { offsetAt } from './zone-offsets'

const DAY_MS = 86_400_000
const BUCKET_MS = 15 * 60 * 1000
const BUCKETS_PER_DAY = DAY_MS / BUCKET_MS

/** One UTC day of a zone: `before` until `change` (UTC ms), `after` from then on. */
interface DayOffsets {
  before: number
  after: number
  change: number
}

function dayOffsets(day: number, timeZone: string): DayOffsets {
  const start = day * DAY_MS
  const before = offsetAt(start, timeZone)
  const after = offsetAt(start + DAY_MS - 1, timeZone)
  if (before === after) return { before, after, change: start + DAY_MS }
  // The first bucket of the day whose offset is no longer `before`.
  let lo = 0
  let hi = BUCKETS_PER_DAY - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (offsetAt(start + mid * BUCKET_MS, timeZone) === before) lo = mid + 1
    else hi = mid
  }
  return { before, after: offsetAt(start + lo * BUCKET_MS, timeZone), change: start + lo * BUCKET_MS }
}

/** The days of one zone seen so far: the offset `before` until `change` (UTC ms), `after` from then. */
const zoneDays = perZone(() => ({ before: new DayValues(), after: new DayValues(), change: new DayValues() }))

/** Same as `offsetAt`, for hot loops over many instants. */
export function fastOffsetAt(utcMs: number, timeZone: string): number {
  const z = zoneDays(timeZone)
  const day = Math.floor(utcMs / DAY_MS)
  let change = z.change.get(day)
  if (Number.isNaN(change)) {
    const d = dayOffsets(day, timeZone)
    z.before.set(day, d.before)
    z.after.set(day, d.after)
    z.change.set(day, (change = d.change))
  }
  return utcMs < change ? z.before.get(day) : z.after.get(day)
}
