import { handoffSchema, type Handoff, type HandoffField } from '../handoff'
import { hash53Hex } from '../hash'
import { isValidTimeZone } from '../settings'
import { DEFAULT_REASON_RULES, mapRejectionReason, type ReasonRule } from '../rules/reasons'
import { decodeBytes, type Encoding } from './decode'
import { AmbiguousDateOrderError, ImportError } from './errors'
import {
  autoMapping,
  DATE_FIELDS,
  detectPreset,
  isKnownHeader,
  normalizeHeader,
  parseMapping,
  type DateField,
  type DateOrder,
  type Mapping,
  type PresetName,
} from './mapping'
import { openTable, openTextTable, type DataRecord, type Delimiter, type SkippedLine, type Table } from './records'
import {
  detectDateOrder,
  detectDecimalMark,
  parseCompanySize,
  parseContactInfluence,
  parseDate,
  parseNumber,
  parseOutcome,
  parseRejectionReason,
  parseStatus,
  parseTriggerCategory,
  type DecimalMark,
} from './values'
import { isZip, readXlsx } from './xlsx'

export interface ImportInput {
  fileName: string
  bytes: Uint8Array
}

export interface ImportOptions {
  /** The team's IANA time zone: times without an offset are wall times there. */
  timeZone: string
  /** Without one, the preset that best matches the headers is used (`autoMapping`). */
  mapping?: Mapping
  /** Names the source for stored ids; default: the preset's name, or "custom" with a mapping. */
  importSource?: string
  /** Rules mapping CRM reason values and AE feedback onto the taxonomy (default: the built-in ones). */
  reasonRules?: readonly ReasonRule[]
  /** XLSX only: the sheet to read (default: the first). */
  sheet?: string
  /** Called now and then with (done, total) on a 0–1000 scale: reading is the first half. */
  onProgress?: (done: number, total: number) => void
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
export interface ExportShape {
  fileName: string
  format: 'csv' | 'xlsx'
  /** Text encoding of a CSV file; null for XLSX. */
  encoding: Encoding | null
  delimiter: Delimiter | null
  /** XLSX: the sheet read and every sheet name; CSV: null and []. */
  sheet: string | null
  sheets: string[]
  headerLine: number
  headers: string[]
}

export interface ImportParse extends ExportShape {
  mapping: Mapping
  /** The preset whose headers matched best (also reported when a mapping was given). */
  preset: PresetName
  importSource: string
  /** The day/month order used per mapped date column. */
  dateOrders: Partial<Record<DateField, DateOrder>>
  /** Data records read: rows = handoffs.length + rejected.length, always. */
  rows: number
  handoffs: ImportedRow[]
  rejected: RejectedRow[]
  skipped: SkippedLine[]
  warnings: string[]
}

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
function findColumn(headers: readonly string[], keys: readonly string[], name: string): number {
  let i = headers.indexOf(name)
  if (i === -1) i = keys.indexOf(name)
  if (i === -1) {
    const wanted = normalizeHeader(name)
    if (wanted !== '') i = headers.findIndex((h) => normalizeHeader(h) === wanted)
  }
  return i
}

function compileValueMap(map: Record<string, string> | undefined): ((raw: string) => string) | null {
  if (!map) return null
  const exact = new Map(Object.entries(map))
  const loose = new Map<string, string>()
  for (const [k, v] of exact) if (!loose.has(k.trim().toLowerCase())) loose.set(k.trim().toLowerCase(), v)
  return (raw) => exact.get(raw) ?? loose.get(raw.trim().toLowerCase()) ?? raw
}

/**
 * The key for a row without an externalId: `derived-` + 16 hex digits of a 53-bit hash
 * (cyrb53) of bookedAt (as imported), sdr, company and contactName — trimmed, lower-cased,
 * joined by U+001F. The same meeting exported again keeps its key as long as those four
 * values do not change; two rows equal in all four are treated as duplicates.
 */
export function derivedExternalId(h: Pick<Handoff, 'bookedAt' | 'sdr' | 'company' | 'contactName'>): string {
  const text = [h.bookedAt, h.sdr, h.company, h.contactName].map((s) => s.trim().toLowerCase()).join('\u001f')
  return `derived-${hash53Hex(text)}`
}

const quote = (raw: string): string => JSON.stringify(raw.length > 80 ? `${raw.slice(0, 80)}…` : raw)

/** Problems that do not reject a row on their own; reported per field when the row is imported. */
interface SoftIssue {
  key: string
  message: string
}

class WarningTally {
  private readonly tally = new Map<string, { summary: string; lines: number[]; count: number }>()
  add(key: string, summary: string, line: number): void {
    const t = this.tally.get(key) ?? { summary, lines: [], count: 0 }
    t.count++
    if (t.lines.length < 5) t.lines.push(line)
    this.tally.set(key, t)
  }
  list(): string[] {
    return [...this.tally.values()].map(
      (t) =>
        `${t.summary} on ${t.count} imported row${t.count === 1 ? '' : 's'} (line${t.lines.length === 1 ? '' : 's'} ${t.lines.join(', ')}${t.count > t.lines.length ? ', …' : ''})`,
    )
  }
}

interface SourceMeta {
  fileName: string
  format: 'csv' | 'xlsx'
  encoding: Encoding | null
  delimiter: Delimiter | null
  sheet: string | null
  sheets: string[]
  warnings: string[]
  /** Progress of the reading phase: the last record's `end` out of this. */
  size: number
  excelSerials: boolean
}

function tableOptions(mapping: Mapping | undefined) {
  const mapped = new Set(Object.values(mapping?.columns ?? {}).map((h) => normalizeHeader(h)))
  return { isKnownHeader: (cell: string) => isKnownHeader(cell) || mapped.has(normalizeHeader(cell)) }
}

/** Bytes of a CSV/TSV/TXT or XLSX export → the parse (async because XLSX unzipping is). */
export async function parseExport(input: ImportInput, options: ImportOptions): Promise<ImportParse> {
  const isXlsx = isZip(input.bytes) || /\.xlsx$/i.test(input.fileName)
  if (!isXlsx) return parseCsvExport(input, options)
  if (input.bytes.length === 0) throw new ImportError('empty', 'The file is empty')
  const sheet = await readXlsx(input.bytes, options.sheet)
  const table = openTable(sheet.records[Symbol.iterator](), (r) => r.cells.join(','), tableOptions(options.mapping))
  return parseTable(
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
      excelSerials: true,
    },
    options,
  )
}

/** The synchronous path for text exports (CSV, TSV, semicolon- or pipe-separated). */
export function parseCsvExport(input: ImportInput, options: ImportOptions): ImportParse {
  const decoded = decodeBytes(input.bytes)
  return parseCsvText(decoded.text, options, {
    fileName: input.fileName,
    encoding: decoded.encoding,
    warnings: decoded.warnings,
  })
}

/** Already-decoded text → the parse; `meta` only fills the report. */
export function parseCsvText(
  text: string,
  options: ImportOptions,
  meta: { fileName?: string; encoding?: Encoding; warnings?: string[] } = {},
): ImportParse {
  const table = openTextTable(text, tableOptions(options.mapping))
  return parseTable(
    table,
    {
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
    options,
  )
}

const PROGRESS_SCALE = 1000
const PROGRESS_EVERY = 2048

function parseTable(table: Table, meta: SourceMeta, options: ImportOptions): ImportParse {
  if (!isValidTimeZone(options.timeZone)) {
    throw new ImportError('bad-mapping', `"${options.timeZone}" is not an IANA time zone such as Europe/Berlin`)
  }
  const { headers } = table
  const keys = columnKeys(headers)
  const preset = detectPreset(headers).name
  // A mapping file names what differs from the headers' own names: fields it leaves out are
  // matched as the template or preset would match them.
  const auto = autoMapping(headers, preset)
  const given = options.mapping ? parseMapping(options.mapping) : null
  const mapping: Mapping = given ? { ...auto, ...given, columns: { ...auto.columns, ...given.columns } } : auto
  const importSource = options.importSource ?? (options.mapping ? 'custom' : preset)

  const column: Partial<Record<HandoffField, number>> = {}
  for (const [field, header] of Object.entries(mapping.columns) as [HandoffField, string][]) {
    const index = findColumn(headers, keys, header)
    if (index === -1) {
      throw new ImportError(
        'bad-mapping',
        `The mapping takes ${field} from column "${header}", which is not in the file's header (line ${table.headerLine})`,
      )
    }
    column[field] = index
  }
  const missing = (['bookedAt', 'sdr'] as const).filter((f) => column[f] === undefined)
  if (missing.length > 0) {
    throw new ImportError(
      'missing-column',
      `No column for ${missing.join(' and ')} in the header on line ${table.headerLine}; choose one in the mapping`,
      table.headerLine,
    )
  }

  // Pass 1: read every record (the whole column is needed to tell day/month order).
  const records: DataRecord[] = []
  const progress = options.onProgress
  for (const record of table.records) {
    records.push(record)
    if (progress && records.length % PROGRESS_EVERY === 0) {
      progress(Math.floor((record.end / Math.max(1, meta.size)) * (PROGRESS_SCALE / 2)), PROGRESS_SCALE)
    }
  }
  progress?.(PROGRESS_SCALE / 2, PROGRESS_SCALE)

  const valueMaps: Partial<Record<HandoffField, (raw: string) => string>> = {}
  for (const [field, map] of Object.entries(mapping.values ?? {}) as [HandoffField, Record<string, string>][]) {
    const compiled = compileValueMap(map)
    if (compiled) valueMaps[field] = compiled
  }
  const cellOf = (cells: readonly string[], field: HandoffField): string => {
    const i = column[field]
    if (i === undefined) return ''
    const raw = cells[i] ?? ''
    const map = valueMaps[field]
    return (map ? map(raw) : raw).trim()
  }
  const columnValues = (field: HandoffField): Iterable<string> => ({
    *[Symbol.iterator]() {
      for (const r of records) yield cellOf(r.cells, field)
    },
  })

  const dateOrders: Partial<Record<DateField, DateOrder>> = {}
  for (const field of DATE_FIELDS) {
    if (column[field] === undefined) continue
    const order = mapping.dateOrder ?? detectDateOrder(columnValues(field))
    if (order === 'ambiguous')
      throw new AmbiguousDateOrderError(field, headers[column[field]!] ?? keys[column[field]!]!)
    dateOrders[field] = order
  }
  // The decimal mark is a property of the file's locale: every number column votes together.
  const numberFields = (['companySize', 'pipelineAmount'] as const).filter((f) => column[f] !== undefined)
  const mark: DecimalMark = detectDecimalMark({
    *[Symbol.iterator]() {
      for (const f of numberFields) yield* columnValues(f)
    },
  })

  // Pass 2: every record → a handoff or a rejection with every reason.
  const handoffs: (ImportedRow | null)[] = []
  const handoffRecords: DataRecord[] = []
  const rejected: RejectedRow[] = []
  const byId = new Map<string, number>()
  const tally = new WarningTally()
  const cellsOf = (r: DataRecord): Record<string, string> => {
    const k = r.cells.length > keys.length ? columnKeys(headers, r.cells.length) : keys
    const out: Record<string, string> = {}
    for (let i = 0; i < Math.max(k.length, r.cells.length); i++) out[k[i]!] = r.cells[i] ?? ''
    return out
  }

  records.forEach((r, n) => {
    if (progress && n % PROGRESS_EVERY === 0) {
      progress(PROGRESS_SCALE / 2 + Math.floor((n / records.length) * (PROGRESS_SCALE / 2)), PROGRESS_SCALE)
    }
    const errors: string[] = []
    const soft: SoftIssue[] = []
    const get = (f: HandoffField) => cellOf(r.cells, f)

    for (let i = headers.length; i < r.cells.length; i++) {
      if (r.cells[i]!.trim() !== '') {
        errors.push(
          `row: has ${r.cells.length} cells but the header has ${headers.length}; a delimiter inside an unquoted value may have shifted the columns`,
        )
        break
      }
    }

    const date = (field: DateField, required: boolean) => {
      const raw = get(field)
      const value = parseDate(raw, {
        timeZone: options.timeZone,
        order: dateOrders[field],
        excelSerials: meta.excelSerials,
      })
      if (value === undefined) {
        const message = `${field}: ${quote(raw)} is not a date`
        if (required) errors.push(message)
        else soft.push({ key: `${field}:date`, message })
        return null
      }
      if (value === null && required) errors.push(`${field}: empty`)
      return value
    }
    const bookedAt = date('bookedAt', true)
    const meetingAt = date('meetingAt', false)
    const respondedAt = date('respondedAt', false)

    const sdr = get('sdr')
    if (sdr === '') errors.push('sdr: empty')

    const rawStatus = get('status')
    const status = parseStatus(rawStatus)
    if (!status) errors.push(`status: ${quote(rawStatus)} is not accepted, rejected or pending`)

    const enumField = <T>(
      field: HandoffField,
      parse: (raw: string) => T | undefined,
      blank: T,
      unknown: T,
      label: string,
    ): T => {
      const raw = get(field)
      if (raw === '') return blank
      const value = parse(raw)
      if (value !== undefined) return value
      soft.push({ key: `${field}:enum`, message: `${field}: ${quote(raw)} is not recognised (imported as ${label})` })
      return unknown
    }
    const contactInfluence = enumField('contactInfluence', parseContactInfluence, 'unknown', 'unknown', '"unknown"')
    // The CRM's picklist first, then the team's reason rules; a rejection without a reason is
    // read from the AE's free-text feedback when a rule recognises it.
    const reasonRules = options.reasonRules ?? DEFAULT_REASON_RULES
    const byRules = (raw: string) => parseRejectionReason(raw) ?? mapRejectionReason(raw, reasonRules) ?? undefined
    let rejectionReason = enumField('rejectionReason', byRules, null, 'other', '"other"')
    if (rejectionReason === null && status === 'rejected')
      rejectionReason = mapRejectionReason(get('aeFeedback'), reasonRules)
    const triggerCategory = enumField('triggerCategory', parseTriggerCategory, null, 'other', '"other"')
    const outcome = enumField('outcome', parseOutcome, null, null, 'empty')

    const rawSize = get('companySize')
    let companySize = parseCompanySize(rawSize, mark)
    if (companySize !== null && Number.isNaN(companySize)) {
      soft.push({
        key: 'companySize:number',
        message: `companySize: ${quote(rawSize)} is not a whole number of employees (left empty)`,
      })
      companySize = null
    }
    const rawAmount = get('pipelineAmount')
    let pipelineAmount = parseNumber(rawAmount, mark)
    if (pipelineAmount !== null && Number.isNaN(pipelineAmount)) {
      soft.push({
        key: 'pipelineAmount:number',
        message: `pipelineAmount: ${quote(rawAmount)} is not a number (left empty)`,
      })
      pipelineAmount = null
    }

    if (errors.length > 0 || !bookedAt || !status) {
      rejected.push({ line: r.line, errors: [...errors, ...soft.map((s) => s.message)], cells: cellsOf(r) })
      return
    }
    const company = get('company')
    const contactName = get('contactName')
    // One literal in PRODUCT.md order: every handoff gets the same object shape (fast).
    const handoff: Handoff = {
      externalId: get('externalId') || derivedExternalId({ bookedAt, sdr, company, contactName }),
      sdr,
      ae: get('ae'),
      partner: get('partner'),
      company,
      companySize,
      industry: get('industry'),
      segment: get('segment'),
      campaign: get('campaign'),
      source: get('source'),
      contactName,
      contactTitle: get('contactTitle'),
      contactInfluence,
      bookedAt,
      meetingAt,
      respondedAt,
      status,
      rejectionReason,
      aeFeedback: get('aeFeedback'),
      crmNotes: get('crmNotes'),
      discoverySummary: get('discoverySummary'),
      icpFit: get('icpFit'),
      triggerEvent: get('triggerEvent'),
      triggerCategory,
      timing: get('timing'),
      techStack: get('techStack'),
      budgetSignal: get('budgetSignal'),
      recordingUrl: get('recordingUrl'),
      outcome,
      pipelineAmount,
    }
    const checked = handoffSchema.safeParse(handoff)
    if (!checked.success) {
      const reasons = checked.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`)
      rejected.push({ line: r.line, errors: [...reasons, ...soft.map((s) => s.message)], cells: cellsOf(r) })
      return
    }
    for (const s of soft) tally.add(s.key, s.message.replace(/^(\w+): ".*" is/, '$1: a value is'), r.line)

    // Duplicate ids within one file: the later row wins (CRM exports list the newest state
    // last as often as not, and a re-export appended to a file must update, not fork); the
    // earlier row is rejected naming the line that replaced it, so rows = imported + rejected.
    const earlier = byId.get(handoff.externalId)
    if (earlier !== undefined) {
      const previous = handoffs[earlier]!
      handoffs[earlier] = null
      rejected.push({
        line: previous.line,
        errors: [
          `externalId: ${quote(handoff.externalId)} appears again on line ${r.line}, which was imported instead`,
        ],
        cells: cellsOf(handoffRecords[earlier]!),
      })
    }
    byId.set(handoff.externalId, handoffs.length)
    handoffs.push({ line: r.line, handoff: checked.data })
    handoffRecords.push(r)
  })
  progress?.(PROGRESS_SCALE, PROGRESS_SCALE)

  const imported = handoffs.filter((h): h is ImportedRow => h !== null)
  rejected.sort((a, b) => a.line - b.line)
  if (imported.length + rejected.length !== records.length) {
    throw new Error(
      `Row accounting broke: ${records.length} rows, ${imported.length} imported, ${rejected.length} rejected`,
    )
  }
  const warnings = [...meta.warnings, ...tally.list()]
  for (const field of DATE_FIELDS) {
    if (!mapping.dateOrder && dateOrders[field] && dateOrders[field] !== 'YMD' && column[field] !== undefined) {
      warnings.push(`${field}: read day/month dates in column "${headers[column[field]!]}" as ${dateOrders[field]}`)
    }
  }
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
    dateOrders,
    rows: records.length,
    handoffs: imported,
    rejected,
    skipped: [...table.skipped].sort((a, b) => a.line - b.line),
    warnings,
  }
}
