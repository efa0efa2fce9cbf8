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
import { DecimalMarkVotes, dependsOnDecimalMark, type DecimalMark } from './numbers'
import {
  isXlsxInput,
  openTextBytes,
  openTextChunks,
  openTextExport,
  openXlsxExport,
  type ExportShape,
  type ImportInput,
  type OpenedExport,
  type SourceMeta,
} from './open-export'
import type { DataRecord, SkippedLine, Table } from './records'
import { isCertainlyValid } from './handoff-check'
import { issueWords, quote, readRow, reasonsByRules, type RowResult } from './row-reader'
import { WarningTally } from './warning-tally'
import { parseStatus } from './vocabulary'
import { recognise, recogniseExport, resemblanceNote } from './known-exports'
import type { ChunkSource, Encoding } from './decode'
import { parseNote, TEMPLATE_FIELDS, type ParsedNote } from './note-template'
import { CARRIED_FIELDS } from '../carried'
import { detached } from '../detached'
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
   * come); rejected rows are then listed without their cells.
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
   * store for it, counted as the rows were written: what the preview shows.
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

/** Already-decoded text → the parse; `meta` only fills the report. */
export function parseCsvText(
  text: string,
  options: ImportOptions,
  meta: { fileName?: string; encoding?: Encoding; warnings?: string[] } = {},
): ImportParse {
  return parseOpened(openTextExport(text, { mapping: options.mapping }, meta), options)
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

const PROGRESS_SCALE = 1000
/** Reading ends here on the progress scale; the rows that wait for the whole file fill the rest. */
const PROGRESS_READ = 900
const PROGRESS_EVERY = 2048

function parseTable(table: Table, meta: SourceMeta, options: ImportOptions): ImportParse {
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
  const headerOf = (field: HandoffField): string => (column[field] ?? []).map((i) => headers[i] || keys[i]!).join(' / ')

  const forcedOrder = options.dateOrder ?? mapping.dateOrder
  const dateFields = DATE_FIELDS.filter((f) => column[f] !== undefined)
  const dateVotes = new Map(dateFields.map((f) => [f, new DateOrderVotes()]))
  // The decimal mark is a property of the file's locale: every number column votes together.
  const numberFields = (['companySize', 'pipelineAmount'] as const).filter((f) => column[f] !== undefined)
  const markVotes = new DecimalMarkVotes()

  // Day/month order and decimal mark are settled once every row has voted; until then rows are
  // read with these, which only the rows set aside below depend on.
  const dateOrders: Partial<Record<DateField, DateOrder>> = {}
  if (forcedOrder) for (const field of dateFields) dateOrders[field] = forcedOrder
  const ctx = {
    statusColumn: mapping.values?.status ? headerOf('status') : null,
    headerWidth: headers.length,
    timeZone: options.timeZone,
    dateOrders,
    excelSerials: meta.excelSerials,
    mark: '.' as DecimalMark,
    reasonByRules: reasonsByRules(options.reasonRules ?? DEFAULT_REASON_RULES),
  }
  const sink = options.rows
  const handoffs: (ImportedRow | null)[] = []
  // Rows imported so far (each numbered by `kept`), less those a later row replaced.
  let kept = 0
  let importedCount = 0
  // Where an imported row's cells can be found again if a later row with its id rejects it: its
  // place in the text (two numbers, so 100,000 rows do not keep their cells alive) when the
  // table can read a record again, else the record itself.
  const cellsAt = table.cellsAt
  const keptSpans: number[] = []
  const keptRecords: DataRecord[] = []
  const keptCells = (k: number): string[] =>
    cellsAt ? cellsAt(keptSpans[2 * k]!, keptSpans[2 * k + 1]!) : keptRecords[k]!.cells
  const rejected: RejectedRow[] = []
  const byId = new Map<string, number>()
  const tally = new WarningTally()
  const NO_CELLS: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>)
  const cellsOf = (cells: readonly string[]): Record<string, string> => {
    if (sink) return NO_CELLS
    const k = cells.length > keys.length ? columnKeys(headers, cells.length) : keys
    // Keys are the file's headers: no prototype, so a "__proto__" column is just a column.
    const out = Object.create(null) as Record<string, string>
    for (let i = 0; i < Math.max(k.length, cells.length); i++) out[k[i]!] = cells[i] ?? ''
    return out
  }

  // The handoff note template: a notes cell with labelled lines fills the package; a column
  // for the same field wins when its cell is not empty.
  const hasNotes = column.crmNotes !== undefined
  const noteFieldsUsed = new Set<HandoffField>()
  /** What the import carries: a column, or the note template when a note used it. */
  const carriedFields = (byNotes: ReadonlySet<HandoffField>): HandoffField[] =>
    CARRIED_FIELDS.filter((f) => column[f] !== undefined || byNotes.has(f))
  sink?.begin({
    plain: carriedFields(new Set()),
    withTemplate: carriedFields(new Set(hasNotes ? TEMPLATE_FIELDS : [])),
  })
  let templateNotes = 0
  const statusColumns = (column.status?.length ?? 0) > 1 ? column.status! : null
  const combinations = new Map<string, StatusCombination>()
  const textsOf = rowTextsReader(mapping, column)
  const readFields = READ_VALUE_FIELDS.filter((f) => column[f] !== undefined)
  // field → cell text → stored value → its reading: no key strings built per row.
  const readings = new Map<ReadValueField, Map<string, Map<string | null, ValueReading>>>(
    readFields.map((f) => [f, new Map()]),
  )
  /** The read field's cell text: one column's cell, or several columns' cells joined. */
  const cellText = (cells: readonly string[], at: readonly number[]): string =>
    at.length === 1
      ? (cells[at[0]!] ?? '').trim()
      : at
          .map((i) => (cells[i] ?? '').trim())
          .filter((c) => c !== '')
          .join(' · ')
  // The readings each imported row counted in, so a row replaced later is uncounted without its cells.
  const keptReadings: ValueReading[] = []
  /** Counts what an imported row stores for each of its read fields. */
  const tallyReadings = (cells: readonly string[], handoff: Handoff): void => {
    for (const field of readFields) {
      const value = cellText(cells, column[field]!)
      const stored = handoff[field]
      const byValue = readings.get(field)!
      let byStored = byValue.get(value)
      if (!byStored) byValue.set(detached(value), (byStored = new Map()))
      let seen = byStored.get(stored)
      if (seen) seen.count++
      else byStored.set(stored, (seen = { field, value: detached(value), stored, count: 1 }))
      keptReadings.push(seen)
    }
  }
  const untallyReadings = (k: number): void => {
    for (let j = 0; j < readFields.length; j++) keptReadings[k * readFields.length + j]!.count--
  }

  /**
   * A record's texts, with the note template's fields filled in, and those fields (or null).
   * When `vote`, the record's date and number columns vote first; `isYearLast` tells whether one
   * of its dates is read differently by day/month order.
   */
  const readTexts = (
    r: DataRecord,
    vote: boolean,
  ): { texts: RowTexts; noteFields: NoteFields | null; isYearLast: boolean } => {
    const texts = textsOf(r.cells)
    let isYearLast = false
    if (vote) {
      // The votes read the columns themselves, before a note fills anything in.
      for (const [field, votes] of dateVotes) if (votes.add(texts[field])) isYearLast = true
      for (const field of numberFields) markVotes.add(texts[field])
    }
    const note: ParsedNote | null = hasNotes ? parseNote(texts.crmNotes) : null
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
  const dependsOnVotes = (texts: RowTexts, noteFields: NoteFields | null, isYearLast: boolean): boolean =>
    (!forcedOrder && (isYearLast || (noteFields !== null && dateFields.some((f) => dependsOnDateOrder(texts[f]))))) ||
    numberFields.some((f) => dependsOnDecimalMark(texts[f]))

  /** A row read → imported, or rejected with every reason; rows must arrive in file order. */
  const settle = (r: DataRecord, result: RowResult, noteFields: NoteFields | null): void => {
    if ('errors' in result) {
      rejected.push({
        line: r.line,
        errors: sink ? result.errors.map(detached) : result.errors,
        cells: cellsOf(r.cells),
      })
      return
    }
    const { handoff, soft } = result
    // zod only for a row the quick test does not vouch for: its messages name what is wrong.
    const checked = isCertainlyValid(handoff) ? null : handoffSchema.safeParse(handoff)
    if (checked && !checked.success) {
      const reasons = [...new Set(checked.error.issues.map((i) => issueWords(i.path)))]
      const errors = [...reasons, ...soft.map((s) => s.message)]
      rejected.push({ line: r.line, errors: sink ? errors.map(detached) : errors, cells: cellsOf(r.cells) })
      return
    }
    for (const s of soft) tally.add(s.key, s.message.replace(/^(.*?) ".*" is/, '$1: a value is'), r.line)

    // Duplicate ids within one file: the later row wins (CRM exports list the newest state
    // last as often as not, and a re-export appended to a file must update, not fork); the
    // earlier row is rejected naming the line that replaced it, so rows = imported + rejected.
    const earlier = byId.get(handoff.externalId)
    if (earlier !== undefined) {
      const line = sink ? sink.replaced(earlier) : handoffs[earlier]!.line
      handoffs[earlier] = null
      importedCount--
      if (readFields.length > 0) untallyReadings(earlier)
      rejected.push({
        line,
        errors: [
          detached(`CRM id ${quote(handoff.externalId)} appears again on line ${r.line}, which was imported instead`),
        ],
        cells: sink ? NO_CELLS : cellsOf(keptCells(earlier)),
      })
    }
    if (noteFields) {
      templateNotes++
      for (const f of Object.keys(noteFields) as HandoffField[]) noteFieldsUsed.add(f)
    }
    // The id outlives the row: with a sink, a copy that does not keep the file's text alive.
    byId.set(sink ? detached(handoff.externalId) : handoff.externalId, kept++)
    importedCount++
    const stored = checked ? checked.data : handoff
    if (readFields.length > 0) tallyReadings(r.cells, stored)
    if (sink) sink.imported(r.line, stored, noteFields !== null)
    else {
      handoffs.push({ line: r.line, handoff: stored })
      if (cellsAt) keptSpans.push(r.start ?? 0, r.end)
      else keptRecords.push(r)
    }
  }

  // One pass over the records, each read while its cells are fresh: settled at once, unless
  // it (or a row before it, since rows settle in file order) waits for the whole file's votes.
  const progress = options.onProgress
  let rows = 0
  const waiting: DataRecord[] = []
  for (const r of table.records) {
    const n = rows++
    if (progress && n % PROGRESS_EVERY === 0) {
      progress(Math.floor((r.end / Math.max(1, meta.size)) * PROGRESS_READ), PROGRESS_SCALE)
    }
    const { texts, noteFields, isYearLast } = readTexts(r, true)
    if (statusColumns) {
      const value = statusColumns
        .map((i) => (r.cells[i] ?? '').trim())
        .filter((c) => c !== '')
        .join(' · ')
      const seen = combinations.get(value)
      if (seen) seen.count++
      else combinations.set(value, { value, count: 1, decision: parseStatus(texts.status) ?? 'unrecognised' })
    }
    if (waiting.length === 0 && !dependsOnVotes(texts, noteFields, isYearLast))
      settle(r, readRow(r.cells, texts, ctx), noteFields)
    else waiting.push(r)
  }
  progress?.(PROGRESS_READ, PROGRESS_SCALE)

  for (const field of dateFields) {
    const votes = dateVotes.get(field)!
    const order = forcedOrder ?? votes.order()
    // Every value reads both ways: ask, even when this source has a saved order (shown, not applied).
    if (order === 'ambiguous') {
      throw new AmbiguousDateOrderError(field, headerOf(field), votes.example, options.rememberedDateOrder ?? null)
    }
    dateOrders[field] = order
  }
  ctx.mark = markVotes.mark()

  // The rows from the first that waited: read again now that order and mark are known.
  waiting.forEach((r, n) => {
    if (progress && n % PROGRESS_EVERY === 0) {
      progress(PROGRESS_READ + Math.floor((n / waiting.length) * (PROGRESS_SCALE - PROGRESS_READ)), PROGRESS_SCALE)
    }
    const { texts, noteFields } = readTexts(r, false)
    settle(r, readRow(r.cells, texts, ctx), noteFields)
  })
  progress?.(PROGRESS_SCALE, PROGRESS_SCALE)

  const imported = handoffs.filter((h): h is ImportedRow => h !== null)
  rejected.sort((a, b) => a.line - b.line)
  if (importedCount + rejected.length !== rows || (!sink && imported.length !== importedCount)) {
    throw new Error(`Row accounting broke: ${rows} rows, ${importedCount} imported, ${rejected.length} rejected`)
  }
  const warnings = [...meta.warnings, ...tally.list()]
  const resemblance = resemblanceNote(recognition)
  if (resemblance) warnings.unshift(resemblance)
  // Said once, where the numbers are read: a file without a decision holds bookings only.
  if (column.status === undefined) warnings.push(NO_DECISION_NOTE)
  for (const field of DATE_FIELDS) {
    if (!forcedOrder && dateOrders[field] && dateOrders[field] !== 'YMD' && column[field] !== undefined) {
      const first =
        dateOrders[field] === 'DMY' ? 'day first (16/11 is 16 November)' : 'month first (11/16 is 16 November)'
      warnings.push(`${fieldLabel(field)}: dates in column "${headerOf(field)}" read ${first}, as its values show`)
    }
  }
  // When any note uses the template, every field it can fill is carried by the whole import: a
  // row whose note leaves a label out is missing that field, not exempt from it.
  if (templateNotes > 0) for (const f of TEMPLATE_FIELDS) noteFieldsUsed.add(f)
  const carried = carriedFields(noteFieldsUsed)
  return {
    fileName: meta.fileName,
    format: meta.format,
    encoding: meta.encoding,
    delimiter: meta.delimiter,
    sheet: meta.sheet,
    sheets: meta.sheets,
    headerLine: table.headerLine,
    headers,
    mapping,
    preset,
    importSource,
    layout: known?.label ?? null,
    carried,
    templateNotes,
    ...(statusColumns ? { statusCombinations: [...combinations.values()].sort((a, b) => b.count - a.count) } : {}),
    valueReadings: [...readings.values()]
      .flatMap((byValue) => [...byValue.values()].flatMap((byStored) => [...byStored.values()]))
      .filter((v) => v.count > 0)
      .sort((a, b) => b.count - a.count),
    dateOrders,
    rows,
    handoffs: imported,
    rejected,
    skipped: [...table.skipped].sort((a, b) => a.line - b.line),
    warnings,
  }
}
