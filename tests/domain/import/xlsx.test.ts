import { deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ImportError } from '@/domain/import/errors'
import { readXlsx, XLSX_LIMITS } from '@/domain/import/xlsx'
import {
  bombDeflate,
  num,
  row,
  SHEET_HEAD,
  SHEET_TAIL,
  sharedStringsXml,
  sheetXml,
  str,
  stylesXml,
  workbook,
  zip,
} from './xlsx-builder'

const oneSheet = (rows: string, extra: Parameters<typeof workbook>[0] = {}) =>
  workbook({ sheets: { Report: sheetXml(rows) }, ...extra })

const read = (bytes: Uint8Array, sheet?: string) => readXlsx(bytes, sheet, 'sales.xlsx')
const cells = async (bytes: Uint8Array) => (await read(bytes)).records.map((r) => r.cells)

/** The refusal's message, or a failure when the file was read. */
async function refusal(bytes: Uint8Array, limits = XLSX_LIMITS): Promise<string> {
  try {
    await readXlsx(bytes, undefined, 'sales.xlsx', limits)
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError)
    const message = (e as ImportError).message
    expect(message).not.toMatch(/\n|undefined|null|TypeError|RangeError|Cannot read|stack/)
    return message
  }
  throw new Error('the file was read')
}

describe('reading a workbook', () => {
  it('reads shared strings, inline strings, numbers and booleans as the text a CSV would hold', async () => {
    const bytes = oneSheet(
      row(1, `<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>${str('C1', 'inline & <odd>')}`) +
        row(
          2,
          `${num('A2', '25842000000262376')}${num('B2', '1200.5')}<c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><v>0</v></c>`,
        ),
      { sharedStrings: sharedStringsXml(['externalId', 'Zoë “quoted”']) },
    )
    expect(await cells(bytes)).toEqual([
      ['externalId', 'Zoë “quoted”', 'inline & <odd>'],
      ['25842000000262376', '1200.5', 'TRUE', 'FALSE'],
    ])
  })

  it('turns date-styled serials into dates and date-times, by built-in and custom formats', async () => {
    const bytes = oneSheet(
      row(
        1,
        num('A1', '46342', 1) +
          num('B1', '46345.5', 2) +
          num('C1', '46342', 3) +
          num('D1', '46342', 4) +
          num('E1', '46342'),
      ),
      { styles: stylesXml([14, 22, 'dd/mm/yyyy;@', '#,##0.00']) },
    )
    expect(await cells(bytes)).toEqual([['2026-11-16', '2026-11-19 12:00:00', '2026-11-16', '46342', '46342']])
  })

  it('counts serials from 1904 when the workbook says so', async () => {
    const bytes = oneSheet(row(1, num('A1', '44880', 1)), { styles: stylesXml([14]), date1904: true })
    expect(await cells(bytes)).toEqual([['2026-11-16']])
  })

  it('places cells by position when a writer leaves out the optional r attributes', async () => {
    const bytes = oneSheet(
      row(undefined, str(undefined, 'sdr') + str(undefined, 'bookedAt')) +
        row(undefined, str(undefined, 'Ava') + num(undefined, '46342')) +
        row(5, str(undefined, 'Ben') + str('C5', 'late')) +
        row(undefined, str(undefined, 'Cy')),
    )
    const sheet = await read(bytes)
    expect(sheet.records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['sdr', 'bookedAt']],
      [2, ['Ava', '46342']],
      [5, ['Ben', '', 'late']],
      [6, ['Cy']],
    ])
  })

  it('numbers records by Excel row and leaves out rows that hold nothing', async () => {
    const bytes = oneSheet(row(2, str('B2', 'a')) + row(3, '<c r="A3" s="1"/>') + row(7, str('A7', 'b')))
    const sheet = await read(bytes)
    expect(sheet.records.map((r) => [r.line, r.cells])).toEqual([
      [2, ['', 'a']],
      [7, ['b']],
    ])
  })

  it('joins rich text runs, skips phonetic hints and decodes Excel escapes and character references', async () => {
    const bytes = oneSheet(
      row(1, '<c r="A1" t="inlineStr"><is><r><t>Hello </t></r><r><t>world</t></r><rPh><t>ハロー</t></rPh></is></c>') +
        row(2, '<c r="A2" t="inlineStr"><is><t>line_x000D_two &#x1F600; &#233;</t></is></c>'),
    )
    expect(await cells(bytes)).toEqual([['Hello world'], ['line\rtwo 😀 é']])
  })

  it('reads elements written with a namespace prefix', async () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>prefixed</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>'
    expect(await cells(workbook({ sheets: { Report: xml } }))).toEqual([['prefixed']])
  })

  it('reads the named sheet and lists every sheet in tab order', async () => {
    const bytes = workbook({
      sheets: { First: sheetXml(row(1, str('A1', 'one'))), Second: sheetXml(row(1, str('A1', 'two'))) },
    })
    const sheet = await read(bytes, 'Second')
    expect(sheet).toMatchObject({ sheets: ['First', 'Second'], sheet: 'Second', records: [{ cells: ['two'] }] })
  })

  it('reads a sheet stored without compression', async () => {
    const raw = new TextEncoder().encode(sheetXml(row(1, str('A1', 'stored'))))
    expect(await cells(workbook({ sheets: { Report: { raw, stored: true } } }))).toEqual([['stored']])
  })
})

describe('refusing what cannot be a usable sheet, in a manager’s words', () => {
  it('refuses a cell reference beyond Excel’s last column, naming file, sheet and cell', async () => {
    const message = await refusal(oneSheet(row(1, str('ZZZZZZ1', 'x'))))
    expect(message).toMatch(/^sales\.xlsx, sheet "Report": cell ZZZZZZ1 lies beyond Excel's last column \(XFD\)/)
  })

  it.each(['20000000', '2000000000', '99999999999999999999'])(
    'refuses row number %s beyond Excel’s last row',
    async (r) => {
      const message = await refusal(oneSheet(row(r, str(undefined, 'x'))))
      expect(message).toMatch(
        /^sales\.xlsx, sheet "Report": row [\d,]+ lies beyond Excel's last row \(1,048,576\)|is not a number/,
      )
    },
  )

  it('refuses a 40 MB text node (22 KB zipped) after reading only its first few hundred kilobytes', async () => {
    const bomb = bombDeflate(
      `${SHEET_HEAD}<row r="1"><c r="B1" t="inlineStr"><is><t>`,
      'x',
      155_000,
      `</t></is></c></row>${SHEET_TAIL}`,
    )
    expect(bomb.deflated.length).toBeLessThan(300_000)
    const message = await refusal(workbook({ sheets: { Report: bomb } }))
    expect(message).toBe(
      'sales.xlsx, sheet "Report": cell B1 holds more than 32,767 characters, more than Excel allows in a cell — shorten it, or export CSV',
    )
  })

  it('refuses a huge shared text', async () => {
    const bomb = bombDeflate('<sst><si><t>', 'y', 10_000, '</t></si></sst>')
    const bytes = oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c>'), { sharedStrings: bomb })
    const message = await refusal(bytes, { ...XLSX_LIMITS, sharedRatio: Infinity })
    expect(message).toMatch(/^sales\.xlsx, sheet "Report": a text in the workbook holds more than 32,767 characters/)
  })

  it('refuses shared texts that unzip to more than 100 times their packed size, within the first megabytes', async () => {
    const bomb = bombDeflate('<sst><si><t>', 'y', 10_000, '</t></si></sst>')
    const bytes = oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c>'), { sharedStrings: bomb })
    expect(await refusal(bytes)).toBe(
      'sales.xlsx, sheet "Report": its texts unzip to more than 100 times their packed size, which no spreadsheet writes (a zip bomb) — open it in Excel and save it again, or export CSV',
    )
  })

  it('refuses shared texts of more than their limit in all, each text within its own', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => `${i}`.padEnd(1000, 'x'))
    const bytes = oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c>'), { sharedStrings: sharedStringsXml(texts) })
    expect(await refusal(bytes, { ...XLSX_LIMITS, sharedChars: 20_000 })).toMatch(
      /the workbook's texts hold more than 20,000 characters in all/,
    )
  })

  it('refuses a zip bomb by its declared size before inflating anything', async () => {
    // 600 MB of whitespace inside the sheet data: about 3.8 MB of deflate, honest sizes.
    const bomb = bombDeflate(`${SHEET_HEAD}`, ' ', 2_330_000, SHEET_TAIL)
    const message = await refusal(workbook({ sheets: { Report: bomb } }))
    expect(message).toBe('sales.xlsx, sheet "Report": unzips to more than 500 MB — export fewer rows or split the file')
  })

  it('stops inflating at the declared size when an entry lies about it', async () => {
    const bomb = bombDeflate(SHEET_HEAD, ' ', 400_000, SHEET_TAIL)
    const message = await refusal(workbook({ sheets: { Report: { ...bomb, declaredSize: 4096 } } }))
    expect(message).toMatch(
      /^sales\.xlsx: the Excel file is damaged \(the part xl\/worksheets\/sheet1\.xml is larger than the archive says\)/,
    )
  })

  it('refuses past a smaller unzip budget, in whole megabytes', async () => {
    const sheet = bombDeflate(SHEET_HEAD, ' ', 12_000, SHEET_TAIL)
    const message = await refusal(workbook({ sheets: { Report: sheet } }), { ...XLSX_LIMITS, unzippedBytes: 2_000_000 })
    expect(message).toBe('sales.xlsx, sheet "Report": unzips to more than 2 MB — export fewer rows or split the file')
  })

  it('refuses more rows than the limit, naming the limit', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(i + 1, str(undefined, `r${i}`))).join('')
    const message = await refusal(oneSheet(rows), { ...XLSX_LIMITS, rows: 20 })
    expect(message).toBe('sales.xlsx, sheet "Report": more than 20 rows — export fewer rows or split the file')
  })

  it('counts the blanks before a far-right cell against the cell limit', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => row(i + 1, str(`XFD${i + 1}`, 'far'))).join('')
    const message = await refusal(oneSheet(rows), { ...XLSX_LIMITS, cells: 50_000 })
    expect(message).toBe('sales.xlsx, sheet "Report": more than 50,000 cells — export fewer rows or split the file')
  })

  it('refuses rows out of order instead of overwriting one with another', async () => {
    const message = await refusal(oneSheet(row(5, str('A5', 'a')) + row(3, str('A3', 'b'))))
    expect(message).toMatch(/row 3 comes after row 5, so the file is damaged/)
  })

  it('refuses a shared-string index the workbook does not have', async () => {
    const message = await refusal(
      oneSheet(row(1, '<c r="A1" t="s"><v>7</v></c>'), { sharedStrings: sharedStringsXml(['a']) }),
    )
    expect(message).toMatch(/cell A1 points to a text the workbook does not have/)
  })

  it('says what a file that is not a workbook is', async () => {
    expect(await refusal(new TextEncoder().encode('sdr,bookedAt\nAva,2026-11-16\n'))).toMatch(
      /^sales\.xlsx is not an Excel workbook/,
    )
    expect(await refusal(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(
      /old binary Excel/,
    )
    expect(await refusal(zip({ 'hello.txt': 'hi' }))).toMatch(/there is no workbook inside/)
    const cut = oneSheet(row(1, str('A1', 'x')))
    expect(await refusal(cut.subarray(0, cut.length - 30))).toMatch(/damaged/)
  })

  it('refuses a damaged part by its checksum (parts read to their end)', async () => {
    const strings = new TextEncoder().encode(sharedStringsXml(['abc']))
    const bytes = oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c>'), {
      sharedStrings: { deflated: deflateSync(strings), size: strings.length, crc: 12345 },
    })
    expect(await refusal(bytes)).toMatch(/the part xl\/sharedStrings\.xml fails its checksum/)
  })

  it('refuses a sheet whose checksum is wrong even though its rows end before the damage', async () => {
    const sheet = new TextEncoder().encode(sheetXml(row(1, str('A1', 'x'))))
    const bytes = workbook({
      sheets: { Report: { deflated: deflateSync(sheet), size: sheet.length, crc: 12345 } },
    })
    expect(await refusal(bytes)).toMatch(
      /^sales\.xlsx: the Excel file is damaged \(the part xl\/worksheets\/sheet1\.xml fails its checksum\)/,
    )
  })

  it('refuses a stored sheet changed after it was zipped, though the change lies after its rows', async () => {
    const sheet = new TextEncoder().encode(`${sheetXml(row(1, str('A1', 'x')))}<!-- padding -->`)
    const bytes = workbook({ sheets: { Report: { raw: sheet, stored: true } } })
    expect(await cells(bytes)).toEqual([['x']])
    const at = bytes.indexOf(0x70 /* p of padding */, new TextDecoder().decode(bytes).indexOf('padding'))
    const changed = bytes.slice()
    changed[at] = 0x71
    expect(await refusal(changed)).toMatch(/the part xl\/worksheets\/sheet1\.xml fails its checksum/)
  })
})
