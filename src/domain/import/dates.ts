import type { DateValue } from '../handoff'
import { detached } from '../detached'
import { zonedTimeToUtc } from '../calendar/zoned'
import type { DateOrder } from './mapping'
import { formatDay } from '../calendar/weeks'
import { MONTH_NAMES } from '../calendar/months'

/** Date cells → DateValue: the shapes CRMs export, day/month order detection, Excel serials. */

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([ap]\.?m\.?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?`
/** 2026-11-16, 2026/11/16, 2026-11-16T14:30:00.000+01:00, 2026-11-16 14:30 */
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:t|\s+)${TIME})?$`, 'i')
/** 20261116 */
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
/** 11/16/2026, 16/11/2026, 16.11.2026, 16-11-26, each with an optional time */
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?:(?:t|,?\s+)${TIME})?$`, 'i')
/** 02 Jul, 2018 00:05:00 · 2-Jul-2018 */
const NAMED_DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4})(?:,?\s+${TIME})?$`, 'i')
/** Jul 2, 2018 12:05 PM · July 2nd 2018 */
const NAMED_MONTH_FIRST = new RegExp(
  String.raw`^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?${TIME})?$`,
  'i',
)
const SERIAL = /^\d{1,7}(\.\d+)?$/

// Month words from the file are looked up here: no prototype, so "constructor" is no month.
const MONTHS = Object.create(null) as Record<string, number>
MONTH_NAMES.forEach((name, i) => {
  MONTHS[name.toLowerCase()] = i + 1
  MONTHS[name.slice(0, 3).toLowerCase()] = i + 1
})
MONTHS.sept = 9

/** One date value read from its text, before day/month order is applied. */
type DateShape =
  | { kind: 'fixed'; y: number; m: number; d: number; time: RegExpExecArray | null; timeAt: number }
  | { kind: 'dayMonth'; a: number; b: number; y: number; dotted: boolean; time: RegExpExecArray | null; timeAt: number }
  | { kind: 'serial'; serial: number }

const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isSeparator = (c: number): boolean => c === 47 || c === 46 || c === 45 // / . -

/** `2026-11-16…`, `2026/11/16…`: a year-first shape, never one that depends on day/month order. */
const isYearFirst = (raw: string): boolean =>
  raw.length >= 8 &&
  isSeparator(raw.charCodeAt(4)) &&
  isDigit(raw.charCodeAt(0)) &&
  isDigit(raw.charCodeAt(1)) &&
  isDigit(raw.charCodeAt(2)) &&
  isDigit(raw.charCodeAt(3))

/** Reads the text's shape; cheap character tests pick the one regular expression to try. */
function shapeOf(raw: string, excelSerials: boolean): DateShape | null {
  const c0 = raw.charCodeAt(0)
  if (isDigit(c0)) {
    if (isYearFirst(raw)) {
      if (raw.length === 10 && raw.charCodeAt(7) === raw.charCodeAt(4) && isDigit(raw.charCodeAt(9))) {
        const y = +raw.slice(0, 4)
        const m = +raw.slice(5, 7)
        const d = +raw.slice(8, 10)
        if (y === y && m === m && d === d) return { kind: 'fixed', y, m, d, time: null, timeAt: 0 }
      }
      const m = YEAR_FIRST.exec(raw)
      return m ? { kind: 'fixed', y: +m[1]!, m: +m[3]!, d: +m[4]!, time: m[5] ? m : null, timeAt: 5 } : null
    }
    if (isSeparator(raw.charCodeAt(1)) || isSeparator(raw.charCodeAt(2))) {
      const m = YEAR_LAST.exec(raw)
      if (m) {
        const y = m[4]!.length === 2 ? (+m[4]! < 70 ? 2000 : 1900) + +m[4]! : +m[4]!
        return { kind: 'dayMonth', a: +m[1]!, b: +m[3]!, y, dotted: m[2] === '.', time: m[5] ? m : null, timeAt: 5 }
      }
    }
    if (raw.length === 8) {
      const m = COMPACT.exec(raw)
      if (m) return { kind: 'fixed', y: +m[1]!, m: +m[2]!, d: +m[3]!, time: null, timeAt: 0 }
    }
    const named = NAMED_DAY_FIRST.exec(raw)
    if (named && MONTHS[named[2]!.toLowerCase()]) {
      const month = MONTHS[named[2]!.toLowerCase()]!
      return { kind: 'fixed', y: +named[3]!, m: month, d: +named[1]!, time: named[4] ? named : null, timeAt: 4 }
    }
    if (excelSerials && SERIAL.test(raw)) return { kind: 'serial', serial: Number(raw) }
    return null
  }
  const m = NAMED_MONTH_FIRST.exec(raw)
  if (m && MONTHS[m[1]!.toLowerCase()]) {
    return { kind: 'fixed', y: +m[3]!, m: MONTHS[m[1]!.toLowerCase()]!, d: +m[2]!, time: m[4] ? m : null, timeAt: 4 }
  }
  return null
}

export type DetectedDateOrder = DateOrder | 'ambiguous'

/**
 * The day/month order of a column, from every value (never the first row alone): a value with a
 * first number above 12 proves DMY, a second number above 12 proves MDY; the majority of proofs
 * wins (rows that contradict it are then rejected as not dates). No year-last values at all →
 * 'YMD'. Only values like `03/04/2026` → 'ambiguous', except that dotted dates (`03.04.2026`)
 * are read as day-first, as everywhere they are used.
 */
export function detectDateOrder(values: Iterable<string>): DetectedDateOrder {
  const votes = new DateOrderVotes()
  for (const value of values) votes.add(value)
  return votes.order()
}

/** `detectDateOrder` one value at a time, so an import can count while it reads each row. */
export class DateOrderVotes {
  private dmy = 0
  private mdy = 0
  private ambiguous = 0
  private dottedAmbiguous = 0
  private yearLast = 0
  /** The first value that reads both ways: the example a question shows ("06/03/2025"). */
  example: string | null = null

  /** Counts one value; true when it is a year-last date (read differently by day/month order). */
  add(value: string): boolean {
    const raw = value.trim()
    if (raw === '' || isYearFirst(raw)) return false
    const shape = shapeOf(raw, false)
    if (shape?.kind !== 'dayMonth') return false
    this.yearLast++
    if (shape.a > 12 && shape.b <= 12) this.dmy++
    else if (shape.b > 12 && shape.a <= 12) this.mdy++
    else if (shape.a !== shape.b && shape.a <= 12) {
      this.ambiguous++
      // Detached: it outlives the stretch of the file it was read from.
      this.example ??= detached(raw)
      if (shape.dotted) this.dottedAmbiguous++
    }
    return true
  }

  order(): DetectedDateOrder {
    if (this.yearLast === 0) return 'YMD'
    if (this.dmy > 0 || this.mdy > 0) return this.dmy > this.mdy ? 'DMY' : 'MDY'
    if (this.ambiguous === 0) return 'MDY'
    return this.dottedAmbiguous === this.ambiguous ? 'DMY' : 'ambiguous'
  }
}

/** Whether `parseDate` reads the value differently by day/month order (a year-last date). */
export const dependsOnDateOrder = (value: string): boolean => {
  const raw = value.trim()
  return raw !== '' && !isYearFirst(raw) && shapeOf(raw, false)?.kind === 'dayMonth'
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const daysIn = (y: number, m: number): number =>
  m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!

export interface DateParseOptions {
  timeZone: string
  /** Day/month order for year-last values; when absent, dotted dates are DMY and others MDY. */
  order?: DateOrder
  /** Read bare numbers as Excel serial dates (cells that came from an XLSX sheet). */
  excelSerials?: boolean
}

/** Excel's day 0 is 1899-12-30 (counting its phantom 1900-02-29, serial 60, for serials ≥ 61). */
function fromSerial(serial: number, timeZone: string): DateValue | null {
  if (!(serial >= 1 && serial < 2958466)) return null
  const whole = Math.floor(serial)
  const dayMs = Date.UTC(1899, 11, whole < 61 ? 31 : 30) + whole * 86_400_000
  const d = new Date(dayMs)
  const seconds = Math.round((serial - whole) * 86_400)
  if (seconds === 0) return formatDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
  const wall = new Date(dayMs + seconds * 1000)
  return new Date(
    zonedTimeToUtc(
      {
        year: wall.getUTCFullYear(),
        month: wall.getUTCMonth() + 1,
        day: wall.getUTCDate(),
        hour: wall.getUTCHours(),
        minute: wall.getUTCMinutes(),
        second: wall.getUTCSeconds(),
        millisecond: 0,
      },
      timeZone,
    ),
  ).toISOString()
}

function build(
  y: number,
  mo: number,
  d: number,
  time: RegExpExecArray | null,
  at: number,
  timeZone: string,
): DateValue | null {
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null
  if (!time) return formatDay(y, mo, d)
  let hour = +time[at]!
  const minute = +time[at + 1]!
  const second = time[at + 2] ? +time[at + 2]! : 0
  const millisecond = time[at + 3] ? Math.floor(+`0.${time[at + 3]}` * 1000) : 0
  const meridiem = time[at + 4]?.[0]?.toLowerCase()
  const zone = time[at + 5]?.toLowerCase()
  if (meridiem) {
    if (hour < 1 || hour > 12) return null
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0)
  }
  if (hour > 23 || minute > 59 || second > 59) return null
  let ms: number
  if (zone) {
    let offsetMin = 0
    if (zone !== 'z' && zone !== 'utc' && zone !== 'gmt') {
      const digits = zone.replace(':', '')
      const sign = digits[0] === '-' ? -1 : 1
      offsetMin = sign * (+digits.slice(1, 3) * 60 + (digits.length > 3 ? +digits.slice(3, 5) : 0))
    }
    ms = Date.UTC(y, mo - 1, d, hour, minute, second, millisecond) - offsetMin * 60_000
  } else {
    ms = zonedTimeToUtc({ year: y, month: mo, day: d, hour, minute, second, millisecond }, timeZone)
  }
  return new Date(ms).toISOString()
}

/** Two digits at `at` as a number, or NaN. */
function twoDigits(raw: string, at: number): number {
  const a = raw.charCodeAt(at) - 48
  const b = raw.charCodeAt(at + 1) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN
}

/**
 * The text itself when it already is the stored form of an instant, `2026-11-16T14:30:00.000Z`
 * (what the template CSV, backups and most APIs write), else null. Such text reads back to the
 * same string through `build`, so the regular expressions and Date objects are skipped: an
 * import converts hundreds of thousands of them.
 */
function storedInstant(raw: string): string | null {
  if (raw.length !== 24 || raw.charCodeAt(10) !== 84 /* T */ || raw.charCodeAt(23) !== 90 /* Z */) return null
  if (raw.charCodeAt(4) !== 45 || raw.charCodeAt(7) !== 45) return null // -
  if (raw.charCodeAt(13) !== 58 || raw.charCodeAt(16) !== 58 || raw.charCodeAt(19) !== 46) return null // : : .
  const y = twoDigits(raw, 0) * 100 + twoDigits(raw, 2)
  const mo = twoDigits(raw, 5)
  const d = twoDigits(raw, 8)
  if (!(y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo))) return null
  if (!(twoDigits(raw, 11) <= 23 && twoDigits(raw, 14) <= 59 && twoDigits(raw, 17) <= 59)) return null
  const isMs = isDigit(raw.charCodeAt(20)) && isDigit(raw.charCodeAt(21)) && isDigit(raw.charCodeAt(22))
  return isMs ? raw : null
}

/**
 * A date cell → DateValue: 'YYYY-MM-DD' when the text has no time of day, else a UTC instant.
 * Times with an offset or Z are converted; times without one are team-local (the time zone).
 * Returns null for an empty cell and undefined for text that is not a date.
 */
export function parseDate(value: string, options: DateParseOptions): DateValue | null | undefined {
  const raw = value.trim()
  if (raw === '') return null
  const stored = storedInstant(raw)
  if (stored !== null) return stored
  const shape = shapeOf(raw, options.excelSerials ?? false)
  if (!shape) return undefined
  if (shape.kind === 'serial') return fromSerial(shape.serial, options.timeZone) ?? undefined
  if (shape.kind === 'fixed')
    return build(shape.y, shape.m, shape.d, shape.time, shape.timeAt, options.timeZone) ?? undefined
  const order = options.order ?? (shape.dotted ? 'DMY' : 'MDY')
  if (order === 'YMD') return undefined
  const [mo, d] = order === 'MDY' ? [shape.a, shape.b] : [shape.b, shape.a]
  return build(shape.y, mo, d, shape.time, shape.timeAt, options.timeZone) ?? undefined
}

/** A date that reads both ways, as a person reads it each way: "6 March 2025" and "3 June 2025". */
export function readBothWays(value: string): { DMY: string; MDY: string } | null {
  const shape = shapeOf(value.trim(), false)
  if (shape?.kind !== 'dayMonth') return null
  const say = (d: number, m: number) => `${d} ${MONTH_NAMES[m - 1] ?? '?'} ${shape.y}`
  return { DMY: say(shape.a, shape.b), MDY: say(shape.b, shape.a) }
}
