import { handoffSchema, type HandoffField, type Handoff } from '../handoff'
import { fieldLabel } from '../field-labels'
import { isValidTimeZone } from '../settings'
import { DEFAULT_REASON_RULES, type ReasonRule } from '../rules/reasons'
import { rowTextsReader, type RowTexts } from './cells'
import { columnKeys, mergeMapping, resolveColumns } from './columns'
import { DateOrderVotes, dependsOnDateOrder } from './dates'
import { AmbiguousDateOrderError, ImportError, UndecidedDecisionError } from './errors'
import { proposeDecision, undecidedMessage, withDecisionColumn } from './decision-column'
import { inspectTable } from './inspect'
import {
  DATE_FIELDS,
  detectPreset,
  isTemplateLayout,
  type DateField,
  type DateOrder,
  type Mapping,
  type PresetName,
} from './mapping'
import { DecimalMarkVotes, dependsOnDecimalMark } from './numbers'
import {
  isXlsxInput,
  openTextBytes,
  openTextChunks,
  openXlsxExport,
  type ExportShape,
  type ImportInput,
  type OpenedExport,
  type SourceMeta,
} from './open-export'
import type { DataRecord, SkippedLine, Table } from './records'
import { isCertainlyValid } from './handoff-check'
import { issueWords, quote, readRow, reasonsByRules, type RowContext, type RowResult } from './row-reader'
import { WarningTally } from './warning-tally'
import { parseStatus } from './vocabulary'
import { recognise, recogniseExport, resemblanceNote, type Recognition } from './known-exports'
import type { ChunkSource } from './decode'
import { parseNote, TEMPLATE_FIELDS, type ParsedNote } from './note-template'
import { CARRIED_FIELDS } from '../carried'
import { detached } from '../detached'
import { hash53Hex } from '../hash'
import type { RowSink } from './row-sink'

export type { ExportShape, ImportInput } from './open-export'

export interface ImportOptions {
  /** The team's IANA time zone: times without an offset are wall times there. */
  timeZone: string
  /** Without one, the preset that best matches the headers is used (`autoMapping`). */
  mapping?: Mapping
  /** Names the source for stored ids; default: the preset's name, or "custom" with a mapping. */
  importSource?: string
  /** Rules mapping CRM reason values and AE feedback onto the taxonomy (default: the built-in ones). */
  reasonRules?: readonly ReasonRule[]
  /**
   * The day/month order this source used last time (saved with its mapping). Never applied: when
   * every date of a column reads both ways the import still stops to ask, with this order
   * preselected in the question (docs/product.md, "Recognising an export").
   */
  rememberedDateOrder?: DateOrder
  /** A day/month order for every date column, winning over the mapping's (CLI `--date-order`). */
  dateOrder?: DateOrder
  /** XLSX only: the sheet to read (default: the first). */
  sheet?: string
  /** Called now and then with (done, total) on a 0–1000 scale: reading is the first half. */
  onProgress?: (done: number, total: number) => void
  /**
   * Where imported rows go instead of the parse's `handoffs` (the CLI's report counts them as they
   * come); rejected rows are then listed without their cells, and `valueReadings` (the preview's,
   * which the report does not show) are not counted.
   */
  rows?: RowSink
}

export interface ImportedRow {
  line: number
  handoff: Handoff
}

export interface RejectedRow {
  /** Physical 1-based line (CSV) or Excel row number (XLSX) where the record starts. */
  line: number
  /** Every reason, each starting with the field it concerns. */
  errors: string[]
  /** The record's cells keyed by column (see `columnKeys`). */
  cells: Record<string, string>
}

/** What was read and how: shared by a first look at a file (inspect) and a full parse. */
export interface StatusCombination {
  /** The status columns' cells, in column order, joined by " · " (blank cells left out). */
  value: string
  count: number
  decision: 'accepted' | 'rejected' | 'pending' | 'unrecognised'
}

/** Fields whose stored value the preview shows per value in the file (issue 19: preview = write). */
export const READ_VALUE_FIELDS = ['rejectionReason', 'contactInfluence', 'triggerCategory'] as const
export type ReadValueField = (typeof READ_VALUE_FIELDS)[number]

export interface ValueReading {
  field: ReadValueField
  /** The column's cell(s) as in the file, trimmed (several columns joined by " · "). */
  value: string
  /** What the imported rows store for it (value maps and reason rules applied); null: nothing. */
  stored: string | null
  count: number
}

export interface ImportParse extends ExportShape {
  mapping: Mapping
  /** The preset whose headers matched best (also reported when a mapping was given). */
  preset: PresetName
  importSource: string
  /** The recognised layout's name ("Salesforce report: opportunities"), or null: read as custom. */
  layout: string | null
  /**
   * The fields this import carried (docs/product.md, "Carried and not assessed"): a column for them,
   * or the handoff note template in the notes. In CARRIED_FIELDS order.
   */
  carried: HandoffField[]
  /** How many imported rows' notes used the handoff note template. */
  templateNotes: number
  /**
   * When the status is read from several columns (a Pipedrive status and stage): each
   * combination of their cells with the rows that hold it and the decision it gave, as the rows
   * were really read — for the one confirmation before writing. Absent for one column.
   */
  statusCombinations?: StatusCombination[]
  /**
   * Each value of the reason, influence and trigger category columns with what the imported rows
   * store for it, counted as the rows were written: what the preview shows. Empty when a sink
   * took the rows (`ImportOptions.rows`).
   */
  valueReadings: ValueReading[]
  /** The day/month order used per mapped date column. */
  dateOrders: Partial<Record<DateField, DateOrder>>
  /** Data records read: rows = handoffs.length + rejected.length, always. */
  rows: number
  handoffs: ImportedRow[]
  rejected: RejectedRow[]
  skipped: SkippedLine[]
  warnings: string[]
}

/** What an import without a decision column says: its rows are bookings, not decisions. */
export const NO_DECISION_NOTE =
  "No column holds the AE's decision: every row is a booking, and acceptance and AE response times are not assessed"

/** Bytes of a CSV/TSV/TXT or XLSX export → the parse (async because XLSX unzipping is). */
export async function parseExport(input: ImportInput, options: ImportOptions): Promise<ImportParse> {
  if (!isXlsxInput(input)) return parseCsvExport(input, options)
  return parseOpened(await openXlsxExport(input, { sheet: options.sheet, mapping: options.mapping }), options)
}

/** The synchronous path for text exports (CSV, TSV, semicolon- or pipe-separated). */
export function parseCsvExport(input: ImportInput, options: ImportOptions): ImportParse {
  return parseOpened(openTextBytes(input, { mapping: options.mapping }), options)
}

/** A text export read chunk by chunk (the CLI): the same parse, without holding the file whole. */
export function parseCsvChunks(input: { fileName: string; source: ChunkSource }, options: ImportOptions): ImportParse {
  return parseOpened(openTextChunks(input, { mapping: options.mapping }), options)
}

/**
 * An opened export → the parse. When nothing gives the AE's decision a column (and the mapping
 * does not say "not in this export"), every column's values are looked at first (docs/product.md,
 * "Recognising an export"): a column of known decision words is read, one that could decide but
 * holds unknown values stops the import naming it. Only such files are read twice (from the
 * records already in memory); a file whose status is mapped is read once.
 */
function parseOpened(opened: OpenedExport, options: ImportOptions): ImportParse {
  const { table, meta } = opened
  const { headers } = table
  const merged = mergeMapping(headers, detectPreset(headers).name, options.mapping, recogniseExport(headers))
  if (merged.columns.status !== undefined) return parseTable(table, meta, options)
  // A file without its required columns stops for that first.
  resolveColumns(merged, headers, columnKeys(headers), table.headerLine)
  const proposal = proposeDecision(inspectTable(table, meta, { previewRows: 0 }), merged)
  if (proposal.kind === 'ask')
    throw new UndecidedDecisionError(proposal.header, undecidedMessage(proposal.header, proposal.values))
  const settled =
    proposal.kind === 'use' ? { ...options, mapping: withDecisionColumn(options.mapping, merged, proposal) } : options
  return parseTable(opened.reopen(), meta, settled)
}
type NoteFields = Partial<Record<HandoffField, string>>
type NumberField = 'companySize' | 'pipelineAmount'

const PROGRESS_SCALE = 1000
/** Reading ends here on the progress scale; the rows that wait for the whole file fill the rest. */
const PROGRESS_READ = 900
const PROGRESS_EVERY = 2048

/**
 * A table → the parse, in named steps: settle the header (mapping, columns, source), read every
 * record once (settling each row at once unless it waits for the file's votes), settle the votes
 * and the rows that waited for them, and report.
 */
function parseTable(table: Table, meta: SourceMeta, options: ImportOptions): ImportParse {
  const header = settleHeader(table, options)
  const reader = new RecordReader(header)
  const ledger = new RowLedger(header, table.cellsAt, options.rows)
  const ctx = rowContext(header, meta, options)
  const pass = readRecords(table, meta, reader, ledger, ctx, options.onProgress)
  settleVotes(header, reader, ctx, options.rememberedDateOrder)
  settleWaiting(pass.waiting, reader, ledger, ctx, options.onProgress)
  return report(table, meta, header, ledger, pass, ctx.dateOrders)
}

/** What the header settles for every row of the file. */
interface SettledHeader {
  headers: string[]
  keys: string[]
  preset: PresetName
  recognition: Recognition
  mapping: Mapping
  importSource: string
  /** Field → its column indexes, for every field the mapping gives a column. */
  column: Partial<Record<HandoffField, number[]>>
  /** The day/month order the mapping or the CLI sets for every date column, else undefined. */
  forcedOrder: DateOrder | undefined
  /** The mapped date columns, which vote on day/month order. */
  dateFields: DateField[]
  /** The mapped number columns: the decimal mark is the file locale's, so they vote together. */
  numberFields: NumberField[]
  /** The mapped fields whose values the preview shows (READ_VALUE_FIELDS). */
  readFields: ReadValueField[]
  /** The status columns when the status is read from several, else null. */
  statusColumns: number[] | null
}

/** Settle the header: the time zone, the layout, the mapping and the column of each field. */
function settleHeader(table: Table, options: ImportOptions): SettledHeader {
  if (!isValidTimeZone(options.timeZone)) {
    throw new ImportError('bad-mapping', `"${options.timeZone}" is not an IANA time zone such as Europe/Berlin`)
  }
  const { headers } = table
  const keys = columnKeys(headers)
  const preset = detectPreset(headers).name
  // A layout is named only when its whole signature is there; anything else is custom (docs/product.md,
  // "Recognising an export"): a preset's overlap picks aliases, it never names the source.
  const recognition = recognise(headers)
  const known = recognition.known
  const mapping = mergeMapping(headers, preset, options.mapping, known)
  const importSource =
    options.importSource ??
    known?.importSource ??
    (!options.mapping && isTemplateLayout(headers) ? 'template' : 'custom')
  const column = resolveColumns(mapping, headers, keys, table.headerLine)
  return {
    headers,
    keys,
    preset,
    recognition,
    mapping,
    importSource,
    column,
    forcedOrder: options.dateOrder ?? mapping.dateOrder,
    dateFields: DATE_FIELDS.filter((f) => column[f] !== undefined),
    numberFields: (['companySize', 'pipelineAmount'] as const).filter((f) => column[f] !== undefined),
    readFields: READ_VALUE_FIELDS.filter((f) => column[f] !== undefined),
    statusColumns: (column.status?.length ?? 0) > 1 ? column.status! : null,
  }
}

/** The header(s) a field is read from, as a question or a warning names them. */
const headerOf = (header: SettledHeader, field: HandoffField): string =>
  (header.column[field] ?? []).map((i) => header.headers[i] || header.keys[i]!).join(' / ')

/**
 * What every row is read with. Day/month order and decimal mark are settled once every row has
 * voted; until then rows are read with these, which only the rows that wait depend on.
 */
function rowContext(header: SettledHeader, meta: SourceMeta, options: ImportOptions): RowContext {
  const dateOrders: Partial<Record<DateField, DateOrder>> = {}
  if (header.forcedOrder) for (const field of header.dateFields) dateOrders[field] = header.forcedOrder
  return {
    statusColumn: header.mapping.values?.status ? headerOf(header, 'status') : null,
    headerWidth: header.headers.length,
    timeZone: options.timeZone,
    dateOrders,
    excelSerials: meta.excelSerials,
    mark: '.',
    reasonByRules: reasonsByRules(options.reasonRules ?? DEFAULT_REASON_RULES),
  }
}

/** A record's texts, with the note template's fields filled in, and those fields (or null). */
interface RecordTexts {
  texts: RowTexts
  noteFields: NoteFields | null
  /** Whether one of the record's dates is read differently by day/month order. */
  isYearLast: boolean
}

/**
 * Reads each record's texts and lets its date and number columns vote on the file's day/month
 * order and decimal mark. The handoff note template: a notes cell with labelled lines fills the
 * package; a column for the same field wins when its cell is not empty.
 */
class RecordReader {
  readonly dateVotes: Map<DateField, DateOrderVotes>
  /** The same votes as a list beside their fields: read per row without an entry array each. */
  private readonly votesInOrder: DateOrderVotes[]
  readonly markVotes = new DecimalMarkVotes()
  private readonly textsOf: (cells: readonly string[]) => RowTexts
  private readonly hasNotes: boolean

  constructor(readonly header: SettledHeader) {
    this.dateVotes = new Map(header.dateFields.map((f) => [f, new DateOrderVotes()]))
    this.votesInOrder = [...this.dateVotes.values()]
    this.textsOf = rowTextsReader(header.mapping, header.column)
    this.hasNotes = header.column.crmNotes !== undefined
  }

  /** The record's texts; when `vote`, its date and number columns vote first. */
  read(r: DataRecord, vote: boolean): RecordTexts {
    const texts = this.textsOf(r.cells)
    let isYearLast = false
    if (vote) {
      // The votes read the columns themselves, before a note fills anything in.
      const { dateFields, numberFields } = this.header
      for (let i = 0; i < dateFields.length; i++)
        if (this.votesInOrder[i]!.add(texts[dateFields[i]!])) isYearLast = true
      for (let i = 0; i < numberFields.length; i++) this.markVotes.add(texts[numberFields[i]!])
    }
    const note: ParsedNote | null = this.hasNotes ? parseNote(texts.crmNotes) : null
    const noteFields = note?.usesTemplate ? (note.fields as NoteFields) : null
    if (noteFields) {
      for (const f of Object.keys(noteFields) as HandoffField[]) {
        if (f !== 'crmNotes' && texts[f] === '') texts[f] = noteFields[f] ?? ''
      }
      texts.crmNotes = noteFields.crmNotes ?? ''
    }
    return { texts, noteFields, isYearLast }
  }

  /** Whether the row's reading depends on the votes: a year-last date or a number with a mark. */
  dependsOnVotes({ texts, noteFields, isYearLast }: RecordTexts): boolean {
    const { forcedOrder, dateFields, numberFields } = this.header
    return (
      (!forcedOrder && (isYearLast || (noteFields !== null && dateFields.some((f) => dependsOnDateOrder(texts[f]))))) ||
      numberFields.some((f) => dependsOnDecimalMark(texts[f]))
    )
  }
}

/** field → cell text → stored value → its reading: no key strings built per row. */
type Readings = Map<ReadValueField, Map<string, Map<string | null, ValueReading>>>

/**
 * The rows settled so far: imported, or rejected with every reason, and what the report counts of
 * the imported ones (soft warnings, value readings, template notes). Rows must arrive in file order.
 */
class RowLedger {
  readonly rejected: RejectedRow[] = []
  readonly tally = new WarningTally()
  readonly readings: Readings
  /** The fields whose readings are counted: none when a sink takes the rows (see `ImportOptions.rows`). */
  private readonly readFields: readonly ReadValueField[]
  readonly noteFieldsUsed = new Set<HandoffField>()
  templateNotes = 0
  /** Rows imported so far, less those a later row replaced (with a sink, `handoffs` stays empty). */
  importedCount = 0
  private readonly handoffs: (ImportedRow | null)[] = []
  /** Each imported row's number (see `kept`) by its CRM id. */
  private readonly byId = new Map<string, number>()
  /** Rows imported so far, replaced or not: the next row's number. */
  private kept = 0
  // The readings each imported row counted in, so a row replaced later is uncounted without its cells.
  private readonly keptReadings: ValueReading[] = []
  /** Derived keys of rows with no company or contact → each distinct row's content, in file order. */
  private readonly sameDayRows = new Map<string, string[]>()
  // Where an imported row's cells can be found again if a later row with its id rejects it: its
  // place in the text (two numbers, so 100,000 rows do not keep their cells alive) when the
  // table can read a record again, else the record itself.
  private readonly keptSpans: number[] = []
  private readonly keptRecords: DataRecord[] = []

  constructor(
    private readonly header: SettledHeader,
    private readonly cellsAt: Table['cellsAt'],
    private readonly sink?: RowSink,
  ) {
    this.readFields = sink ? [] : header.readFields
    this.readings = new Map(this.readFields.map((f) => [f, new Map()]))
    sink?.begin({
      plain: carriedFields(header, new Set()),
      withTemplate: carriedFields(header, new Set(header.column.crmNotes !== undefined ? TEMPLATE_FIELDS : [])),
    })
  }

  /** A row read → imported, or rejected with every reason. */
  settle(r: DataRecord, result: RowResult, noteFields: NoteFields | null): void {
    if ('errors' in result) {
      this.reject(r, result.errors)
      return
    }
    const { handoff, soft } = result
    // zod only for a row the quick test does not vouch for: its messages name what is wrong.
    const checked = isCertainlyValid(handoff) ? null : handoffSchema.safeParse(handoff)
    if (checked && !checked.success) {
      const reasons = [...new Set(checked.error.issues.map((i) => issueWords(i.path)))]
      this.reject(r, [...reasons, ...soft.map((s) => s.message)])
      return
    }
    for (const s of soft) this.tally.add(s.key, s.message.replace(/^(.*?) ".*" is/, '$1: a value is'), r.line)
    const stored = checked ? checked.data : handoff
    // The id outlives the row: with a sink, a copy that does not keep the file's text alive. One
    // string for the lookup and the entry, so its hash is computed once.
    const id = this.meetingKey(stored, r.cells)
    stored.externalId = this.sink ? detached(id) : id
    this.replaceEarlier(stored.externalId, r.line)
    if (noteFields) {
      this.templateNotes++
      for (const f of Object.keys(noteFields) as HandoffField[]) this.noteFieldsUsed.add(f)
    }
    this.byId.set(stored.externalId, this.kept++)
    this.importedCount++
    if (this.readFields.length > 0) this.tallyReadings(r.cells, stored)
    if (this.sink) this.sink.imported(r.line, stored, noteFields !== null)
    else {
      this.handoffs.push({ line: r.line, handoff: stored })
      if (this.cellsAt) this.keptSpans.push(r.start ?? 0, r.end)
      else this.keptRecords.push(r)
    }
  }

  /** A row rejected with every reason (with a sink: copies of the words, and no cells). */
  private reject(r: DataRecord, errors: string[]): void {
    this.rejected.push({
      line: r.line,
      errors: this.sink ? errors.map(detached) : errors,
      cells: this.cellsOf(r.cells),
    })
  }

  /**
   * The row's key. A derived key (no CRM id) names a meeting by booking, SDR, company and contact;
   * with neither company nor contact, the booking day and SDR alone do not: an SDR books several
   * meetings a day. Such rows that differ in any cell are different meetings, numbered in file
   * order ("-2", "-3"), so a re-export in the same order keeps their keys; only a row repeated
   * word for word is the same meeting again.
   */
  private meetingKey(h: Handoff, cells: readonly string[]): string {
    const key = h.externalId
    if (!key.startsWith('derived-') || !DERIVED_KEY.test(key) || h.company.trim() !== '' || h.contactName.trim() !== '')
      return key
    const content = hash53Hex(cells.join('\u001f'))
    const seen = this.sameDayRows.get(key)
    if (!seen) {
      this.sameDayRows.set(key, [content])
      return key
    }
    let at = seen.indexOf(content)
    if (at === -1) at = seen.push(content) - 1
    return at === 0 ? key : `${key}-${at + 1}`
  }

  /** Whether the rows went to a sink instead of being kept. */
  get streamed(): boolean {
    return this.sink !== undefined
  }

  /** The imported rows, in file order (none when a sink took them). */
  imported(): ImportedRow[] {
    return this.handoffs.filter((h): h is ImportedRow => h !== null)
  }

  /**
   * Duplicate ids within one file: the later row wins (CRM exports list the newest state last as
   * often as not, and a re-export appended to a file must update, not fork); the earlier row is
   * rejected naming the line that replaced it, so rows = imported + rejected.
   */
  private replaceEarlier(externalId: string, line: number): void {
    const earlier = this.byId.get(externalId)
    if (earlier === undefined) return
    const previousLine = this.sink ? this.sink.replaced(earlier) : this.handoffs[earlier]!.line
    this.handoffs[earlier] = null
    this.importedCount--
    if (this.readFields.length > 0) this.untallyReadings(earlier)
    const repeated = DERIVED_KEY.test(externalId)
      ? `Line ${line} repeats this meeting (same booking date, SDR, company and contact; the file has no CRM id) and was imported instead`
      : `CRM id ${quote(externalId)} appears again on line ${line}, which was imported instead`
    this.rejected.push({
      line: previousLine,
      errors: [detached(repeated)],
      cells: this.sink ? NO_CELLS : this.cellsOf(this.keptCells(earlier)),
    })
  }

  private keptCells(k: number): string[] {
    return this.cellsAt ? this.cellsAt(this.keptSpans[2 * k]!, this.keptSpans[2 * k + 1]!) : this.keptRecords[k]!.cells
  }

  private cellsOf(cells: readonly string[]): Record<string, string> {
    if (this.sink) return NO_CELLS
    const { headers, keys } = this.header
    const k = cells.length > keys.length ? columnKeys(headers, cells.length) : keys
    // Keys are the file's headers: no prototype, so a "__proto__" column is just a column.
    const out = Object.create(null) as Record<string, string>
    for (let i = 0; i < Math.max(k.length, cells.length); i++) out[k[i]!] = cells[i] ?? ''
    return out
  }

  /** Counts what an imported row stores for each of its read fields. */
  private tallyReadings(cells: readonly string[], handoff: Handoff): void {
    for (const field of this.readFields) {
      const value = joinedCells(cells, this.header.column[field]!)
      const stored = handoff[field]
      const byValue = this.readings.get(field)!
      let byStored = byValue.get(value)
      if (!byStored) byValue.set(detached(value), (byStored = new Map()))
      let seen = byStored.get(stored)
      if (seen) seen.count++
      else byStored.set(stored, (seen = { field, value: detached(value), stored, count: 1 }))
      this.keptReadings.push(seen)
    }
  }

  /** Uncounts the readings of the row numbered `k`, without its cells. */
  private untallyReadings(k: number): void {
    const n = this.readFields.length
    for (let j = 0; j < n; j++) this.keptReadings[k * n + j]!.count--
  }
}

/** A key `derivedExternalId` made (possibly numbered by `meetingKey`), not one the file gave. */
const DERIVED_KEY = /^derived-[0-9a-f]{16}(-\d+)?$/

/** A rejected row's cells when a sink takes the rows: none, so the file's text is not kept alive. */
const NO_CELLS: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>)

/** What the import carries: a column, or the note template when a note used it. */
const carriedFields = (header: SettledHeader, byNotes: ReadonlySet<HandoffField>): HandoffField[] =>
  CARRIED_FIELDS.filter((f) => header.column[f] !== undefined || byNotes.has(f))

/** The cells of some columns, trimmed: one column's cell, or several columns' non-blank cells joined. */
function joinedCells(cells: readonly string[], at: readonly number[]): string {
  if (at.length === 1) return (cells[at[0]!] ?? '').trim()
  return at
    .map((i) => (cells[i] ?? '').trim())
    .filter((c) => c !== '')
    .join(' · ')
}

/** What the one pass over the records leaves for the steps after it. */
interface ReadPass {
  rows: number
  /** The rows from the first whose reading depends on the votes, in file order. */
  waiting: DataRecord[]
  /** Several status columns: each combination of their cells, as the rows were read. */
  combinations: Map<string, StatusCombination>
}

/**
 * Read: one pass over the records, each read while its cells are fresh: settled at once, unless
 * it (or a row before it, since rows settle in file order) waits for the whole file's votes.
 */
function readRecords(
  table: Table,
  meta: SourceMeta,
  reader: RecordReader,
  ledger: RowLedger,
  ctx: RowContext,
  progress: ImportOptions['onProgress'],
): ReadPass {
  const { statusColumns } = reader.header
  const combinations = new Map<string, StatusCombination>()
  const waiting: DataRecord[] = []
  let rows = 0
  for (const r of table.records) {
    const n = rows++
    if (progress && n % PROGRESS_EVERY === 0) {
      progress(Math.floor((r.end / Math.max(1, meta.size)) * PROGRESS_READ), PROGRESS_SCALE)
    }
    const read = reader.read(r, true)
    if (statusColumns) {
      const value = joinedCells(r.cells, statusColumns)
      const seen = combinations.get(value)
      if (seen) seen.count++
      else combinations.set(value, { value, count: 1, decision: parseStatus(read.texts.status) ?? 'unrecognised' })
    }
    if (waiting.length === 0 && !reader.dependsOnVotes(read))
      ledger.settle(r, readRow(r.cells, read.texts, ctx), read.noteFields)
    else waiting.push(r)
  }
  progress?.(PROGRESS_READ, PROGRESS_SCALE)
  return { rows, waiting, combinations }
}

/**
 * Settle the votes: each date column's day/month order and the decimal mark. Every value of a
 * column reading both ways stops to ask, even when this source has a saved order (shown, not applied).
 */
function settleVotes(
  header: SettledHeader,
  reader: RecordReader,
  ctx: RowContext,
  rememberedDateOrder: DateOrder | undefined,
): void {
  for (const field of header.dateFields) {
    const votes = reader.dateVotes.get(field)!
    const order = header.forcedOrder ?? votes.order()
    if (order === 'ambiguous') {
      throw new AmbiguousDateOrderError(field, headerOf(header, field), votes.example, rememberedDateOrder ?? null)
    }
    ctx.dateOrders[field] = order
  }
  ctx.mark = reader.markVotes.mark()
}

/** Settle the rows from the first that waited: read again now that order and mark are known. */
function settleWaiting(
  waiting: readonly DataRecord[],
  reader: RecordReader,
  ledger: RowLedger,
  ctx: RowContext,
  progress: ImportOptions['onProgress'],
): void {
  waiting.forEach((r, n) => {
    if (progress && n % PROGRESS_EVERY === 0) {
      progress(PROGRESS_READ + Math.floor((n / waiting.length) * (PROGRESS_SCALE - PROGRESS_READ)), PROGRESS_SCALE)
    }
    const { texts, noteFields } = reader.read(r, false)
    ledger.settle(r, readRow(r.cells, texts, ctx), noteFields)
  })
  progress?.(PROGRESS_SCALE, PROGRESS_SCALE)
}

/** Report: every row accounted for, with what was read, how and what to know about it. */
function report(
  table: Table,
  meta: SourceMeta,
  header: SettledHeader,
  ledger: RowLedger,
  pass: ReadPass,
  dateOrders: Partial<Record<DateField, DateOrder>>,
): ImportParse {
  const { rows } = pass
  const imported = ledger.imported()
  const rejected = ledger.rejected.sort((a, b) => a.line - b.line)
  const count = ledger.importedCount
  if (count + rejected.length !== rows || (!ledger.streamed && imported.length !== count)) {
    throw new Error(`Row accounting broke: ${rows} rows, ${count} imported, ${rejected.length} rejected`)
  }
  // When any note uses the template, every field it can fill is carried by the whole import: a
  // row whose note leaves a label out is missing that field, not exempt from it.
  if (ledger.templateNotes > 0) for (const f of TEMPLATE_FIELDS) ledger.noteFieldsUsed.add(f)
  return {
    fileName: meta.fileName,
    format: meta.format,
    encoding: meta.encoding,
    delimiter: meta.delimiter,
    sheet: meta.sheet,
    sheets: meta.sheets,
    headerLine: table.headerLine,
    headers: header.headers,
    mapping: header.mapping,
    preset: header.preset,
    importSource: header.importSource,
    layout: header.recognition.known?.label ?? null,
    carried: carriedFields(header, ledger.noteFieldsUsed),
    templateNotes: ledger.templateNotes,
    ...(header.statusColumns
      ? { statusCombinations: [...pass.combinations.values()].sort((a, b) => b.count - a.count) }
      : {}),
    valueReadings: [...ledger.readings.values()]
      .flatMap((byValue) => [...byValue.values()].flatMap((byStored) => [...byStored.values()]))
      .filter((v) => v.count > 0)
      .sort((a, b) => b.count - a.count),
    dateOrders,
    rows,
    handoffs: imported,
    rejected,
    skipped: [...table.skipped].sort((a, b) => a.line - b.line),
    warnings: reportWarnings(meta, header, ledger, dateOrders),
  }
}

/** The file's own warnings, then the tallied ones, and what the reader settled for the person to check. */
function reportWarnings(
  meta: SourceMeta,
  header: SettledHeader,
  ledger: RowLedger,
  dateOrders: Partial<Record<DateField, DateOrder>>,
): string[] {
  const warnings = [...meta.warnings, ...ledger.tally.list()]
  const resemblance = resemblanceNote(header.recognition)
  if (resemblance) warnings.unshift(resemblance)
  // Said once, where the numbers are read: a file without a decision holds bookings only.
  if (header.column.status === undefined) warnings.push(NO_DECISION_NOTE)
  for (const field of DATE_FIELDS) {
    const order = dateOrders[field]
    if (!header.forcedOrder && order && order !== 'YMD' && header.column[field] !== undefined) {
      const first = order === 'DMY' ? 'day first (16/11 is 16 November)' : 'month first (11/16 is 16 November)'
      warnings.push(
        `${fieldLabel(field)}: dates in column "${headerOf(header, field)}" read ${first}, as its values show`,
      )
    }
  }
  return warnings
}
