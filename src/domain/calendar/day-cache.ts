/**
 * Caches for per-day values of a time zone (offsets, local midnights). Metrics look several up
 * per handoff over a year of handoffs, so a lookup must be a load, not a hash: days 1970-01-01 …
 * 2149-06-06 live in a typed array, days outside that range in a Map.
 */
const TABLE_DAYS = 65_536

/** A number per day number; NaN = not known yet. */
export class DayValues {
  private readonly near = new Float64Array(TABLE_DAYS).fill(Number.NaN)
  private readonly far = new Map<number, number>()

  get(day: number): number {
    return day >= 0 && day < TABLE_DAYS ? this.near[day]! : (this.far.get(day) ?? Number.NaN)
  }

  set(day: number, value: number): void {
    if (day >= 0 && day < TABLE_DAYS) this.near[day] = value
    else this.far.set(day, value)
  }
}

/**
 * One cache per time zone, made by `create` on first use. Hot loops ask about one zone over and
 * over, so the last zone is remembered and the lookup by name skipped.
 */
export function perZone<T>(create: () => T): (timeZone: string) => T {
  const zones = new Map<string, T>()
  let lastZone = ''
  let last: T | undefined
  return (timeZone) => {
    if (timeZone !== lastZone || last === undefined) {
      last = zones.get(timeZone)
      if (last === undefined) {
        last = create()
        zones.set(timeZone, last)
      }
      lastZone = timeZone
    }
    return last
  }
}
