import type { HandoffField } from '../handoff'
import { CONTACT_INFLUENCES, REJECTION_REASONS, STATUSES, TRIGGER_CATEGORIES } from '../handoff'
import { decodeBytes } from './decode'
import { detectPreset, isKnownHeader, normalizeHeader, type Mapping, type PresetName } from './mapping'
import { columnKeys, type ExportShape } from './pipeline'
import { openTable, openTextTable, type DataRecord, type SkippedLine, type Table } from './records'
import {
  normalizeValue,
  parseContactInfluence,
  parseRejectionReason,
  parseStatus,
  parseTriggerCategory,
} from './values'
import { isZip, readXlsx } from './xlsx'

/**
 * A first look at an export, before any mapping: its header, a preview of the first rows and the
 * distinct values of every column (for the value maps of the mapping screen). Pure: bytes in,
 * plain data out, so it runs in a worker, on the main thread and in tests alike.
 */
export interface ExportInspection extends ExportShape {
  /** Column keys as the pipeline names cells (`columnKeys`): what a mapping may refer to. */
  columns: string[]
  /** The first data records: physical line and raw cells. */
  preview: { line: number; cells: string[] }[]
  /** Data records read (the rows of PRODUCT.md's row accounting). */
  rows: number
  skipped: SkippedLine[]
  /** The preset whose headers match best. */
  preset: PresetName
  /** Per column key: distinct trimmed values in first-seen order, at most `maxDistinct`. */
  distinct: Record<string, DistinctValues>
  warnings: string[]
}

export interface DistinctValues {
  values: { value: string; count: number }[]
  /** True when the column held more distinct values than were kept. */
  isTruncated: boolean
}

export interface InspectOptions {
  sheet?: string
  /** A mapping whose headers help find the header row under junk lines. */
  mapping?: Mapping
  /** How many data rows to keep for the preview (default 5). */
  previewRows?: number
  /** Distinct values kept per column (default 50). */
  maxDistinct?: number
  onProgress?: (done: number, total: number) => void
}

/** Distinct trimmed values of one column of the records, in first-seen order, with counts. */
export function distinctValues(
  records: Iterable<{ cells: readonly string[] }>,
  column: number,
  maxDistinct = 50,
): DistinctValues {
  const counts = new Map<string, number>()
  let isTruncated = false
  for (const r of records) {
    const value = (r.cells[column] ?? '').trim()
    const n = counts.get(value)
    if (n !== undefined) counts.set(value, n + 1)
    else if (counts.size < maxDistinct) counts.set(value, 1)
    else isTruncated = true
  }
  return { values: [...counts].map(([value, count]) => ({ value, count })), isTruncated }
}

const PROGRESS_EVERY = 4096

function inspectTable(
  table: Table,
  meta: Pick<ExportInspection, 'fileName' | 'format' | 'encoding' | 'delimiter' | 'sheet' | 'sheets' | 'warnings'> & {
    size: number
  },
  options: InspectOptions,
): ExportInspection {
  const previewRows = options.previewRows ?? 5
  const maxDistinct = options.maxDistinct ?? 50
  const columns = columnKeys(table.headers)
  const counts = columns.map(() => new Map<string, number>())
  const truncated = columns.map(() => false)
  const preview: ExportInspection['preview'] = []
  let rows = 0
  const add = (r: DataRecord) => {
    for (let i = 0; i < columns.length; i++) {
      const value = (r.cells[i] ?? '').trim()
      const seen = counts[i]!
      const n = seen.get(value)
      if (n !== undefined) seen.set(value, n + 1)
      else if (seen.size < maxDistinct) seen.set(value, 1)
      else truncated[i] = true
    }
  }
  for (const r of table.records) {
    rows++
    if (preview.length < previewRows) preview.push({ line: r.line, cells: r.cells })
    add(r)
    if (options.onProgress && rows % PROGRESS_EVERY === 0) options.onProgress(r.end, meta.size)
  }
  options.onProgress?.(meta.size, meta.size)
  const distinct: Record<string, DistinctValues> = {}
  columns.forEach((key, i) => {
    distinct[key] = { values: [...counts[i]!].map(([value, count]) => ({ value, count })), isTruncated: truncated[i]! }
  })
  return {
    fileName: meta.fileName,
    format: meta.format,
    encoding: meta.encoding,
    delimiter: meta.delimiter,
    sheet: meta.sheet,
    sheets: meta.sheets,
    headerLine: table.headerLine,
    headers: table.headers,
    columns,
    preview,
    rows,
    skipped: [...table.skipped].sort((a, b) => a.line - b.line),
    preset: detectPreset(table.headers).name,
    distinct,
    warnings: meta.warnings,
  }
}

function tableOptions(mapping: Mapping | undefined) {
  const mapped = new Set(Object.values(mapping?.columns ?? {}).map((h) => normalizeHeader(h)))
  return { isKnownHeader: (cell: string) => isKnownHeader(cell) || mapped.has(normalizeHeader(cell)) }
}

/** Bytes of a CSV/TSV/TXT or XLSX export → its inspection. Throws `ImportError` as parseExport does. */
export async function inspectExport(
  input: { fileName: string; bytes: Uint8Array },
  options: InspectOptions = {},
): Promise<ExportInspection> {
  const isXlsx = isZip(input.bytes) || /\.xlsx$/i.test(input.fileName)
  if (isXlsx) {
    const sheet = await readXlsx(input.bytes, options.sheet, input.fileName)
    const table = openTable(sheet.records[Symbol.iterator](), (r) => r.cells.join(','), tableOptions(options.mapping))
    return inspectTable(
      table,
      {
        fileName: input.fileName,
        format: 'xlsx',
        encoding: null,
        delimiter: null,
        sheet: sheet.sheet,
        sheets: sheet.sheets,
        warnings: [],
        size: sheet.records.length,
      },
      options,
    )
  }
  const decoded = decodeBytes(input.bytes)
  const table = openTextTable(decoded.text, tableOptions(options.mapping))
  return inspectTable(
    table,
    {
      fileName: input.fileName,
      format: 'csv',
      encoding: decoded.encoding,
      delimiter: table.delimiter,
      sheet: null,
      sheets: [],
      warnings: decoded.warnings,
      size: decoded.text.length,
    },
    options,
  )
}

// ── Value maps ──────────────────────────────────────────────────────────────────────────────

/** The enumerated fields whose raw values the mapping screen lets the user map. */
export const VALUE_MAP_FIELDS = [
  'status',
  'rejectionReason',
  'contactInfluence',
  'triggerCategory',
] as const satisfies readonly HandoffField[]
export type ValueMapField = (typeof VALUE_MAP_FIELDS)[number]

export const VALUE_TARGETS: Record<ValueMapField, readonly string[]> = {
  status: STATUSES,
  rejectionReason: REJECTION_REASONS,
  contactInfluence: CONTACT_INFLUENCES,
  triggerCategory: TRIGGER_CATEGORIES,
}

const PARSERS: Record<ValueMapField, (raw: string) => string | undefined> = {
  status: parseStatus,
  rejectionReason: parseRejectionReason,
  contactInfluence: parseContactInfluence,
  triggerCategory: parseTriggerCategory,
}

/** What the pipeline reads a raw value as without any value map (undefined: not recognised). */
export const recognisedValue = (field: ValueMapField, raw: string): string | undefined => PARSERS[field](raw)

const NEGATIONS = new Set(['not', 'non', 'un', 'no'])

/**
 * The target a raw value most likely means: what the parser recognises, else the longest run
 * of its words that the parser recognises ("SQL - Accepted" → accepted, "Meeting: Decision
 * Maker" → decision_maker). A value with a negation ("Not accepted") gets no guess.
 */
export function suggestValue(field: ValueMapField, raw: string): string | undefined {
  const direct = recognisedValue(field, raw)
  if (direct !== undefined) return direct
  const words = normalizeValue(raw)
    .split('_')
    .filter((w) => w !== '')
  if (words.length < 2 || words.some((w) => NEGATIONS.has(w))) return undefined
  for (let size = words.length - 1; size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const guess = recognisedValue(field, words.slice(start, start + size).join(' '))
      if (guess !== undefined && !(field === 'status' && size === 1 && words[start] === 'new' && words.length > 1))
        return guess
    }
  }
  return undefined
}

/**
 * The value map a mapping file should carry: only the raw values whose chosen target differs
 * from what the pipeline would read on its own (an empty choice means "leave as read").
 */
export function valueMapFor(field: ValueMapField, choices: Record<string, string>): Record<string, string> | undefined {
  const map: Record<string, string> = {}
  for (const [raw, target] of Object.entries(choices)) {
    if (target !== '' && target !== recognisedValue(field, raw)) map[raw] = target
  }
  return Object.keys(map).length > 0 ? map : undefined
}

/** The column key a mapping names for a field, matched as the pipeline matches it. */
export function mappedColumn(
  inspection: Pick<ExportInspection, 'headers' | 'columns'>,
  header: string | undefined,
): string | undefined {
  if (header === undefined || header === '') return undefined
  const { headers, columns } = inspection
  let i = headers.indexOf(header)
  if (i === -1) i = columns.indexOf(header)
  if (i === -1) {
    const wanted = normalizeHeader(header)
    if (wanted !== '') i = headers.findIndex((h) => normalizeHeader(h) === wanted)
  }
  return i === -1 ? undefined : columns[i]
}

/** A one-line description of a mapping for the import history. */
export function mappingSummary(mapping: unknown): string {
  if (typeof mapping !== 'object' || mapping === null) return 'no mapping recorded'
  const m = mapping as Partial<Mapping>
  const columns = Object.keys(m.columns ?? {}).length
  const valueFields = Object.keys(m.values ?? {})
  const parts = [`${columns} column${columns === 1 ? '' : 's'} mapped`]
  if (valueFields.length > 0) parts.push(`values for ${valueFields.join(', ')}`)
  if (m.dateOrder) parts.push(`dates ${m.dateOrder}`)
  return parts.join(' · ')
}

/** The most frequent rejection reasons with how many rows each rejected, most frequent first. */
export function commonReasons(
  rejected: readonly { errors: readonly string[] }[],
  limit = 5,
): { reason: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const row of rejected)
    for (const reason of new Set(row.errors)) counts.set(reason, (counts.get(reason) ?? 0) + 1)
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
    .slice(0, limit)
}
