import { ImportError } from './errors'
import { formatThousands as fmt } from '../format'
import type { RawRecord } from './records'
import { isDateFormat, serialDateText, wallTimeText } from './xlsx-dates'
import { attribute, XmlError, XmlStream, type XmlListener } from './xml-stream'
import { listEntries, readEntry, ZipBudgetError, ZipError, ZipRatioError, type Budget, type ZipEntry } from './zip'

/** The first bytes of a zip archive, which an .xlsx file is. */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/** The first bytes of an OLE compound file: an old .xls, or a password-protected workbook. */
const isCompoundFile = (b: Uint8Array): boolean =>
  b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1

export interface Sheet {
  /** Every sheet name in the workbook, in tab order. */
  sheets: string[]
  /** The sheet that was read. */
  sheet: string
  /** One record per sheet row that holds a value; `line` is the Excel row number. */
  records: RawRecord[]
}

/**
 * What one workbook may cost. Every limit is checked while reading, before the memory is spent,
 * so any file is read or refused in seconds.
 */
export interface XlsxLimits {
  /** Bytes inflated from the archive (the parts read: workbook, styles, shared text, the sheet). */
  unzippedBytes: number
  /** Rows that hold a value. */
  rows: number
  /** Cells kept, counting the blanks before each row's last value. */
  cells: number
  /** Characters in one cell or one shared text (Excel's own limit is 32,767). */
  cellChars: number
  /**
   * Characters of the whole shared-text table, which is held while the sheet is read: a
   * 200,000-row export of unique texts averages far less than 500 characters a row.
   */
  sharedChars: number
  /** Most bytes the shared-text part may inflate to per packed byte (Apache POI's 100×). */
  sharedRatio: number
}

export const XLSX_LIMITS: XlsxLimits = {
  unzippedBytes: 500_000_000,
  rows: 200_000,
  cells: 8_000_000,
  cellChars: 32_767,
  sharedChars: 100_000_000,
  sharedRatio: 100,
}

/** Excel's grid: rows 1..1,048,576, columns A..XFD. */
const LAST_ROW = 1_048_576
const LAST_COLUMN = 16_384

const RESAVE = 'open it in Excel and save it again, or export CSV'

/** A refusal in a person's words; `where` names the file (and the sheet when known). */
class Refusal extends Error {}

const columnName = (index: number): string => {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** Excel escapes control characters in text as `_xHHHH_`. */
const unescapeXlsx = (s: string): string =>
  s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s

/** Reading one workbook: the archive, the budget and the limits. */
class Workbook {
  private readonly entries: Map<string, ZipEntry>
  private readonly lowerCase = new Map<string, ZipEntry>()
  readonly budget: Budget

  constructor(
    readonly bytes: Uint8Array,
    readonly limits: XlsxLimits,
  ) {
    this.entries = listEntries(bytes)
    for (const [name, entry] of this.entries) this.lowerCase.set(name.toLowerCase(), entry)
    this.budget = { left: limits.unzippedBytes }
  }

  entry(path: string): ZipEntry | undefined {
    return this.entries.get(path) ?? this.lowerCase.get(path.toLowerCase())
  }

  /** Streams a part through a listener; `done()` true stops parsing it (its checksum is still checked). */
  parse(entry: ZipEntry, listener: XmlListener, done: () => boolean = () => false, maxRatio?: number): void {
    const decoder = new TextDecoder('utf-8')
    const xml = new XmlStream(listener)
    readEntry(
      this.bytes,
      entry,
      this.budget,
      (chunk) => {
        xml.push(decoder.decode(chunk, { stream: true }))
        return done()
      },
      maxRatio,
    )
    if (!done()) {
      xml.push(decoder.decode())
      xml.end()
    }
  }
}

interface Relationship {
  type: string
  target: string
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf('/')
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
}

/** A relationship target, relative to the folder of the part that names it, as a zip path. */
function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1)
  for (const segment of target.replace(/\\/g, '/').split('/')) {
    if (segment === '..') base.pop()
    else if (segment !== '.' && segment !== '') base.push(segment)
  }
  return base.join('/')
}

function readRelationships(book: Workbook, part: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>()
  const entry = book.entry(relsPathOf(part))
  if (!entry) return rels
  book.parse(entry, {
    open(name, tag) {
      if (name !== 'Relationship' || attribute(tag, 'TargetMode') === 'External') return
      const id = attribute(tag, 'Id')
      const target = attribute(tag, 'Target')
      if (id !== undefined && target !== undefined) {
        rels.set(id, { type: attribute(tag, 'Type') ?? '', target: resolveTarget(part, target) })
      }
    },
    close() {},
    text() {},
  })
  return rels
}

const typeIs = (rel: Relationship, kind: string): boolean => rel.type.endsWith(`/${kind}`)

interface WorkbookInfo {
  path: string
  sheets: { name: string; path: string | undefined }[]
  date1904: boolean
  sharedStrings: string | undefined
  styles: string | undefined
}

function readWorkbookInfo(book: Workbook, where: string): WorkbookInfo {
  const rootRel = [...readRelationships(book, '').values()].find((r) => typeIs(r, 'officeDocument'))
  const path = rootRel && book.entry(rootRel.target) ? rootRel.target : 'xl/workbook.xml'
  const entry = book.entry(path)
  if (!entry) throw new Refusal(`${where}: there is no workbook inside — ${RESAVE}`)
  const rels = readRelationships(book, path)
  const sheets: WorkbookInfo['sheets'] = []
  let date1904 = false
  book.parse(entry, {
    open(name, tag) {
      if (name === 'sheet') {
        const id = attribute(tag, 'id')
        sheets.push({ name: attribute(tag, 'name') ?? `Sheet${sheets.length + 1}`, path: id && rels.get(id)?.target })
      } else if (name === 'workbookPr') {
        const v = attribute(tag, 'date1904')
        date1904 = v === '1' || v === 'true'
      }
    },
    close() {},
    text() {},
  })
  const relOf = (kind: string) => [...rels.values()].find((r) => typeIs(r, kind))?.target
  return { path, sheets, date1904, sharedStrings: relOf('sharedStrings'), styles: relOf('styles') }
}

/** For each cell style (`s` attribute), whether it shows numbers as dates. */
function readDateStyles(book: Workbook, entry: ZipEntry): boolean[] {
  const formats = new Map<number, string>()
  const xfs: number[] = []
  let inCellXfs = false
  book.parse(entry, {
    open(name, tag) {
      if (name === 'numFmt') {
        const id = Number(attribute(tag, 'numFmtId'))
        const code = attribute(tag, 'formatCode')
        if (Number.isInteger(id) && code !== undefined) formats.set(id, code)
      } else if (name === 'cellXfs') inCellXfs = true
      else if (name === 'xf' && inCellXfs) xfs.push(Number(attribute(tag, 'numFmtId') ?? 0))
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    },
    text() {},
  })
  return xfs.map((id) => isDateFormat(id, formats.get(id)))
}

/** Gathers the text of `<t>` elements inside a string item, leaving out phonetic runs. */
class TextCollector {
  private depthT = 0
  private inPhonetic = false
  value = ''
  constructor(
    private readonly tooLong: () => never,
    private readonly maxRaw: number,
  ) {}
  reset(): void {
    this.value = ''
    this.depthT = 0
    this.inPhonetic = false
  }
  open(name: string): void {
    if (name === 't') this.depthT++
    else if (name === 'rPh') this.inPhonetic = true
  }
  close(name: string): void {
    if (name === 't') this.depthT = Math.max(0, this.depthT - 1)
    else if (name === 'rPh') this.inPhonetic = false
  }
  text(text: string): void {
    if (this.depthT === 0 || this.inPhonetic) return
    this.value += text
    if (this.value.length > this.maxRaw) this.tooLong()
  }
  finish(maxChars: number): string {
    const value = unescapeXlsx(this.value)
    if (value.length > maxChars) this.tooLong()
    return value
  }
}

/** `_xHHHH_` escapes shrink 7 characters to 1: the raw text may be that much longer. */
const RAW_PER_CHAR = 7

function readSharedStrings(book: Workbook, entry: ZipEntry, where: string): string[] {
  const { limits } = book
  const strings: string[] = []
  const tooLong = (): never => {
    throw new Refusal(
      `${where}: a text in the workbook holds more than ${fmt(limits.cellChars)} characters, more than Excel allows in a cell — shorten it, or export CSV`,
    )
  }
  const item = new TextCollector(tooLong, limits.cellChars * RAW_PER_CHAR)
  let inItem = false
  let chars = 0
  book.parse(
    entry,
    {
      open(name) {
        if (name === 'si') {
          inItem = true
          item.reset()
        } else if (inItem) item.open(name)
      },
      close(name) {
        if (name === 'si' && inItem) {
          inItem = false
          if (strings.length >= limits.cells) {
            throw new Refusal(`${where}: the workbook holds more than ${fmt(limits.cells)} texts — ${SPLIT}`)
          }
          const text = item.finish(limits.cellChars)
          chars += text.length
          if (chars > limits.sharedChars) {
            throw new Refusal(
              `${where}: the workbook's texts hold more than ${fmt(limits.sharedChars)} characters in all — ${SPLIT}`,
            )
          }
          strings.push(text)
        } else if (inItem) item.close(name)
      },
      text(text) {
        if (inItem) item.text(text)
      },
    },
    undefined,
    limits.sharedRatio,
  )
  return strings
}

const SPLIT = 'export fewer rows or split the file'

/** The column of a cell reference (`B12` → 1), or a refusal naming a reference off Excel's grid. */
function columnOf(ref: string, where: string): number {
  let col = 0
  let i = 0
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20
    if (c < 97 || c > 122) break
    col = col * 26 + (c - 96)
    if (col > LAST_COLUMN) {
      throw new Refusal(
        `${where}: cell ${ref.slice(0, 20)} lies beyond Excel's last column (XFD), so the file was not saved by Excel or is damaged — ${RESAVE}`,
      )
    }
  }
  if (i === 0 || !/^\d*$/.test(ref.slice(i))) {
    throw new Refusal(`${where}: "${ref.slice(0, 20)}" is not a cell reference, so the file is damaged — ${RESAVE}`)
  }
  return col - 1
}

function rowNumberOf(r: string, where: string): number {
  if (!/^\d{1,16}$/.test(r)) {
    throw new Refusal(`${where}: row number "${r.slice(0, 20)}" is not a number, so the file is damaged — ${RESAVE}`)
  }
  const row = Number(r)
  if (row < 1 || row > LAST_ROW) {
    throw new Refusal(
      `${where}: row ${fmt(row)} lies beyond Excel's last row (${fmt(LAST_ROW)}), so the file was not saved by Excel or is damaged — ${RESAVE}`,
    )
  }
  return row
}

interface SheetContext {
  where: string
  sharedStrings: string[]
  dateStyles: boolean[]
  date1904: boolean
}

/** Streams one worksheet into records: only rows holding a value, cells placed by reference or,
 *  without `r` attributes, by position. Stops at the end of the sheet's data. */
function readSheetRows(book: Workbook, entry: ZipEntry, ctx: SheetContext): RawRecord[] {
  const rows = new SheetRows(book.limits, ctx)
  book.parse(entry, rows, () => rows.isFinished)
  return rows.finish()
}

/**
 * The sheet's XML events → records. Inside `sheetData`, a `row` element starts a row and a `c`
 * element a cell (read by a CellReading); anything before `sheetData` is skipped.
 */
class SheetRows implements XmlListener {
  isFinished = false
  private readonly records: RawRecord[] = []
  private readonly cell: CellReading
  private inData = false
  private inCell = false
  private cellsKept = 0
  /** The row being read: its number, its cells so far (null between rows) and its last cell's column. */
  private rowNumber = 0
  private row: string[] | null = null
  private lastColumn = -1

  constructor(
    private readonly limits: XlsxLimits,
    private readonly ctx: SheetContext,
  ) {
    this.cell = new CellReading(ctx, limits, () => this.tooLong())
  }

  open(name: string, tag: string): void {
    if (!this.inData) {
      if (name === 'sheetData') this.inData = true
    } else if (this.inCell) this.cell.open(name)
    else if (name === 'row') this.startRow(tag)
    else if (name === 'c' && this.row !== null) this.startCell(tag)
  }

  close(name: string): void {
    if (!this.inData) return
    if (this.inCell) {
      if (name === 'c') this.endCell()
      else this.cell.close(name)
    } else if (name === 'row') this.endRow()
    else if (name === 'sheetData') {
      this.endRow()
      this.isFinished = true
    }
  }

  text(text: string): void {
    if (this.inCell) this.cell.text(text)
  }

  /** The records, once the sheet has been read (a sheet cut short ends its last cell and row). */
  finish(): RawRecord[] {
    if (this.inCell) this.endCell()
    this.endRow()
    return this.records
  }

  private startRow(tag: string): void {
    this.endRow()
    const { where } = this.ctx
    const r = attribute(tag, 'r')
    const next = r === undefined ? this.rowNumber + 1 : rowNumberOf(r, where)
    if (next > LAST_ROW) rowNumberOf(String(next), where)
    if (next <= this.rowNumber) {
      throw new Refusal(
        `${where}: row ${fmt(next)} comes after row ${fmt(this.rowNumber)}, so the file is damaged — ${RESAVE}`,
      )
    }
    this.rowNumber = next
    this.row = []
    this.lastColumn = -1
  }

  private endRow(): void {
    const cells = this.row
    if (cells === null) return
    this.row = null
    if (cells.length === 0) return
    const { records, limits } = this
    if (records.length >= limits.rows)
      throw new Refusal(`${this.ctx.where}: more than ${fmt(limits.rows)} rows — ${SPLIT}`)
    records.push({ line: this.rowNumber, cells, start: records.length, end: records.length + 1 })
  }

  private startCell(tag: string): void {
    const { where } = this.ctx
    const r = attribute(tag, 'r')
    const column = r === undefined ? this.lastColumn + 1 : columnOf(r, where)
    if (column >= LAST_COLUMN) columnOf(`${columnName(column)}${this.rowNumber}`, where)
    if (column <= this.lastColumn) {
      throw new Refusal(
        `${where}: cell ${this.cellName(column)} comes after cell ${this.cellName(this.lastColumn)}, so the file is damaged — ${RESAVE}`,
      )
    }
    this.lastColumn = column
    this.inCell = true
    this.cell.start(column, tag)
  }

  private endCell(): void {
    this.inCell = false
    const text = this.cell.finish((what) => {
      throw new Refusal(
        `${this.ctx.where}: cell ${this.cellName(this.cell.column)} ${what}, so the file is damaged — ${RESAVE}`,
      )
    })
    const { row, limits } = this
    if (text === '' || row === null) return
    if (text.length > limits.cellChars) this.tooLong()
    const { column } = this.cell
    this.cellsKept += column + 1 - row.length
    if (this.cellsKept > limits.cells)
      throw new Refusal(`${this.ctx.where}: more than ${fmt(limits.cells)} cells — ${SPLIT}`)
    while (row.length < column) row.push('')
    row.push(text)
  }

  private cellName(column: number): string {
    return `${columnName(column)}${this.rowNumber}`
  }

  private tooLong(): never {
    throw new Refusal(
      `${this.ctx.where}: cell ${this.cellName(this.cell.column)} holds more than ${fmt(this.limits.cellChars)} characters, more than Excel allows in a cell — shorten it, or export CSV`,
    )
  }
}

/** One cell being read: its column, type and style, and its `<v>` value or inline text. */
class CellReading {
  column = 0
  private type = 'n'
  private style = -1
  private inValue = false
  private value = ''
  private inInline = false
  private readonly inline: TextCollector
  private readonly maxRaw: number

  constructor(
    private readonly ctx: SheetContext,
    private readonly limits: XlsxLimits,
    private readonly tooLong: () => never,
  ) {
    this.maxRaw = limits.cellChars * RAW_PER_CHAR
    this.inline = new TextCollector(tooLong, this.maxRaw)
  }

  start(column: number, tag: string): void {
    this.column = column
    this.type = attribute(tag, 't') ?? 'n'
    const s = attribute(tag, 's')
    this.style = s === undefined ? -1 : Number(s)
    this.value = ''
    this.inValue = false
    this.inInline = false
    this.inline.reset()
  }

  open(name: string): void {
    if (name === 'v') this.inValue = true
    else if (name === 'is') {
      this.inInline = true
      this.inline.reset()
    } else if (this.inInline) this.inline.open(name)
  }

  close(name: string): void {
    if (name === 'v') this.inValue = false
    else if (name === 'is') this.inInline = false
    else if (this.inInline) this.inline.close(name)
  }

  text(text: string): void {
    if (this.inValue) {
      this.value += text
      if (this.value.length > this.maxRaw) this.tooLong()
    } else if (this.inInline) this.inline.text(text)
  }

  /** The cell's text as the CSV path would see it: shared texts looked up, dates as wall times. */
  finish(damaged: (what: string) => never): string {
    const { value, ctx } = this
    switch (this.type) {
      case 's': {
        if (value === '') return ''
        const text = /^\s*\d+\s*$/.test(value) ? ctx.sharedStrings[Number(value)] : undefined
        return text ?? damaged('points to a text the workbook does not have')
      }
      case 'inlineStr':
        return this.inline.value === '' && value !== ''
          ? unescapeXlsx(value)
          : this.inline.finish(this.limits.cellChars)
      case 'str':
        return unescapeXlsx(value)
      case 'b':
        return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value
      case 'e':
        return ''
      case 'd': {
        const ms = Date.parse(value)
        return Number.isNaN(ms) ? value : wallTimeText(ms)
      }
      default:
        return this.number()
    }
  }

  /** A number, or a date when the cell's style shows it as one. */
  private number(): string {
    const v = this.value.trim()
    if (v !== '' && this.style >= 0 && this.ctx.dateStyles[this.style] === true) {
      const serial = Number(v)
      if (Number.isFinite(serial)) return serialDateText(serial, this.ctx.date1904) ?? v
    }
    return v
  }
}

/** Zip and XML problems → a refusal that says what to do, never the reader's own words. */
function damagedArchive(e: ZipError | XmlError, file: string): Refusal {
  if (e instanceof XmlError)
    return new Refusal(`${file}: the Excel file is damaged (it holds ${e.message}) — ${RESAVE}`)
  switch (e.problem) {
    case 'not-zip':
      return new Refusal(
        `${file} is not an Excel workbook (an .xlsx file is a zip archive; this one is not) — if it is a CSV file, name it .csv`,
      )
    case 'encrypted':
      return new Refusal(`${file} is password-protected — remove the password in Excel, or export CSV`)
    case 'unsupported':
      return new Refusal(`${file} is compressed in a way Excel does not use — ${RESAVE}`)
    default:
      return new Refusal(`${file}: the Excel file is damaged (${e.message}) — ${RESAVE}`)
  }
}

/**
 * XLSX bytes → the rows of one sheet (the first, or the named one). Works in browsers, Web
 * Workers and Node. Every failure is an `ImportError` whose message names the file (`fileName`)
 * and, once known, the sheet, says what was wrong or too big, and what to do.
 */
export async function readXlsx(
  bytes: Uint8Array,
  sheetName?: string,
  fileName = 'The Excel file',
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<Sheet> {
  let where = fileName
  try {
    if (isCompoundFile(bytes)) {
      throw new Refusal(
        `${fileName} is an old binary Excel (.xls) file or a password-protected workbook: save it as .xlsx without a password, or export CSV`,
      )
    }
    const book = new Workbook(bytes, limits)
    const info = readWorkbookInfo(book, where)
    const names = info.sheets.map((s) => s.name)
    const chosen = sheetName === undefined ? info.sheets[0] : info.sheets.find((s) => s.name === sheetName)
    if (!chosen) {
      throw new Refusal(
        sheetName === undefined
          ? `${fileName}: the workbook has no sheets — ${RESAVE}`
          : `${fileName}: the workbook has no sheet named "${sheetName}" (sheets: ${names.join(', ')})`,
      )
    }
    where = `${fileName}, sheet "${chosen.name}"`
    const sheetEntry = chosen.path === undefined ? undefined : book.entry(chosen.path)
    if (!sheetEntry) throw new Refusal(`${where}: the sheet is missing from the file — ${RESAVE}`)
    const sharedEntry = info.sharedStrings === undefined ? undefined : book.entry(info.sharedStrings)
    const stylesEntry = info.styles === undefined ? undefined : book.entry(info.styles)
    // Refuse at once when the archive itself declares more than the budget.
    const declared = [sheetEntry, sharedEntry, stylesEntry].reduce((sum, e) => sum + (e?.size ?? 0), 0)
    if (declared > book.budget.left) throw new ZipBudgetError(declared)
    const dateStyles = stylesEntry ? readDateStyles(book, stylesEntry) : []
    const sharedStrings = sharedEntry ? readSharedStrings(book, sharedEntry, where) : []
    const records = readSheetRows(book, sheetEntry, { where, sharedStrings, dateStyles, date1904: info.date1904 })
    return { sheets: names, sheet: chosen.name, records }
  } catch (e) {
    if (e instanceof Refusal) throw new ImportError('xlsx', e.message)
    if (e instanceof ZipBudgetError) {
      throw new ImportError(
        'xlsx',
        `${where}: unzips to more than ${fmt(Math.round(limits.unzippedBytes / 1e6))} MB — ${SPLIT}`,
      )
    }
    if (e instanceof ZipRatioError) {
      throw new ImportError(
        'xlsx',
        `${where}: its texts unzip to more than ${limits.sharedRatio} times their packed size, which no spreadsheet writes (a zip bomb) — ${RESAVE}`,
      )
    }
    if (e instanceof ZipError || e instanceof XmlError)
      throw new ImportError('xlsx', damagedArchive(e, fileName).message)
    // Anything else is a bug in this reader; the person still gets words, not a stack.
    throw new ImportError('xlsx', `${fileName}: the Excel file could not be read — ${RESAVE}`)
  }
}
