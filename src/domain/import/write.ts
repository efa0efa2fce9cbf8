import { HANDOFF_FIELDS, type Handoff } from '../handoff'
import { columnKeys } from './columns'
import type { ImportParse } from './pipeline'

const needsQuotes = /[",\r\n]|^\s|\s$/

/** One CSV field, quoted when it holds a quote, comma, line break or edge white space. */
export const csvField = (value: string): string => (needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/**
 * A cell that a spreadsheet would run as a formula (leading = + - @ tab CR LF) gets a leading
 * apostrophe; the field is always quoted. (papaparse's escapeFormulae misses a leading LF.)
 */
export function safeCsvField(value: string): string {
  const neutral = /^[=+\-@\t\r\n]/.test(value) ? `'${value}` : value
  return `"${neutral.replace(/"/g, '""')}"`
}

const templateCell = (value: Handoff[keyof Handoff]): string => (value === null ? '' : String(value))

/**
 * Handoffs → the app's template CSV: one column per Handoff field (PRODUCT.md order), header =
 * field names, CRLF line ends, empty cell for null. Values are written as they are (no formula
 * neutralising) so that importing the file gives back exactly the same handoffs.
 */
export function toTemplateCsv(handoffs: readonly Handoff[]): string {
  const lines = [HANDOFF_FIELDS.join(',')]
  for (const h of handoffs) lines.push(HANDOFF_FIELDS.map((f) => csvField(templateCell(h[f]))).join(','))
  return `${lines.join('\r\n')}\r\n`
}

/**
 * The rejected rows for fixing in a spreadsheet: the file's columns with each row's original
 * cells, then an `error` column with every reason joined by "; ". Every field is quoted and
 * formula-like cells are neutralised. CRLF line ends; the caller adds a BOM if Excel needs one.
 */
export function rejectedRowsCsv(parse: Pick<ImportParse, 'headers' | 'rejected'>): string {
  const columns = columnKeys(parse.headers)
  const known = new Set(columns)
  for (const row of parse.rejected) {
    for (const key of Object.keys(row.cells)) {
      if (!known.has(key)) {
        known.add(key)
        columns.push(key)
      }
    }
  }
  const errorColumn = known.has('error') ? 'import error' : 'error'
  const lines = [[...columns, errorColumn].map(safeCsvField).join(',')]
  for (const row of parse.rejected) {
    lines.push(
      [...columns.map((c) => (Object.hasOwn(row.cells, c) ? row.cells[c] : '') ?? ''), row.errors.join('; ')]
        .map(safeCsvField)
        .join(','),
    )
  }
  return `${lines.join('\r\n')}\r\n`
}
