/**
 * CSV for spreadsheets: RFC 4180 quoting plus OWASP CSV-injection neutralisation.
 *
 * - Records end with CRLF (the last one too); a cell is quoted when it holds `"`, `,`, CR or LF,
 *   and quotes inside are doubled.
 * - A STRING cell that starts with `=`, `+`, `-`, `@`, tab, CR or LF is neutralised: it gets a
 *   leading `'` and is quoted, so Excel, LibreOffice and Sheets show it as text instead of
 *   evaluating it. This follows OWASP ("prefix all such cells") on purpose, so the string `"-5"`
 *   becomes `'-5`: strings come from people and CRMs, and `-2+3` or `-cmd|…` are formulas too.
 * - A NUMBER cell is written as the number (`-5` stays `-5`): the app produced it, it cannot hold
 *   a formula, and a leader's spreadsheet should sum it. Non-finite numbers and null are empty.
 * - Headers are cells like any other and get the same treatment; every row must have as many
 *   cells as there are headers (RFC 4180), anything else is a bug and throws.
 */
export type CsvCell = string | number | null

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads the file as UTF-8 (default false). */
  bom?: boolean
  /**
   * Text exactly as it is, without the formula guard: only for a file the app itself reads back
   * (the template CSV of an export → import round trip), never for a download a person opens.
   */
  isRaw?: boolean
}

const FORMULA_START = /^[=+\-@\t\r\n]/
/** Quoted: RFC 4180's characters, `;` (the list separator of team aliases and of many locales), edge spaces. */
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/

const UTF8_BOM = '\uFEFF'

/** Whether a spreadsheet could read this text as a formula (OWASP's list plus LF). */
const isFormulaLike = (text: string): boolean => FORMULA_START.test(text)

/** One cell as it appears in the file. */
export function csvCell(value: CsvCell, isRaw = false): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (!isRaw && isFormulaLike(value)) return quote(`'${value}`)
  return NEEDS_QUOTES.test(value) ? quote(value) : value
}

/**
 * A cell read back from a file this writer made: the guard's quote mark taken off again
 * (`'=HYPERLINK(…)` → `=HYPERLINK(…)`), so a downloaded team file imports as it was.
 */
export const unguardedCell = (text: string): string =>
  text.charCodeAt(0) === 39 && isFormulaLike(text.slice(1)) ? text.slice(1) : text

const quote = (text: string): string => `"${text.replaceAll('"', '""')}"`

/** The one CSV writer of the app: every download (and the template CSV) goes through it. */
export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvOptions = {},
): string {
  rows.forEach((row, i) => {
    if (row.length !== headers.length) {
      throw new Error(`CSV row ${i + 1} has ${row.length} cells but there are ${headers.length} headers`)
    }
  })
  const isRaw = options.isRaw === true
  const records = [headers, ...rows].map((cells) => cells.map((c) => csvCell(c, isRaw)).join(',') + '\r\n')
  return (options.bom ? UTF8_BOM : '') + records.join('')
}
