import { HANDOFF_FIELDS, type Handoff } from '../handoff'
import { toCsv } from '../export/csv'
import { columnKeys } from './columns'
import type { ImportParse } from './pipeline'

const templateCell = (value: Handoff[keyof Handoff]): string | number | null =>
  value === null ? null : typeof value === 'number' ? value : String(value)

/**
 * Handoffs → the app's template CSV: one column per Handoff field (docs/product.md order), header =
 * field names, CRLF line ends, empty cell for null. Values are written as they are (`isRaw`, no
 * formula guard) so that importing the file gives back exactly the same handoffs; it is a test
 * and benchmark fixture, never a download.
 */
export function toTemplateCsv(handoffs: readonly Handoff[]): string {
  return toCsv(
    HANDOFF_FIELDS,
    handoffs.map((h) => HANDOFF_FIELDS.map((f) => templateCell(h[f]))),
    { isRaw: true },
  )
}

/**
 * The rejected rows for fixing in a spreadsheet: the file's columns with each row's original
 * cells, then an `error` column with every reason joined by "; ". Written by the app's one CSV
 * writer: formula-like cells neutralised, CRLF line ends, a BOM so Excel reads it as UTF-8.
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
  const rows = parse.rejected.map((row) => [
    ...columns.map((c) => (Object.hasOwn(row.cells, c) ? row.cells[c] : '') ?? ''),
    row.errors.join('; '),
  ])
  return toCsv([...columns, errorColumn], rows, { bom: true })
}
