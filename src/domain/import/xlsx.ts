import readXlsxFile from 'read-excel-file/universal'
import { ImportError } from './errors'
import type { RawRecord } from './records'

/** The first bytes of a zip archive, which an .xlsx file is. */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

export interface Sheet {
  /** Every sheet name in the workbook, in tab order. */
  sheets: string[]
  /** The sheet that was read. */
  sheet: string
  /** One record per sheet row; `line` is the Excel row number, so the header is usually line 1. */
  records: RawRecord[]
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/**
 * A cell as text, the way the CSV path would see it. Date-formatted cells (read-excel-file gives
 * them as Dates holding the wall time in UTC) become `YYYY-MM-DD` when they have no time of day,
 * else `YYYY-MM-DD HH:MM:SS` (team-local, no offset); numbers stay the digits Excel stored (no
 * float rounding, so 17-digit IDs keep every digit); numbers in a date column are then read as
 * Excel serials by the value parser.
 */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) {
    const day = `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
    const h = value.getUTCHours()
    const m = value.getUTCMinutes()
    const s = value.getUTCSeconds() + (value.getUTCMilliseconds() >= 500 ? 1 : 0)
    return h === 0 && m === 0 && s === 0 ? day : `${day} ${pad(h)}:${pad(m)}:${pad(Math.min(s, 59))}`
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  return String(value)
}

/** XLSX bytes → the rows of one sheet (the first, or the named one). Works in browsers and Node. */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<Sheet> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  let sheets: Awaited<ReturnType<typeof readXlsxFile<string>>>
  try {
    sheets = await readXlsxFile<string>(buffer, { parseNumber: (s: string) => s })
  } catch (e) {
    throw new ImportError('xlsx', `The Excel file could not be read: ${e instanceof Error ? e.message : String(e)}`)
  }
  const names = sheets.map((s) => s.sheet)
  const chosen = sheetName === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheetName)
  if (!chosen) {
    throw new ImportError(
      'xlsx',
      sheetName === undefined
        ? 'The Excel file has no sheets'
        : `The Excel file has no sheet named "${sheetName}" (sheets: ${names.join(', ')})`,
    )
  }
  const records = chosen.data.map((row, i): RawRecord => ({
    line: i + 1,
    cells: row.map(cellText),
    start: i,
    end: i + 1,
  }))
  return { sheets: names, sheet: chosen.sheet, records }
}
