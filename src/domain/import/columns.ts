import type { HandoffField } from '../handoff'
import { fieldLabel } from '../field-labels'
import { clipQuoted, ImportError } from './errors'
import { KNOWN_EXPORT_HEADERS, type KnownExport } from './known-exports'
import {
  autoMapping,
  headersOf,
  isBareStatusHeader,
  isKnownHeader,
  isTemplateLayout,
  normalizeHeader,
  parseMapping,
  type ColumnRef,
  type Mapping,
  type PresetName,
} from './mapping'

/** Fields without which no row can be imported, so a file without a column for them stops. */
const REQUIRED_COLUMNS = ['bookedAt', 'sdr'] as const satisfies readonly HandoffField[]
/**
 * Fields every imported row needs (docs/product.md, "Row accounting"): a file may lack a status
 * column (every row is then pending), but not the other two.
 */
export const REQUIRED_FIELDS = [...REQUIRED_COLUMNS, 'status'] as const satisfies readonly HandoffField[]

/**
 * Column keys for the cells of a record: the header text, `Column N` (1-based) for a blank
 * header or a cell beyond the header, and `Name (2)`, `Name (3)`… for repeated headers.
 */
export function columnKeys(headers: readonly string[], width = headers.length): string[] {
  const seen = new Map<string, number>()
  const keys: string[] = []
  for (let i = 0; i < Math.max(width, headers.length); i++) {
    const base = headers[i]?.trim() || `Column ${i + 1}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    keys.push(n > 1 ? `${base} (${n})` : base)
  }
  return keys
}

/** Index of the column a mapping names: exact header, exact column key, then normalised header. */
export function findColumn(headers: readonly string[], keys: readonly string[], name: string): number {
  let i = headers.indexOf(name)
  if (i === -1) i = keys.indexOf(name)
  if (i === -1) {
    const wanted = normalizeHeader(name)
    if (wanted !== '') i = headers.findIndex((h) => normalizeHeader(h) === wanted)
  }
  return i
}

/** The column key a mapping names for a field, matched as the pipeline matches it. */
export function mappedColumn(
  shape: { headers: readonly string[]; columns: readonly string[] },
  header: string | undefined,
): string | undefined {
  if (header === undefined || header === '') return undefined
  const i = findColumn(shape.headers, shape.columns, header)
  return i === -1 ? undefined : shape.columns[i]
}

/**
 * A recognised layout as a mapping for this file: its columns the file has (a layout column the
 * team dropped from its report is simply not carried), its nulls, its value maps and date order.
 */
function layoutMapping(known: KnownExport, headers: readonly string[]): Mapping {
  const present = new Set(headers.map(normalizeHeader))
  const columns: Record<string, ColumnRef> = {}
  for (const [field, ref] of Object.entries(known.columns) as [HandoffField, ColumnRef | readonly string[]][]) {
    if (ref === null) {
      columns[field] = null
      continue
    }
    const found = headersOf(ref as ColumnRef).filter((h) => present.has(normalizeHeader(h)))
    if (found.length === 1) columns[field] = found[0]!
    else if (found.length > 1) columns[field] = found
  }
  const mapping: Mapping = { columns: columns as Mapping['columns'] }
  if (known.values) mapping.values = known.values as Mapping['values']
  if (known.dateOrder) mapping.dateOrder = known.dateOrder
  return mapping
}

/**
 * The mapping a file is read with: the template/preset match, then the recognised layout's
 * columns, then the mapping file's. A mapping file names what differs: fields it leaves out are
 * matched as before, except that a bare "Status" column is never taken as the AE's decision
 * behind a mapping's back (a task's "Completed" is not an acceptance). `null` means "not in this
 * export": the field is never matched by name.
 */
export function mergeMapping(
  headers: readonly string[],
  preset: PresetName,
  given: unknown,
  known: KnownExport | null = null,
): Mapping {
  let merged: Mapping = autoMapping(headers, preset)
  if (known) {
    const layout = layoutMapping(known, headers)
    // A file's own "Handoff Status"-style column beats the layout's stage column: it is the
    // decision, written down; the stage is only read when nothing says it directly.
    const own = merged.columns.status
    const layoutColumns = { ...layout.columns }
    if (own != null && !isBareStatusHeader(own as string)) delete layoutColumns.status
    merged = {
      ...merged,
      ...layout,
      columns: { ...merged.columns, ...layoutColumns },
      values: { ...layout.values },
    }
    if (!layout.values) delete merged.values
  }
  if (given === undefined) return merged
  const parsed = parseMapping(given)
  const auto = { ...merged.columns }
  // The template's own "status" column stays the decision; a CRM's bare "Status" never does.
  if (!('status' in parsed.columns) && !isTemplateLayout(headers) && headersOf(auto.status).some(isBareStatusHeader))
    delete auto.status
  return { ...merged, ...parsed, columns: { ...auto, ...parsed.columns } }
}

/** Options for finding the header row: a header any preset or the mapping names counts. */
export function headerRowOptions(mapping: Mapping | undefined) {
  const mapped = new Set(Object.values(mapping?.columns ?? {}).flatMap((h) => headersOf(h).map(normalizeHeader)))
  return {
    isKnownHeader: (cell: string) =>
      isKnownHeader(cell) || KNOWN_EXPORT_HEADERS.has(normalizeHeader(cell)) || mapped.has(normalizeHeader(cell)),
  }
}

/**
 * Field → column indexes (in the mapping's order) for every field the mapping gives a column;
 * a null field has none (not carried). A named column the file lacks stops the import.
 */
export function resolveColumns(
  mapping: Mapping,
  headers: readonly string[],
  keys: readonly string[],
  headerLine: number,
): Partial<Record<HandoffField, number[]>> {
  const column: Partial<Record<HandoffField, number[]>> = {}
  for (const [field, ref] of Object.entries(mapping.columns) as [HandoffField, ColumnRef][]) {
    const names = headersOf(ref)
    if (names.length === 0) continue
    column[field] = names.map((header) => {
      const index = findColumn(headers, keys, header)
      if (index === -1) {
        throw new ImportError(
          'bad-mapping',
          `The mapping takes ${fieldLabel(field)} from column ${clipQuoted(header)}, which is not in the file's header (line ${headerLine})`,
        )
      }
      return index
    })
  }
  const missing = REQUIRED_COLUMNS.filter((f) => column[f] === undefined)
  if (missing.length > 0) {
    throw new ImportError(
      'missing-column',
      `No column for ${missing.map(fieldLabel).join(' and ')} in the header on line ${headerLine}; choose one in the mapping`,
      headerLine,
    )
  }
  return column
}
