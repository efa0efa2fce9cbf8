import {
  UndecidedDecisionError,
  AmbiguousDateOrderError,
  ImportError,
  type ImportErrorCode,
} from '@/domain/import/errors'
import type { DateOrder } from '@/domain/import/mapping'
import type { ImportOptions, ImportParse } from '@/domain/import/pipeline'
import type { ExportInspection, InspectOptions } from '@/domain/import/inspect'

/**
 * Messages between the import screen and its worker: plain data only (structured clone). The file
 * goes as a Blob, which postMessage passes by reference: the worker reads it a slice at a time.
 */
export type WorkerRequest =
  | { id: number; kind: 'inspect'; fileName: string; file: Blob; options: Omit<InspectOptions, 'onProgress'> }
  | { id: number; kind: 'parse'; fileName: string; file: Blob; options: Omit<ImportOptions, 'onProgress'> }

export type WorkerResponse =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'inspected'; inspection: ExportInspection }
  | { id: number; kind: 'rows'; part: RowsPart }
  | { id: number; kind: 'parsed'; parse: ImportParse }
  | { id: number; kind: 'failed'; error: SerializedError }

/** A slice of a parse's rows, sent before the parse itself (splitRows). */
export type RowsPart =
  { field: 'handoffs'; rows: ImportParse['handoffs'] } | { field: 'rejected'; rows: ImportParse['rejected'] }

/** Rows per message: the page reads each message in one task; 200,000 rows at once held it 0.7 s, 5,000 up to 0.1 s. */
const ROWS_PER_MESSAGE = 1_000

/** A parse as messages: its rows in slices, then the parse without them (joinRows puts them back). */
export function splitRows(parse: ImportParse): { parts: RowsPart[]; rest: ImportParse } {
  const parts: RowsPart[] = []
  for (let i = 0; i < parse.handoffs.length; i += ROWS_PER_MESSAGE)
    parts.push({ field: 'handoffs', rows: parse.handoffs.slice(i, i + ROWS_PER_MESSAGE) })
  for (let i = 0; i < parse.rejected.length; i += ROWS_PER_MESSAGE)
    parts.push({ field: 'rejected', rows: parse.rejected.slice(i, i + ROWS_PER_MESSAGE) })
  return { parts, rest: { ...parse, handoffs: [], rejected: [] } }
}

/** The parse with the rows of the slices received before it. */
export function joinRows(rest: ImportParse, parts: readonly RowsPart[]): ImportParse {
  const handoffs: ImportParse['handoffs'] = []
  const rejected: ImportParse['rejected'] = []
  for (const part of parts) {
    if (part.field === 'handoffs') for (const row of part.rows) handoffs.push(row)
    else for (const row of part.rows) rejected.push(row)
  }
  return { ...rest, handoffs, rejected }
}

export interface SerializedError {
  name: string
  message: string
  code?: ImportErrorCode
  line?: number
  field?: string
  column?: string
  example?: string | null
  remembered?: DateOrder | null
}

/** An error → plain data that survives postMessage (class and extra fields included). */
export function serializeError(e: unknown): SerializedError {
  if (e instanceof AmbiguousDateOrderError) {
    const { name, message, code, field, column, example, remembered } = e
    return { name, message, code, field, column, example, remembered }
  }
  if (e instanceof UndecidedDecisionError) return { name: e.name, message: e.message, code: e.code, column: e.column }
  if (e instanceof ImportError) return { name: e.name, message: e.message, code: e.code, line: e.line }
  if (e instanceof Error) return { name: e.name, message: e.message }
  return { name: 'Error', message: String(e) }
}

/** The other way round: the same classes the main-thread path throws. */
export function deserializeError(e: SerializedError): Error {
  if (e.name === 'AmbiguousDateOrderError' && e.field !== undefined && e.column !== undefined) {
    return new AmbiguousDateOrderError(e.field, e.column, e.example ?? null, e.remembered ?? null)
  }
  if (e.name === 'UndecidedDecisionError' && e.column !== undefined)
    return new UndecidedDecisionError(e.column, e.message)
  if (e.code !== undefined) return new ImportError(e.code, e.message, e.line)
  const error = new Error(e.message)
  error.name = e.name
  return error
}
