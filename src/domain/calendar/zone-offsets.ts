/**
 * A zone's offset from UTC, asked of Intl once per 15-minute UTC bucket (no zone changes offset
 * off a quarter hour) and cached: the source every conversion in zoned.ts and day-offsets.ts reads.
 */
export const BUCKET_MS = 15 * 60 * 1000
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
