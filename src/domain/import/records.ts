import { detached } from '../detached'
import { ImportError } from './errors'
import { formatThousands as fmt } from '../format'
import { textOfUtf8 } from './decode'

/**
 * Delimited text → records with physical line numbers. A small RFC 4180 tokenizer of our own
 * (papaparse numbers rows, not file lines): quoted fields may hold delimiters, doubled quotes
 * and line breaks; CRLF, LF and lone CR all end a line. A record is numbered by the line it
 * starts on (1-based; a BOM is not a line). Cells are slices of the text, so no second copy of
 * the file is made beyond the cells themselves.
 */
export type Delimiter = ',' | ';' | '\t' | '|'
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|']

export interface RawRecord {
  /** Physical 1-based line the record starts on. */
  line: number
  cells: string[]
  /** Character offsets of the record in the text, line ending excluded from `text()`. */
  start: number
  end: number
  /**
   * Text read in chunks: the stretch of text the record lies in and the offset that stretch starts
   * at, so the record's own text can be read while the record is alive, and no longer.
   */
  source?: string
  sourceOffset?: number
}

/**
 * What one text export may hold. Each limit is checked while reading, before the memory for
 * more is spent: a file past one is refused in a sentence within seconds, whatever its size.
 */
export interface TextLimits {
  /** Cells in one record (a CRM export has dozens of columns; the huddle reads about 30). */
  columns: number
  /** Characters in one cell (Salesforce's long text holds 131,072). */
  cellChars: number
  /** Data records below the header, as for a workbook. */
  rows: number
  /** Characters in one header cell. */
  headerChars: number
}

const TEXT_LIMITS: TextLimits = { columns: 1000, cellChars: 131_072, rows: 200_000, headerChars: 1000 }

function tooManyColumns(line: number, max: number): ImportError {
  return new ImportError(
    'too-large',
    `Line ${line} has more than ${fmt(max)} columns, more than an export for the huddle needs — export fewer columns`,
    line,
  )
}

function cellTooLong(line: number, max: number): ImportError {
  return new ImportError(
    'too-large',
    `Line ${line} holds a value longer than ${fmt(max)} characters — shorten it, or export without that column`,
    line,
  )
}

const QUOTE = 34
const CR = 13
const LF = 10

/** Line breaks in [from, to): each LF, and each CR not followed by LF. Native searches, no char loop. */
function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) n++
  for (let at = text.indexOf('\r', from); at !== -1 && at < to; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== LF) n++
  }
  return n
}

/** `text.indexOf(char, from)`, with "not found" as the text's length (so `min` picks the nearest). */
const indexOrEnd = (text: string, char: string, from: number): number => {
  const at = text.indexOf(char, from)
  return at === -1 ? text.length : at
}

/**
 * Where a scan of the text stands: the place reached, the line it is on, and the next delimiter,
 * LF and CR found. The positions found are kept and searched again only once the scan has passed
 * them, so every character is looked at natively (`indexOf`) about once.
 */
class Scan {
  at = 0
  nextDelimiter: number
  nextLf: number
  nextCr: number
  readonly length: number
  /** Characters a cell may hold in the text scanned (bytes: up to three per character). */
  readonly maxChars: number
  /** UTF-8 bytes (`utf8Bytes`): where the next byte past ASCII is, and how it is found. */
  private nextHigh = -1
  private readonly high = /[\x80-\xff]/g

  constructor(
    readonly text: string,
    readonly delimiter: Delimiter,
    public line: number,
    readonly cellChars: number,
    readonly isPartial: boolean,
    readonly utf8Bytes: boolean,
  ) {
    this.length = text.length
    this.maxChars = utf8Bytes ? 3 * cellChars : cellChars
    this.nextDelimiter = indexOrEnd(text, delimiter, 0)
    this.nextLf = indexOrEnd(text, '\n', 0)
    this.nextCr = indexOrEnd(text, '\r', 0)
  }

  /**
   * A cell read from [from, to) as text: UTF-8 bytes past ASCII decoded, and its length checked
   * in characters (the scan checked it in bytes, up to three per character).
   */
  private asText(cell: string, from: number, to: number, line: number): string {
    if (!this.utf8Bytes) return cell
    // A cell the text ends in may end in part of a character: the record needs the next chunk anyway.
    if (this.isPartial && to >= this.length) throw NEED_MORE
    if (this.nextHigh < from) {
      this.high.lastIndex = from
      this.nextHigh = this.high.exec(this.text)?.index ?? this.length
    }
    const text = this.nextHigh < to ? textOfUtf8(cell) : cell
    if (text.length > this.cellChars) throw cellTooLong(line, this.cellChars)
    return text
  }

  /** Finds the next line ends again once the scan has passed them. */
  seekLineEnds(from: number): void {
    if (this.nextLf < from) this.nextLf = indexOrEnd(this.text, '\n', from)
    if (this.nextCr < from) this.nextCr = indexOrEnd(this.text, '\r', from)
  }

  /** Finds the next delimiter and line ends again once the scan has passed them. */
  seek(): void {
    if (this.nextDelimiter < this.at) this.nextDelimiter = indexOrEnd(this.text, this.delimiter, this.at)
    this.seekLineEnds(this.at)
  }

  /** Where the cell at `at` ends when it is not quoted: the nearest delimiter or line end. */
  cellEnd(): number {
    return Math.min(this.nextDelimiter, this.nextLf, this.nextCr)
  }

  /** An unquoted cell: up to the nearest delimiter or line end. */
  plainCell(recordLine: number): string {
    const k = this.cellEnd()
    if (k - this.at > this.maxChars) throw cellTooLong(recordLine, this.cellChars)
    const from = this.at
    this.at = k
    return this.asText(this.text.slice(from, k), from, k, recordLine)
  }

  /**
   * A quoted cell (the scan at its opening quote): doubled quotes are one, line breaks inside are
   * counted, and stray text after the closing quote on the same line is kept (`"a"b` → `ab`).
   */
  quotedCell(): string {
    const { text, maxChars } = this
    const quoteLine = this.line
    const from = this.at
    let value = ''
    let j = this.at + 1
    for (;;) {
      const q = text.indexOf('"', j)
      if (q === -1) throw this.unclosed(value.length + this.length - j, quoteLine)
      this.seekLineEnds(j)
      if (this.nextLf < q || this.nextCr < q) this.line += countLineBreaks(text, j, q)
      if (value.length + q - j > maxChars) throw cellTooLong(quoteLine, this.cellChars)
      value += text.slice(j, q)
      if (text.charCodeAt(q + 1) !== QUOTE) {
        this.at = q + 1
        break
      }
      value += '"'
      j = q + 2
    }
    this.seek()
    const k = this.cellEnd()
    if (k > this.at) {
      if (this.line !== quoteLine) {
        throw new ImportError(
          'unterminated-quote',
          `Line ${quoteLine}: a quoted field starts here and runs on to line ${this.line} before closing; check for a stray quote`,
          quoteLine,
        )
      }
      if (value.length + k - this.at > maxChars) throw cellTooLong(quoteLine, this.cellChars)
      value += text.slice(this.at, k)
      this.at = k
    }
    return this.asText(value, from, this.at, quoteLine)
  }

  /** A quote the text ends inside: more text may close it, else it is never closed. */
  private unclosed(chars: number, quoteLine: number): Error {
    if (chars > this.maxChars) return cellTooLong(quoteLine, this.cellChars)
    if (this.isPartial) return NEED_MORE
    return new ImportError(
      'unterminated-quote',
      `Line ${quoteLine}: a quoted field starts here and is never closed`,
      quoteLine,
    )
  }

  /**
   * Steps past what ends a cell: true when another cell of the record follows (a delimiter), false
   * when the record ended (a line break, or the text's end); a record the text may end inside
   * throws NEED_MORE when more text follows.
   */
  nextCell(cells: string[]): boolean {
    const at = this.at
    if (at >= this.length) {
      if (this.isPartial) throw NEED_MORE
      return false
    }
    if (at === this.nextDelimiter) {
      this.at = at + 1
      if (this.at < this.length) return true
      if (this.isPartial) throw NEED_MORE
      cells.push('')
      return false
    }
    if (this.isPartial && at === this.length - 1 && at === this.nextCr) throw NEED_MORE
    this.at = at + (at === this.nextCr && this.text.charCodeAt(at + 1) === LF ? 2 : 1)
    this.line++
    return false
  }
}

/**
 * Yields every record of the text, blank lines included (as one empty cell). Throws an
 * `ImportError` naming the line where a quote opens when it never closes, or when a quoted
 * field that spans lines is followed by stray text — the signature of a quote that swallowed
 * the lines after it. Stray text after a closing quote on a single line is kept (`"a"b` → `ab`).
 *
 * Fast because the engine's `indexOf` finds the next delimiter, LF, CR and quote (see `Scan`),
 * and cells are slices, never built up character by character.
 */
export function* tokenize(
  text: string,
  delimiter: Delimiter,
  limits: Pick<TextLimits, 'columns' | 'cellChars'> = TEXT_LIMITS,
  within: Stretch = {},
): Generator<RawRecord> {
  const scan = scanOf(text, delimiter, limits, within)
  while (scan.at < scan.length) yield readRecord(scan, limits.columns, within)
}

const scanOf = (text: string, delimiter: Delimiter, limits: Pick<TextLimits, 'cellChars'>, within: Stretch): Scan =>
  new Scan(text, delimiter, within.line ?? 1, limits.cellChars, within.isPartial ?? false, within.utf8Bytes ?? false)

/**
 * The record the scan stands at (not at the text's end), read to its end. A function, not a step
 * of `tokenize`, so `tokenizeChunks` reads records without a second generator per record.
 */
function readRecord(scan: Scan, maxCells: number, within: Stretch): RawRecord {
  const { text } = scan
  const offset = within.offset ?? 0
  const start = scan.at
  const recordLine = scan.line
  const cells: string[] = []
  do {
    if (cells.length >= maxCells) throw tooManyColumns(recordLine, maxCells)
    scan.seek()
    cells.push(
      scan.at < scan.length && text.charCodeAt(scan.at) === QUOTE ? scan.quotedCell() : scan.plainCell(recordLine),
    )
  } while (scan.nextCell(cells))
  if (within.reached) within.reached.line = scan.line
  // One literal with every field, so each record has one shape and no property added later.
  return {
    line: recordLine,
    cells,
    start: start + offset,
    end: scan.at + offset,
    source: within.keepSource ? text : undefined,
    sourceOffset: within.keepSource ? offset : undefined,
  }
}

/** Where a text read by `tokenize` lies in the file, and how it is read. */
export interface Stretch {
  /**
   * More text follows (`tokenizeChunks`): a record the text ends inside (no line break yet, a
   * quote still open, or a CR that may be half a CRLF) throws NEED_MORE instead of being read.
   */
  isPartial?: boolean
  /** The line the text starts on (default 1). */
  line?: number
  /** The character offset the text starts at, added to every record's (default 0). */
  offset?: number
  /** The text is UTF-8 bytes, a character per byte (`DecodedChunks.utf8Bytes`): cells are decoded. */
  utf8Bytes?: boolean
  /** Told the line the next record starts on, after each record read. */
  reached?: { line: number }
  /** Each record carries this text and its offset (`RawRecord.source`, `sourceOffset`). */
  keepSource?: boolean
}

/** Thrown by a partial `tokenize` when the last record continues in text not yet read. */
const NEED_MORE = new Error('the record continues in the next chunk')

/**
 * A chunk cut after its first LF. The record carried from the chunk before usually ends there: it
 * is read from the carried text joined to that head alone, and the rest of the chunk on its own,
 * so the chunk is not copied into one string with the carried text (half a megabyte per chunk).
 */
function splitAtFirstLf(chunk: string): string[] {
  const lf = chunk.indexOf('\n')
  return lf === -1 || lf === chunk.length - 1 ? [chunk] : [chunk.slice(0, lf + 1), chunk.slice(lf + 1)]
}

/**
 * `tokenize` over text that arrives in chunks (a file read piece by piece), with the same records,
 * lines and offsets as over the whole text: each time, the records the text holds so far are read
 * and only the unfinished one is carried. One still unfinished after the next chunk (a long quoted
 * value with line breaks) is read again only once the carried text has doubled, so no text is
 * scanned more than a few times; the column and cell limits bound how long a record may grow.
 */
export function* tokenizeChunks(
  chunks: Iterable<string>,
  delimiter: Delimiter,
  limits: Pick<TextLimits, 'columns' | 'cellChars'> = TEXT_LIMITS,
  /**
   * Each record carries the stretch of text it was read from (`RawRecord.source`, with the offset
   * that stretch starts at), so its own text can be read while the record is alive.
   */
  keepSource = false,
  /** The chunks are UTF-8 bytes, a character per byte (`DecodedChunks.utf8Bytes`). */
  utf8Bytes = false,
): Generator<RawRecord> {
  let carry = ''
  let offset = 0
  let retryAt = 0
  // The line after the last record read: where the carried text starts.
  const reached = { line: 1 }
  for (const chunk of chunks) {
    for (const piece of carry !== '' && retryAt === 0 ? splitAtFirstLf(chunk) : [chunk]) {
      carry = carry === '' ? piece : carry + piece
      if (carry.length < retryAt) continue
      let consumed = 0
      const line = reached.line
      const within: Stretch = { isPartial: true, line, offset, utf8Bytes, reached, keepSource }
      const scan = scanOf(carry, delimiter, limits, within)
      try {
        while (scan.at < scan.length) {
          const r = readRecord(scan, limits.columns, within)
          yield r
          consumed = r.end - offset
        }
      } catch (e) {
        if (e !== NEED_MORE) throw e
      }
      offset += consumed
      carry = carry.slice(consumed)
      retryAt = consumed === 0 ? carry.length * 2 : 0
    }
  }
  yield* tokenize(carry, delimiter, limits, { line: reached.line, offset, utf8Bytes, keepSource })
}

/**
 * The delimiter whose count per line is most consistent over the first lines (quoted content
 * ignored): the one with the most lines sharing its most common non-zero count; ties go to
 * the larger count, then to the order , ; tab |. A file with none of them is one column (`,`).
 */
export function detectDelimiter(text: string, maxLines = 50): Delimiter {
  const limit = Math.min(text.length, 256 * 1024)
  const perLine: number[][] = []
  let counts = [0, 0, 0, 0]
  let inQuotes = false
  let lineHasContent = false
  for (let i = 0; i < limit && perLine.length < maxLines; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      inQuotes = !inQuotes
      lineHasContent = true
    } else if (inQuotes) {
      continue
    } else if (c === LF || c === CR) {
      if (c === CR && text.charCodeAt(i + 1) === LF) i++
      if (lineHasContent) perLine.push(counts)
      counts = [0, 0, 0, 0]
      lineHasContent = false
    } else {
      lineHasContent = true
      if (c === 44) counts[0]!++
      else if (c === 59) counts[1]!++
      else if (c === 9) counts[2]!++
      else if (c === 124) counts[3]!++
    }
  }
  if (lineHasContent && perLine.length < maxLines) perLine.push(counts)
  let best: Delimiter = ','
  let bestLines = 0
  let bestCount = 0
  DELIMITERS.forEach((delimiter, k) => {
    const freq = new Map<number, number>()
    for (const line of perLine) {
      const n = line[k]!
      if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1)
    }
    for (const [count, lines] of freq) {
      if (lines > bestLines || (lines === bestLines && count > bestCount)) {
        best = delimiter
        bestLines = lines
        bestCount = count
      }
    }
  })
  return best
}

// ── From records to a table: header, data, skipped lines ──────────────────────────────────

export type SkipReason =
  'blank line' | 'above the header' | 'report footer' | 'totals row' | 'repeated header' | 'group title'

export interface SkippedLine {
  line: number
  text: string
  reason: SkipReason
}

export interface DataRecord {
  line: number
  cells: string[]
  /** Text: character offset where the record starts (see `Table.cellsAt`). */
  start?: number
  /** Progress marker: character offset (text) or row number (sheet) where the record ends. */
  end: number
}

export interface Table {
  headerLine: number
  headers: string[]
  /** Lines above the header at first; footers and blank lines are added while reading. */
  skipped: SkippedLine[]
  /** The data records after the header, in file order; read once. */
  records: Generator<DataRecord>
  /**
   * Text tables: the cells of the record at [start, end) read again from the text, so a reader
   * need not keep every record's cells alive to show a few of them later. Absent for sheets.
   */
  cellsAt?: (start: number, end: number) => string[]
}

export interface TableOptions {
  /** Whether a header cell names a known field (template names, preset headers, the mapping). */
  isKnownHeader?: (cell: string) => boolean
  /** How many non-blank records to look at when searching for the header. */
  lookahead?: number
  /** Columns, data records and header cell length (default TEXT_LIMITS). */
  limits?: TextLimits
}

const FOOTERS: readonly RegExp[] = [
  // English, German and French Salesforce reports: "Grand Totals (12 records)", "Gesamtsummen
  // (12 Datensätze)", "Totaux généraux (12 enregistrements)".
  /^(?:grand totals?|gesamtsummen?|totaux généraux|total général) \(\s*[\d,.\s]+ (?:records?|datensätze|datensatz|enregistrements?)\s*\)$/i,
  /^(?:confidential information - do not distribute|vertrauliche informationen - nicht weitergeben|informations confidentielles - ne pas diffuser)$/i,
  // Any spelling: "Copyright © 2000-2025 salesforce.com, inc.", "(c) 2024 Salesforce, Inc", …
  /^(?:copyright\b\s*(?:\(c\)|©)?|\(c\)|©)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?,?\s*[\w.,&' -]*?(?:all rights reserved|alle rechte vorbehalten|tous droits réservés)\.?$/i,
]

/**
 * A hand-kept sheet's totals line: "Total", "Grand Total", "Totals:", "Total (12)", "Total 12",
 * "Summe", "Gesamt" in the first filled cell, and nothing else there ("Total Wine & More" is data).
 */
const TOTALS =
  /^(?:grand\s+|sub-?)?totals?(?:\s*:?\s*(?:\(.*\)|\d[\d,.\s]*)?)?:?$|^(?:gesamt(?:summe)?|summe|total général)\s*:?$/i

const isFilled = (cell: string): boolean => cell.length > 0 && cell.trim() !== ''

function isBlank(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (isFilled(cells[i]!)) return false
  return true
}

/** Called on every record, so it allocates only for rows with at most three filled cells. */
function isFooter(cells: readonly string[]): boolean {
  let first = -1
  let filled = 0
  for (let i = 0; i < cells.length; i++) {
    if (!isFilled(cells[i]!)) continue
    if (first === -1) first = i
    if (++filled > 3) break
  }
  if (first === -1) return false
  const text = cells[first]!.trim()
  if (FOOTERS[0]!.test(text)) return true
  if (filled === 1) return FOOTERS.some((re) => re.test(text))
  if (filled > 3) return false
  // An unquoted copyright line splits at its comma ("salesforce.com, inc."): read it whole.
  return FOOTERS[2]!.test(
    cells
      .filter(isFilled)
      .map((c) => c.trim())
      .join(', '),
  )
}

/** Whether the first filled cell says the row totals the rows above it. */
function isTotals(cells: readonly string[]): boolean {
  for (const cell of cells) if (isFilled(cell)) return TOTALS.test(cell.trim())
  return false
}

/** Whether exactly one cell is filled (stops at the second: called on every row). */
function isOneFilled(cells: readonly string[]): boolean {
  let n = 0
  for (let i = 0; i < cells.length; i++) if (isFilled(cells[i]!) && ++n > 1) return false
  return n === 1
}

/** The header again (a sheet per group, a report pasted twice): every filled cell is its header's. */
function isHeaderAgain(cells: readonly string[], header: readonly string[]): boolean {
  let same = 0
  for (let i = 0; i < cells.length; i++) {
    if (!isFilled(cells[i]!)) continue
    if (cells[i]!.trim() !== header[i]) return false
    same++
  }
  return same >= 2
}

function filledDistinct(cells: readonly string[]): number {
  return new Set(cells.map((c) => c.trim().toLowerCase()).filter((c) => c !== '')).size
}

/** A skipped line as the report shows it: cut short, and detached from the text it was read from. */
const clip = (s: string): string => detached(s.length > 200 ? `${s.slice(0, 200)}…` : s)

/**
 * The header among the first records: the first with at least three distinct known header cells
 * (two could be data: a row reading "employees, Number of employees"); failing that, the first
 * with at least two distinct filled cells and at least half as many as the widest record seen.
 */
function findHeader(buffered: readonly RawRecord[], isKnown: (cell: string) => boolean): RawRecord | undefined {
  const candidates = buffered.filter((r) => !isBlank(r.cells) && !isFooter(r.cells))
  const knownCount = (r: RawRecord): number =>
    new Set(r.cells.map((c) => c.trim()).filter((c) => c !== '' && isKnown(c))).size
  const widest = Math.max(0, ...candidates.map((r) => filledDistinct(r.cells)))
  return (
    candidates.find((r) => knownCount(r) >= 3) ??
    candidates.find((r) => filledDistinct(r.cells) >= 2 && filledDistinct(r.cells) * 2 >= widest) ??
    candidates[0]
  )
}

/** Refuses a header no export writes: too many columns, or a column named at a file's length. */
function checkHeader(header: RawRecord | undefined, limits: TextLimits): asserts header is RawRecord {
  if (!header)
    throw new ImportError('no-header', 'No header row found: the file holds only blank lines or report footers')
  if (header.cells.length > limits.columns) throw tooManyColumns(header.line, limits.columns)
  if (header.cells.some((c) => c.length > limits.headerChars)) {
    throw new ImportError(
      'too-large',
      `The header on line ${header.line} names a column in more than ${fmt(limits.headerChars)} characters, so it is not a header an export writes`,
      header.line,
    )
  }
}

/**
 * The records below the header as data, in file order, with blank lines, report footers, totals
 * rows and repeated headers added to `skipped`. A one-cell row right above a repeated header is a
 * group's title (a monday.com board, a sheet with one block per week): it is held back until the
 * next record says which it is. A data record is the raw record itself: no copy per row.
 */
function* dataRecords(
  raw: Iterable<RawRecord>,
  headers: readonly string[],
  skipped: SkippedLine[],
  textOf: (record: RawRecord) => string,
  limits: TextLimits,
): Generator<DataRecord> {
  let dataCount = 0
  const skip = (r: RawRecord, reason: SkipReason): null => {
    skipped.push({ line: r.line, text: clip(textOf(r)), reason })
    return null
  }
  const classify = (r: RawRecord): DataRecord | null => {
    if (isBlank(r.cells)) return skip(r, 'blank line')
    if (isFooter(r.cells)) return skip(r, 'report footer')
    if (isTotals(r.cells)) return skip(r, 'totals row')
    if (isHeaderAgain(r.cells, headers)) return skip(r, 'repeated header')
    if (r.cells.length > limits.columns) throw tooManyColumns(r.line, limits.columns)
    if (++dataCount > limits.rows) {
      throw new ImportError(
        'too-large',
        `The file holds more than ${fmt(limits.rows)} rows below its header (line ${r.line} is one too many) — export fewer rows or split the file`,
        r.line,
      )
    }
    return r
  }
  let held: RawRecord | null = null
  for (const r of raw) {
    const data = classify(r)
    if (held) {
      const reason = data === null ? skipped.at(-1)!.reason : null
      if (reason === 'blank line') continue
      if (reason === 'repeated header') {
        skipped.splice(skipped.length - 1, 0, { line: held.line, text: clip(textOf(held)), reason: 'group title' })
        held = null
        continue
      }
      yield held
      held = null
    }
    if (data && isOneFilled(data.cells)) held = r
    else if (data) yield data
  }
  if (held) yield held
}

/**
 * Finds the header among the first records (`findHeader`) and returns the rest as data. Records
 * above it (report titles, "Filtered By:" lines) are skipped, as are blank records and report
 * footers (Salesforce's "Grand Totals (N records)", "Confidential Information - Do Not
 * Distribute", copyright line) anywhere after it.
 */
export function openTable(
  source: Iterator<RawRecord>,
  textOf: (record: RawRecord) => string,
  options: TableOptions = {},
): Table {
  const lookahead = options.lookahead ?? 50
  const buffered: RawRecord[] = []
  let nonBlank = 0
  while (nonBlank < lookahead) {
    const next = source.next()
    if (next.done) break
    buffered.push(next.value)
    if (!isBlank(next.value.cells)) nonBlank++
  }
  const header = findHeader(buffered, options.isKnownHeader ?? (() => false))
  const limits = options.limits ?? TEXT_LIMITS
  checkHeader(header, limits)
  const skipped: SkippedLine[] = []
  const headerIndex = buffered.indexOf(header)
  for (const r of buffered.slice(0, headerIndex)) {
    skipped.push({ line: r.line, text: clip(textOf(r)), reason: isBlank(r.cells) ? 'blank line' : 'above the header' })
  }
  const rest = buffered.slice(headerIndex + 1)
  buffered.length = 0
  function* raw(): Generator<RawRecord> {
    yield* rest
    rest.length = 0
    for (let next = source.next(); !next.done; next = source.next()) yield next.value
  }
  // Detached: the headers outlive the stretch of text they were read from.
  const headers = header.cells.map((c) => detached(c.trim()))
  return {
    headerLine: header.line,
    headers,
    skipped,
    records: dataRecords(raw(), headers, skipped, textOf, limits),
  }
}

/** The record's text as it was written, without its line ending. */
const lineText = (text: string, start: number, end: number): string => text.slice(start, end).replace(/\r?\n$|\r$/, '')

/** Text → table: delimiter detection, tokenizing and header search in one call. */
export function openTextTable(
  text: string,
  options: TableOptions & { delimiter?: Delimiter } = {},
): Table & { delimiter: Delimiter } {
  const delimiter = options.delimiter ?? detectDelimiter(text)
  const textOf = (r: RawRecord): string => lineText(text, r.start, r.end)
  // A record's own text tokenises to the same cells it had in the whole file.
  const cellsAt = (start: number, end: number): string[] =>
    tokenize(text.slice(start, end), delimiter).next().value?.cells ?? []
  return { ...openTable(tokenize(text, delimiter), textOf, options), delimiter, cellsAt }
}

/**
 * Text in chunks → table, as `openTextTable` but never holding the file's bytes or one string of
 * its whole text: the delimiter is detected on the first 256 KiB, records are read as the chunks
 * arrive. Each record points to the stretch of text it was read from, so a skipped line is shown
 * as it was written; a stretch is let go once no record that points to it is held. There is no
 * `cellsAt`: reading a record again would mean holding every stretch.
 */
export function openTextChunksTable(
  texts: Iterable<string>,
  options: TableOptions & { delimiter?: Delimiter; utf8Bytes?: boolean } = {},
): Table & { delimiter: Delimiter } {
  const utf8Bytes = options.utf8Bytes ?? false
  const source = texts[Symbol.iterator]()
  const head: string[] = []
  let headLength = 0
  while (headLength < 256 * 1024) {
    const next = source.next()
    if (next.done) break
    head.push(next.value)
    headLength += next.value.length
  }
  const delimiter = options.delimiter ?? detectDelimiter(head.join(''))
  function* all(): Generator<string> {
    yield* head.splice(0)
    for (let next = source.next(); !next.done; next = source.next()) yield next.value
  }
  const records = tokenizeChunks(all(), delimiter, options.limits, true, utf8Bytes)
  const textOf = (r: RawRecord): string => {
    const text = lineText(r.source!, r.start - r.sourceOffset!, r.end - r.sourceOffset!)
    return utf8Bytes ? textOfUtf8(text) : text
  }
  return { ...openTable(records, textOf, options), delimiter }
}
