import {
  CONTACT_INFLUENCES,
  OUTCOMES,
  REJECTION_REASONS,
  TRIGGER_CATEGORIES,
  type ContactInfluence,
  type DateValue,
  type HandoffStatus,
  type Outcome,
  type RejectionReason,
  type TriggerCategory,
} from '../handoff'
import { formatDay, zonedTimeToUtc } from '../calendar/zoned'
import type { DateOrder } from './mapping'

// ── Dates ───────────────────────────────────────────────────────────────────────────────────

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

const MONTHS: Record<string, number> = {}
;['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].forEach((m, i) => {
  MONTHS[m] = i + 1
})
Object.assign(MONTHS, { sept: 9 })
const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
FULL_MONTHS.forEach((m, i) => {
  MONTHS[m] = i + 1
})

/** One date value read from its text, before day/month order is applied. */
type DateShape =
  | { kind: 'fixed'; y: number; m: number; d: number; time: RegExpExecArray | null; timeAt: number }
  | { kind: 'dayMonth'; a: number; b: number; y: number; dotted: boolean; time: RegExpExecArray | null; timeAt: number }
  | { kind: 'serial'; serial: number }

const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isSeparator = (c: number): boolean => c === 47 || c === 46 || c === 45 // / . -

/** Reads the text's shape; cheap character tests pick the one regular expression to try. */
function shapeOf(raw: string, excelSerials: boolean): DateShape | null {
  const c0 = raw.charCodeAt(0)
  if (isDigit(c0)) {
    if (
      raw.length >= 8 &&
      isSeparator(raw.charCodeAt(4)) &&
      isDigit(raw.charCodeAt(1)) &&
      isDigit(raw.charCodeAt(2)) &&
      isDigit(raw.charCodeAt(3))
    ) {
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
  let dmy = 0
  let mdy = 0
  let ambiguous = 0
  let dottedAmbiguous = 0
  let yearLast = 0
  for (const value of values) {
    const raw = value.trim()
    if (raw === '') continue
    const shape = shapeOf(raw, false)
    if (shape?.kind !== 'dayMonth') continue
    yearLast++
    if (shape.a > 12 && shape.b <= 12) dmy++
    else if (shape.b > 12 && shape.a <= 12) mdy++
    else if (shape.a !== shape.b && shape.a <= 12) {
      ambiguous++
      if (shape.dotted) dottedAmbiguous++
    }
  }
  if (yearLast === 0) return 'YMD'
  if (dmy > 0 || mdy > 0) return dmy > mdy ? 'DMY' : 'MDY'
  if (ambiguous === 0) return 'MDY'
  return dottedAmbiguous === ambiguous ? 'DMY' : 'ambiguous'
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

/**
 * A date cell → DateValue: 'YYYY-MM-DD' when the text has no time of day, else a UTC instant.
 * Times with an offset or Z are converted; times without one are team-local (the time zone).
 * Returns null for an empty cell and undefined for text that is not a date.
 */
export function parseDate(value: string, options: DateParseOptions): DateValue | null | undefined {
  const raw = value.trim()
  if (raw === '') return null
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

// ── Numbers ─────────────────────────────────────────────────────────────────────────────────

/** Which character separates decimals in a column: '.' (1,200.50) or ',' (1.200,50). */
export type DecimalMark = '.' | ','

/** The decimal mark of a column, from every value: `12,5` and `1.200,50` vote ','; `12.5` and `1,200.50` vote '.'. */
export function detectDecimalMark(values: Iterable<string>): DecimalMark {
  let comma = 0
  let dot = 0
  for (const value of values) {
    const s = value.replace(/[^\d.,]/g, '')
    if (/\.\d{3},\d/.test(s) || /^\d*,(\d{1,2}|\d{4,})$/.test(s)) comma++
    else if (/,\d{3}\.\d/.test(s) || /^\d*\.(\d{1,2}|\d{4,})$/.test(s)) dot++
  }
  return comma > dot ? ',' : '.'
}

const CURRENCY = /^[$€£¥₹]|[$€£¥₹]$|^[A-Z]{3}\s|\s[A-Z]{3}$/g
const GROUPS_OF_THREE = (sep: string): RegExp => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`)
const COMMA_GROUPS = GROUPS_OF_THREE(',')
const DOT_GROUPS = GROUPS_OF_THREE('.')

/**
 * A number cell → number: `1,200`, `"$800,000 "`, `1.200,50` (with mark ','), `(1,200)` and
 * `-5` negative, `1e6`. Returns null for an empty cell and NaN for text that is not a number.
 */
export function parseNumber(value: string, mark: DecimalMark = '.'): number | null {
  let s = value.trim()
  if (s === '') return null
  let negative = false
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true
    s = s.slice(1, -1).trim()
  }
  for (let pass = 0; pass < 2; pass++) {
    if (s.startsWith('-') || s.startsWith('\u2212')) {
      negative = !negative
      s = s.slice(1).trim()
    } else if (s.startsWith('+')) s = s.slice(1).trim()
    s = s.replace(CURRENCY, '').trim()
  }
  s = s.replace(/[\s'\u00a0\u202f\u2009]/g, '')
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(s)) return negative ? -Number(s) : Number(s)
  if (!/^[\d.,]*\d[\d.,]*$/.test(s)) return NaN
  const lastDot = s.lastIndexOf('.')
  const lastComma = s.lastIndexOf(',')
  if (lastDot !== -1 && lastComma !== -1) {
    s = lastDot > lastComma ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.')
  } else if (lastComma !== -1) {
    if (mark === '.' && COMMA_GROUPS.test(s)) s = s.replace(/,/g, '')
    else if (s.indexOf(',') !== lastComma) s = s.replace(/,/g, '')
    else s = s.replace(',', '.')
  } else if (lastDot !== -1) {
    if ((mark === ',' && DOT_GROUPS.test(s)) || s.indexOf('.') !== lastDot) {
      if (!DOT_GROUPS.test(s)) return NaN
      s = s.replace(/\./g, '')
    }
  }
  const n = Number(s)
  if (!Number.isFinite(n)) return NaN
  return negative ? -n : n
}

/**
 * Employees → whole number. Accepts what parseNumber accepts plus the ranges CRMs export
 * (`51-200` → 51, the lower bound, so the size bar is never passed by guesswork) and `10000+`.
 * Returns null for empty, NaN for anything else (including negatives and fractions).
 */
export function parseCompanySize(value: string, mark: DecimalMark = '.'): number | null {
  const s = value.trim()
  if (s === '') return null
  const range = /^([\d.,\s]+?)\s*(?:-|–|to)\s*[\d.,\s]+$/i.exec(s) ?? /^([\d.,\s]+?)\s*\+$/.exec(s)
  const n = parseNumber(range ? range[1]! : s, mark)
  if (n === null || Number.isNaN(n) || n < 0 || !Number.isInteger(n)) return NaN
  return n
}

// ── Enumerations ────────────────────────────────────────────────────────────────────────────

/** Lower-case, with runs of spaces, hyphens, underscores, slashes and dots as one `_`. */
export const normalizeValue = (raw: string): string =>
  raw
    .trim()
    .toLowerCase()
    .replace(/[\s\-_/.]+/g, '_')
    .replace(/^_|_$/g, '')

const STATUS_WORDS: Record<string, HandoffStatus> = {
  accepted: 'accepted',
  accept: 'accepted',
  yes: 'accepted',
  true: 'accepted',
  rejected: 'rejected',
  reject: 'rejected',
  declined: 'rejected',
  no: 'rejected',
  false: 'rejected',
  pending: 'pending',
  open: 'pending',
  new: 'pending',
  '': 'pending',
}

/** PRODUCT.md: accepted/accept/yes/true, rejected/reject/declined/no/false, pending/open/new/blank. */
export function parseStatus(raw: string): HandoffStatus | undefined {
  return STATUS_WORDS[raw.trim().toLowerCase()]
}

const INFLUENCE_WORDS: Record<string, ContactInfluence> = {
  dm: 'decision_maker',
  decision_maker: 'decision_maker',
  economic_buyer: 'decision_maker',
  budget_holder: 'decision_maker',
  executive_sponsor: 'decision_maker',
  approver: 'decision_maker',
  influencer: 'influencer',
  champion: 'influencer',
  technical_buyer: 'influencer',
  evaluator: 'influencer',
  recommender: 'influencer',
  user: 'user',
  end_user: 'user',
  none: 'none',
  gatekeeper: 'none',
  no_influence: 'none',
  unknown: 'unknown',
  other: 'unknown',
}

const REASON_WORDS: Record<string, RejectionReason> = {
  too_small: 'too_small',
  company_too_small: 'too_small',
  size: 'too_small',
  wrong_vertical: 'wrong_vertical',
  wrong_industry: 'wrong_vertical',
  not_icp: 'wrong_vertical',
  no_authority: 'no_authority',
  not_decision_maker: 'no_authority',
  wrong_contact: 'no_authority',
  wrong_person: 'no_authority',
  no_pain_or_trigger: 'no_pain_or_trigger',
  no_pain: 'no_pain_or_trigger',
  no_need: 'no_pain_or_trigger',
  no_trigger: 'no_pain_or_trigger',
  no_interest: 'no_pain_or_trigger',
  not_interested: 'no_pain_or_trigger',
  incomplete_handoff: 'incomplete_handoff',
  incomplete: 'incomplete_handoff',
  missing_info: 'incomplete_handoff',
  missing_information: 'incomplete_handoff',
  bad_timing: 'bad_timing',
  timing: 'bad_timing',
  not_now: 'bad_timing',
  duplicate_or_existing: 'duplicate_or_existing',
  duplicate: 'duplicate_or_existing',
  existing_customer: 'duplicate_or_existing',
  existing_opportunity: 'duplicate_or_existing',
  already_in_pipeline: 'duplicate_or_existing',
  other: 'other',
}

const TRIGGER_WORDS: Record<string, TriggerCategory> = {
  new_hire: 'new_hire',
  hiring: 'new_hire',
  new_hires: 'new_hire',
  funding: 'funding',
  fundraise: 'funding',
  fundraising: 'funding',
  raised_funding: 'funding',
  tool_migration: 'tool_migration',
  migration: 'tool_migration',
  switching_tools: 'tool_migration',
  replatforming: 'tool_migration',
  compliance_deadline: 'compliance_deadline',
  compliance: 'compliance_deadline',
  regulation: 'compliance_deadline',
  leadership_change: 'leadership_change',
  new_leadership: 'leadership_change',
  new_executive: 'leadership_change',
  other: 'other',
}

const OUTCOME_WORDS: Record<string, Outcome> = {
  held: 'held',
  completed: 'held',
  attended: 'held',
  occurred: 'held',
  no_show: 'no_show',
  noshow: 'no_show',
  missed: 'no_show',
  rescheduled: 'rescheduled',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  opportunity_created: 'opportunity_created',
  opp_created: 'opportunity_created',
  converted: 'opportunity_created',
}

const lookup =
  <T extends string>(words: Record<string, T>, allowed: readonly T[]) =>
  (raw: string): T | undefined => {
    const key = normalizeValue(raw)
    return (allowed as readonly string[]).includes(key) ? (key as T) : words[key]
  }

/** Tolerant readers for the enumerated fields: `Decision Maker` → decision_maker, etc. */
export const parseContactInfluence = lookup(INFLUENCE_WORDS, CONTACT_INFLUENCES)
export const parseRejectionReason = lookup(REASON_WORDS, REJECTION_REASONS)
export const parseTriggerCategory = lookup(TRIGGER_WORDS, TRIGGER_CATEGORIES)
export const parseOutcome = lookup(OUTCOME_WORDS, OUTCOMES)
