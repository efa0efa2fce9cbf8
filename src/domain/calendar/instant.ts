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

const d = (s: string, i: number): number => s.charCodeAt(i) - 48

/** UTC ms of an ISO instant in UTC (`2026-11-16T14:30:00.000Z`); NaN when it is not one. */
export function parseInstant(s: string): number {
  const len = s.length
  if (len === 24 || len === 20) {
    const year = d(s, 0) * 1000 + d(s, 1) * 100 + d(s, 2) * 10 + d(s, 3)
    const month = d(s, 5) * 10 + d(s, 6)
    const day = d(s, 8) * 10 + d(s, 9)
    const hour = d(s, 11) * 10 + d(s, 12)
    const minute = d(s, 14) * 10 + d(s, 15)
    const second = d(s, 17) * 10 + d(s, 18)
    const ms = len === 24 ? d(s, 20) * 100 + d(s, 21) * 10 + d(s, 22) : 0
    // Every digit in range and the separators where they belong, else let Date.parse decide.
    if (
      s.charCodeAt(len - 1) === 90 && s.charCodeAt(10) === 84 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 &&
      (len === 20 || s.charCodeAt(19) === 46) &&
      year >= 0 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
      hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && ms >= 0 && ms <= 999 &&
      allDigits(s, len)
    ) {
      return daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + ms
    }
  }
  return Date.parse(s)
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22]

function allDigits(s: string, len: number): boolean {
  for (const i of DIGIT_POSITIONS) {
    if (i >= len - 1) break
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}
