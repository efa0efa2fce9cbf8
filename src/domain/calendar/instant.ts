/**
 * Parsing stored instants fast. Metrics read several instants per handoff over hundreds of
 * thousands of handoffs, and `Date.parse` costs about a microsecond a call; the stored format is
 * fixed (`YYYY-MM-DDTHH:mm:ss(.sss)Z`, see handoff.ts), so reading the digits directly is safe.
 * Anything else falls back to `Date.parse`.
 */

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

/** True for a date-only DateValue. Stored values are validated, so the length decides. */
export const isDateOnlyValue = (value: string): boolean => value.length === 10

/** The decimal number in s[from, from + count), or -1 when any of those characters is not a digit. */
export function digitsAt(s: string, from: number, count: number): number {
  let n = 0
  for (let i = from; i < from + count; i++) {
    const digit = s.charCodeAt(i) - 48
    if (!(digit >= 0 && digit <= 9)) return -1
    n = n * 10 + digit
  }
  return n
}

/** UTC ms of an ISO instant in UTC (`2026-11-16T14:30:00.000Z`); NaN when it is not one. */
export function parseInstant(s: string): number {
  const len = s.length
  if (
    (len === 24 || len === 20) &&
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(10) === 84 &&
    s.charCodeAt(13) === 58 &&
    s.charCodeAt(16) === 58 &&
    s.charCodeAt(len - 1) === 90 &&
    (len === 20 || s.charCodeAt(19) === 46)
  ) {
    const year = digitsAt(s, 0, 4)
    const month = digitsAt(s, 5, 2)
    const day = digitsAt(s, 8, 2)
    const hour = digitsAt(s, 11, 2)
    const minute = digitsAt(s, 14, 2)
    const second = digitsAt(s, 17, 2)
    const ms = len === 24 ? digitsAt(s, 20, 3) : 0
    // Every field in range (digitsAt gives -1 for a non-digit), else let Date.parse decide.
    if (
      year >= 0 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= 31 &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59 &&
      ms >= 0
    ) {
      return daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + ms
    }
  }
  return Date.parse(s)
}
