/**
 * Zone offsets looked up per UTC day instead of per 15-minute bucket. `offsetAt` (zoned.ts) asks
 * Intl once per bucket it has not seen; instants spread over a year touch ~35,000 buckets, which
 * costs about half a second on the first report. Offsets change at most once a day, so this layer
 * asks `offsetAt` for each day's two ends and, only on the few days whose ends differ, searches for
 * the changing bucket. A year of instants then costs a few hundred Intl calls.
 */
import { offsetAt } from './zoned'

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

/**
 * Days 1970-01-01 … 2149-06-06 are kept in typed arrays (a lookup is a load, not a hash; a year
 * of metrics does several per handoff); days outside that range, in a Map.
 */
export const TABLE_DAYS = 65_536

/** The days of one zone seen so far. `change` is NaN for a day not computed yet. */
interface ZoneDays {
  before: Float64Array
  after: Float64Array
  change: Float64Array
  far: Map<number, DayOffsets>
}

const zones = new Map<string, ZoneDays>()

function zoneDays(timeZone: string): ZoneDays {
  let z = zones.get(timeZone)
  if (!z) {
    z = {
      before: new Float64Array(TABLE_DAYS),
      after: new Float64Array(TABLE_DAYS),
      change: new Float64Array(TABLE_DAYS).fill(Number.NaN),
      far: new Map(),
    }
    zones.set(timeZone, z)
  }
  return z
}

// Loops ask about one zone over and over: remember the last one (skips a lookup by name).
let lastZone = ''
let last: ZoneDays | null = null

/** Same as `offsetAt`, for hot loops over many instants. */
export function fastOffsetAt(utcMs: number, timeZone: string): number {
  if (timeZone !== lastZone || last === null) {
    last = zoneDays(timeZone)
    lastZone = timeZone
  }
  const z = last
  const day = Math.floor(utcMs / DAY_MS)
  if (day >= 0 && day < TABLE_DAYS) {
    let change = z.change[day]!
    if (Number.isNaN(change)) {
      const d = dayOffsets(day, timeZone)
      z.before[day] = d.before
      z.after[day] = d.after
      z.change[day] = change = d.change
    }
    return utcMs < change ? z.before[day]! : z.after[day]!
  }
  let d = z.far.get(day)
  if (!d) {
    d = dayOffsets(day, timeZone)
    z.far.set(day, d)
  }
  return utcMs < d.change ? d.before : d.after
}
