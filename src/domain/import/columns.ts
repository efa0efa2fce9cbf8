import type { HandoffField } from '../handoff'
import { ImportError } from './errors'
import { autoMapping, isKnownHeader, normalizeHeader, parseMapping, type Mapping, type PresetName } from './mapping'

/** Fields without which no row can be imported, so a file without a column for them stops. */
export const REQUIRED_COLUMNS = ['bookedAt', 'sdr'] as const satisfies readonly HandoffField[]
/**
 * Fields every imported row needs (PRODUCT.md, "Row accounting"): a file may lack a status
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
    keys.push(n === 1 ? base : `${base} (${n})`)
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
 * The mapping a file is read with. A mapping file names what differs from the headers' own
 * names: fields it leaves out are matched as the template or preset would match them.
 */
export function mergeMapping(headers: readonly string[], preset: PresetName, given: unknown): Mapping {
  const auto = autoMapping(headers, preset)
  if (given === undefined) return auto
  const parsed = parseMapping(given)
  return { ...auto, ...parsed, columns: { ...auto.columns, ...parsed.columns } }
}

/** Options for finding the header row: a header any preset or the mapping names counts. */
export function headerRowOptions(mapping: Mapping | undefined) {
  const mapped = new Set(Object.values(mapping?.columns ?? {}).map((h) => normalizeHeader(h)))
  return { isKnownHeader: (cell: string) => isKnownHeader(cell) || mapped.has(normalizeHeader(cell)) }
}

/** Field → column index for every field the mapping names; a named column the file lacks stops. */
export function resolveColumns(
  mapping: Mapping,
  headers: readonly string[],
  keys: readonly string[],
  headerLine: number,
): Partial<Record<HandoffField, number>> {
  const column: Partial<Record<HandoffField, number>> = {}
  for (const [field, header] of Object.entries(mapping.columns) as [HandoffField, string][]) {
    const index = findColumn(headers, keys, header)
    if (index === -1) {
      throw new ImportError(
        'bad-mapping',
        `The mapping takes ${field} from column "${header}", which is not in the file's header (line ${headerLine})`,
      )
    }
    column[field] = index
  }
  const missing = REQUIRED_COLUMNS.filter((f) => column[f] === undefined)
  if (missing.length > 0) {
    throw new ImportError(
      'missing-column',
      `No column for ${missing.join(' and ')} in the header on line ${headerLine}; choose one in the mapping`,
      headerLine,
    )
  }
  return column
}
