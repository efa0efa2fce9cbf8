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
  const first = wall - offsetAt(wall, timeZone)
  const second = wall - offsetAt(first, timeZone)
  if (first === second) return first
  const earlier = Math.min(first, second)
  const later = Math.max(first, second)
  if (earlier + offsetAt(earlier, timeZone) === wall) return earlier
  if (later + offsetAt(later, timeZone) === wall) return later
  // In a gap: neither maps back; take the instant after the gap.
  return later
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
