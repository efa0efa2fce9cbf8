import { decodeBytes, decodeChunks, type ChunkSource, type DecodedChunks, type Encoding } from './decode'
import { ImportError } from './errors'
import { headerRowOptions } from './columns'
import type { Mapping } from './mapping'
import { openTable, openTextChunksTable, openTextTable, type Delimiter, type Table } from './records'
import { isZip, readXlsx } from './xlsx'

export interface ImportInput {
  fileName: string
  bytes: Uint8Array
}

/** Where the records came from and how they were read: shared by inspect and the full parse. */
export interface SourceMeta {
  fileName: string
  format: 'csv' | 'xlsx'
  /** Text encoding of a CSV file; null for XLSX. */
  encoding: Encoding | null
  delimiter: Delimiter | null
  /** XLSX: the sheet read and every sheet name; CSV: null and []. */
  sheet: string | null
  sheets: string[]
  warnings: string[]
  /** Progress of the reading phase: the last record's `end` out of this. */
  size: number
  /** Bare numbers in date columns are Excel serial dates (cells that came from a sheet). */
  excelSerials: boolean
}

export interface OpenedExport {
  table: Table
  meta: SourceMeta
  /** The same records as a fresh table, for a second pass (no second decode or unzip). */
  reopen: () => Table
}

/** Whether the bytes are an XLSX workbook (by content, or by name for an empty file). */
export const isXlsxInput = (input: ImportInput): boolean => isZip(input.bytes) || /\.xlsx$/i.test(input.fileName)

/** An XLSX workbook → its records as a table (async because unzipping is). */
export async function openXlsxExport(
  input: ImportInput,
  options: { sheet?: string; mapping?: Mapping },
): Promise<OpenedExport> {
  if (input.bytes.length === 0) throw new ImportError('empty', 'The file is empty')
  const sheet = await readXlsx(input.bytes, options.sheet, input.fileName)
  const open = () =>
    openTable(sheet.records[Symbol.iterator](), (r) => r.cells.join(','), headerRowOptions(options.mapping))
  return {
    table: open(),
    reopen: open,
    meta: {
      fileName: input.fileName,
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      sheet: sheet.sheet,
      sheets: sheet.sheets,
      warnings: [],
      size: sheet.records.length,
      excelSerials: true,
    },
  }
}

/** Already-decoded text (CSV, TSV, semicolon- or pipe-separated) → its records as a table. */
function openTextExport(
  text: string,
  options: { mapping?: Mapping },
  meta: { fileName?: string; encoding?: Encoding; warnings?: string[] } = {},
): OpenedExport {
  const open = () => openTextTable(text, headerRowOptions(options.mapping))
  const table = open()
  return {
    table,
    reopen: open,
    meta: {
      fileName: meta.fileName ?? '',
      format: 'csv',
      encoding: meta.encoding ?? 'utf-8',
      delimiter: table.delimiter,
      sheet: null,
      sheets: [],
      warnings: [...(meta.warnings ?? [])],
      size: text.length,
      excelSerials: false,
    },
  }
}

/** Text-export bytes → decoded (encoding detected) → table. */
export function openTextBytes(input: ImportInput, options: { mapping?: Mapping }): OpenedExport {
  const decoded = decodeBytes(input.bytes)
  return openTextExport(decoded.text, options, {
    fileName: input.fileName,
    encoding: decoded.encoding,
    warnings: decoded.warnings,
  })
}

/** What any opened export is, before its rows are read: the file, its format and its header. */
export interface ExportShape {
  fileName: string
  format: 'csv' | 'xlsx'
  /** Text encoding of a CSV file; null for XLSX. */
  encoding: Encoding | null
  delimiter: SourceMeta['delimiter']
  /** XLSX: the sheet read and every sheet name; CSV: null and []. */
  sheet: string | null
  sheets: string[]
  headerLine: number
  headers: string[]
}

/**
 * A text export read chunk by chunk (the CLI's `report`): decoded and tokenised as it arrives, so
 * neither its bytes nor its whole text are held; only the records the import keeps are.
 */
export function openTextChunks(
  input: { fileName: string; source: ChunkSource },
  options: { mapping?: Mapping },
): OpenedExport {
  const open = (decoded: DecodedChunks) =>
    openTextChunksTable(decoded.texts, { ...headerRowOptions(options.mapping), utf8Bytes: decoded.utf8Bytes })
  const decoded = decodeChunks(input.source)
  const table = open(decoded)
  return {
    table,
    // A source's chunks() starts from the first byte each time: a second pass reads the file again.
    reopen: () => open(decodeChunks(input.source)),
    meta: {
      fileName: input.fileName,
      format: 'csv',
      encoding: decoded.encoding,
      delimiter: table.delimiter,
      sheet: null,
      sheets: [],
      warnings: decoded.warnings,
      size: input.source.size,
      excelSerials: false,
    },
  }
}
