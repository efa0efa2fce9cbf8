import { columnKeys } from './columns'
import { detectPreset, type Mapping, type PresetName } from './mapping'
import type { ChunkSource } from './decode'
import {
  isXlsxInput,
  openTextBytes,
  openTextChunks,
  openXlsxExport,
  type ExportShape,
  type ImportInput,
  type SourceMeta,
} from './open-export'
import type { DataRecord, SkippedLine, Table } from './records'

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
  /** Data records read (the rows of docs/product.md's row accounting). */
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

export function inspectTable(table: Table, meta: SourceMeta, options: InspectOptions): ExportInspection {
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
  const distinct = Object.create(null) as Record<string, DistinctValues>
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

/** Bytes of a CSV/TSV/TXT or XLSX export → its inspection. Throws `ImportError` as parseExport does. */
export async function inspectExport(input: ImportInput, options: InspectOptions = {}): Promise<ExportInspection> {
  const { table, meta } = isXlsxInput(input)
    ? await openXlsxExport(input, { sheet: options.sheet, mapping: options.mapping })
    : openTextBytes(input, { mapping: options.mapping })
  return inspectTable(table, meta, options)
}

/**
 * `inspectExport` for a text export read chunk by chunk (the import worker reads a file a slice at
 * a time): the same inspection, without holding the file's bytes or its whole text.
 */
export function inspectChunks(
  input: { fileName: string; source: ChunkSource },
  options: InspectOptions = {},
): ExportInspection {
  const { table, meta } = openTextChunks(input, { mapping: options.mapping })
  return inspectTable(table, meta, options)
}
