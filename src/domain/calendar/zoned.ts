/**
 * Wall-clock arithmetic in an IANA time zone without a Date per call: offsets are looked up once
 * per 15-minute UTC bucket (no zone changes offset off a quarter hour) and cached, because imports
 * and reports convert hundreds of thousands of instants.
 */
export interface LocalParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  millisecond: number
}

const BUCKET_MS = 15 * 60 * 1000
const formatters = new Map<string, Intl.DateTimeFormat>()
const offsetCache = new Map<string, Map<number, number>>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** Offset of the zone from UTC in ms at the given instant (positive east of Greenwich). */
export function offsetAt(utcMs: number, timeZone: string): number {
  const bucket = Math.floor(utcMs / BUCKET_MS)
  let cache = offsetCache.get(timeZone)
  if (!cache) {
    cache = new Map()
    offsetCache.set(timeZone, cache)
  }
  const hit = cache.get(bucket)
  if (hit !== undefined) return hit
  const at = bucket * BUCKET_MS
  const parts: Record<string, number> = {}
  for (const p of formatter(timeZone).formatToParts(new Date(at))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value)
  }
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!)
  const offset = asUtc - at
  cache.set(bucket, offset)
  return offset
}

export function localParts(utcMs: number, timeZone: string): LocalParts {
  const d = new Date(utcMs + offsetAt(utcMs, timeZone))
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  }
}

/**
 * The instant at which the zone's clocks show this wall time. A time skipped by a spring-forward
 * gap maps to the instant just after the gap; a repeated autumn hour maps to its first occurrence.
 */
export function zonedTimeToUtc(p: LocalParts, timeZone: string): number {
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond)
  const HALF_DAY = 12 * 3600 * 1000
  const before = offsetAt(wall - HALF_DAY, timeZone)
  const after = offsetAt(wall + HALF_DAY, timeZone)
  const candidates = [wall - before, wall - after].sort((a, b) => a - b)
  const valid = candidates.filter((c) => c + offsetAt(c, timeZone) === wall)
  if (valid.length > 0) return valid[0]!
  // In a spring-forward gap: the answer is the transition itself, on a 15-minute boundary.
  let lo = Math.floor(candidates[0]! / BUCKET_MS)
  let hi = Math.ceil(candidates[1]! / BUCKET_MS)
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (offsetAt(mid * BUCKET_MS, timeZone) === after) hi = mid
    else lo = mid + 1
  }
  return lo * BUCKET_MS
}

/** Midnight at the start of a local calendar day, as a UTC instant. */
export function startOfLocalDay(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return zonedTimeToUtc({ year: y, month: m, day: d, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone)
}

export const pad2 = (n: number): string => String(n).padStart(2, '0')

export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

/** The local calendar day (`YYYY-MM-DD`) an instant falls on in the zone. */
export function localDayOf(utcMs: number, timeZone: string): string {
  const p = localParts(utcMs, timeZone)
  return formatDay(p.year, p.month, p.day)
}

/** A DateValue as the team reads it: `2026-11-27 17:00` in their zone, or the bare date. */
export function formatLocal(value: string, timeZone: string): string {
  if (value.length === 10) return value
  const p = localParts(Date.parse(value), timeZone)
  return `${formatDay(p.year, p.month, p.day)} ${pad2(p.hour)}:${pad2(p.minute)}`
}
