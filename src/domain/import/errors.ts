/**
 * Errors that make a whole file unusable (as opposed to a rejected row). The app shows the
 * message; the CLI prints it on one line and exits 2. Anything else thrown from the import code
 * is a bug.
 */
import { fieldLabel } from '../field-labels'

export type ImportErrorCode =
  | 'empty'
  | 'unreadable'
  | 'unterminated-quote'
  | 'no-header'
  | 'missing-column'
  | 'ambiguous-date-order'
  | 'undecided-column'
  | 'bad-mapping'
  | 'xlsx'
  | 'too-large'

export class ImportError extends Error {
  override readonly name: string = 'ImportError'
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    /** Physical 1-based line the problem starts on, when there is one. */
    readonly line?: number,
  ) {
    super(message)
  }
}

/**
 * Every value of a date column reads both as month/day and as day/month (e.g. only `03/04/2026`
 * and `1/2/2026`). The app asks which order the file uses; the CLI exits 2 naming the column.
 */
export class AmbiguousDateOrderError extends ImportError {
  override readonly name = 'AmbiguousDateOrderError'
  constructor(
    readonly field: string,
    readonly column: string,
    /** One value of the column that reads both ways, for the question's example. */
    readonly example: string | null = null,
    /** The order this source's saved mapping remembers: preselected in the question, never applied. */
    readonly remembered: 'MDY' | 'DMY' | 'YMD' | null = null,
  ) {
    super(
      'ambiguous-date-order',
      `Column ${clipQuoted(column)} (${fieldLabel(field)}): every date reads both as month/day and as day/month; set dateOrder to MDY or DMY`,
    )
  }
}

/**
 * A column could hold the AE's decision but the mapping does not say how to read it (docs/product.md,
 * "Recognising an export"): the app asks on the mapping screen; the CLI exits 2 naming it,
 * rather than import every row as pending.
 */
export class UndecidedDecisionError extends ImportError {
  override readonly name = 'UndecidedDecisionError'
  constructor(
    /** The column's header. */
    readonly column: string,
    message: string,
  ) {
    super('undecided-column', message)
  }
}

/** A header or value from the file, quoted and clipped so a message stays one short line. */
export const clipQuoted = (raw: string, max = 80): string =>
  JSON.stringify(raw.length > max ? `${raw.slice(0, max)}…` : raw)

export const isImportError = (e: unknown): e is ImportError => e instanceof ImportError
