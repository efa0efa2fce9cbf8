/** Number cells → numbers: decimal marks, thousands groups, currencies, employee ranges. */

/** Which character separates decimals in a column: '.' (1,200.50) or ',' (1.200,50). */
export type DecimalMark = '.' | ','

/** The decimal mark of a column, from every value: `12,5` and `1.200,50` vote ','; `12.5` and `1,200.50` vote '.'. */
export function detectDecimalMark(values: Iterable<string>): DecimalMark {
  const votes = new DecimalMarkVotes()
  for (const value of values) votes.add(value)
  return votes.mark()
}

/** `detectDecimalMark` one value at a time, so an import can count while it reads each row. */
export class DecimalMarkVotes {
  private comma = 0
  private dot = 0

  add(value: string): void {
    // Most cells hold neither mark (whole numbers, blanks): they cannot vote.
    if (!dependsOnDecimalMark(value)) return
    const s = value.replace(/[^\d.,]/g, '')
    if (/\.\d{3},\d/.test(s) || /^\d*,(\d{1,2}|\d{4,})$/.test(s)) this.comma++
    else if (/,\d{3}\.\d/.test(s) || /^\d*\.(\d{1,2}|\d{4,})$/.test(s)) this.dot++
  }

  mark(): DecimalMark {
    return this.comma > this.dot ? ',' : '.'
  }
}

/** Whether `parseNumber` may read the value differently by decimal mark: it holds a `.` or `,`. */
export function dependsOnDecimalMark(value: string): boolean {
  // A loop, not two indexOf calls: number cells are short and this runs on each of them.
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c === 46 || c === 44) return true // . ,
  }
  return false
}

const PLAIN_DIGITS = /^\d{1,15}$/
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
  // Plain digits (most cells) read the same through every rule below: skip them.
  if (PLAIN_DIGITS.test(s)) return Number(s)
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
  if (PLAIN_DIGITS.test(s)) return Number(s)
  const range = /^([\d.,\s]+?)\s*(?:-|–|to)\s*[\d.,\s]+$/i.exec(s) ?? /^([\d.,\s]+?)\s*\+$/.exec(s)
  const n = parseNumber(range ? range[1]! : s, mark)
  if (n === null || Number.isNaN(n) || n < 0 || !Number.isInteger(n)) return NaN
  return n
}
