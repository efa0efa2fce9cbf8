/**
 * The hostile workbooks of issue 14, built from code: the fuzz test checks what comes of each,
 * `npm run bench:hostile` measures the time and memory each costs through the CLI.
 */
import { bombDeflate, num, row, SHEET_HEAD, SHEET_TAIL, sheetXml, str, stylesXml, workbook } from './xlsx-builder'

export const HEADER = row(1, ['externalId', 'sdr', 'bookedAt', 'status'].map((h) => str(undefined, h)).join(''))
export const DATA = row(
  2,
  str(undefined, 'X-1') + str(undefined, 'Ava') + num(undefined, '46342', 1) + str(undefined, 'accepted'),
)
export const valid = (rows: string) => workbook({ sheets: { Report: sheetXml(rows) }, styles: stylesXml([14]) })

/** Each hostile file and what must come of it: a refusal matching the pattern, or read. */
export interface Hostile {
  name: string
  bytes: () => Uint8Array
  expect: RegExp | 'read'
}

export const HOSTILE: Hostile[] = [
  { name: 'cell reference ZZZZZZ1', bytes: () => valid(row(1, str('ZZZZZZ1', 'x'))), expect: /last column/ },
  {
    name: 'cell reference past XFD by position',
    bytes: () => valid(row(1, str('XFD1', 'a') + str(undefined, 'b'))),
    expect: /last column/,
  },
  { name: 'row r="20000000"', bytes: () => valid(row('20000000', str('A20000000', 'x'))), expect: /last row/ },
  { name: 'row r="2000000000"', bytes: () => valid(row('2000000000', str(undefined, 'x'))), expect: /last row/ },
  { name: 'row r="-1"', bytes: () => valid(row('-1', str(undefined, 'x'))), expect: /not a number/ },
  { name: 'cell reference "1A"', bytes: () => valid(row(1, str('1A', 'x'))), expect: /not a cell reference/ },
  {
    name: '40 MB text node, 250 KB zipped',
    bytes: () =>
      workbook({
        sheets: {
          Report: bombDeflate(
            `${SHEET_HEAD}<row><c t="inlineStr"><is><t>`,
            'x',
            155_000,
            `</t></is></c></row>${SHEET_TAIL}`,
          ),
        },
      }),
    expect: /more than 32,767 characters/,
  },
  {
    name: '40 MB number value',
    bytes: () =>
      workbook({
        sheets: { Report: bombDeflate(`${SHEET_HEAD}<row><c><v>`, '9', 155_000, `</v></c></row>${SHEET_TAIL}`) },
      }),
    expect: /more than 32,767 characters/,
  },
  {
    name: '20 MB text outside any cell (read through, nothing kept)',
    bytes: () =>
      workbook({ sheets: { Report: bombDeflate(`${SHEET_HEAD}${HEADER}`, 'z', 80_000, `${DATA}${SHEET_TAIL}`) } }),
    expect: 'read',
  },
  {
    name: '20 MB comment',
    bytes: () =>
      workbook({
        sheets: { Report: bombDeflate(`${SHEET_HEAD}${HEADER}<!--`, '-', 80_000, `-->${DATA}${SHEET_TAIL}`) },
      }),
    expect: 'read',
  },
  {
    name: '40 MB attribute (an endless tag)',
    bytes: () =>
      workbook({ sheets: { Report: bombDeflate(`${SHEET_HEAD}<row r="1" x="`, 'a', 155_000, `">${SHEET_TAIL}`) } }),
    expect: /damaged \(it holds a tag longer than any spreadsheet writes\)/,
  },
  {
    name: '600 MB zip bomb with honest sizes',
    bytes: () => workbook({ sheets: { Report: bombDeflate(SHEET_HEAD, ' ', 2_330_000, SHEET_TAIL) } }),
    expect: /unzips to more than 500 MB/,
  },
  {
    name: 'zip bomb that declares 1 KB',
    bytes: () =>
      workbook({ sheets: { Report: { ...bombDeflate(SHEET_HEAD, ' ', 400_000, SHEET_TAIL), declaredSize: 1024 } } }),
    expect: /larger than the archive says/,
  },
  {
    name: 'shared strings bomb',
    bytes: () =>
      workbook({
        sheets: { Report: sheetXml(HEADER) },
        sharedStrings: bombDeflate('<sst><si><t>', 'q', 100_000, '</t></si></sst>'),
      }),
    expect: /a text in the workbook holds more than 32,767 characters|unzip to more than 100 times their packed size/,
  },
  {
    name: '300,000 empty rows (formatting only)',
    bytes: () => workbook({ sheets: { Report: sheetXml(HEADER + DATA + '<row/>'.repeat(300_000)) } }),
    expect: 'read',
  },
  {
    name: '250,000 rows with a value',
    bytes: () => valid(Array.from({ length: 250_000 }, () => '<row><c t="b"><v>1</v></c></row>').join('')),
    expect: /more than 200,000 rows/,
  },
  {
    name: 'a far-right cell on many rows',
    bytes: () =>
      valid(
        Array.from({ length: 600 }, () => `<row>${str(undefined, 'a')}<c r="XFD1" t="b"><v>1</v></c></row>`).join(''),
      ),
    expect: /more than 8,000,000 cells/,
  },
  {
    name: 'a valid sheet without any r attribute',
    bytes: () => valid(HEADER + DATA),
    expect: 'read',
  },
  {
    name: 'a DOCTYPE with entities',
    bytes: () => workbook({ sheets: { Report: `<!DOCTYPE x [<!ENTITY a "aaaa">]>${sheetXml(HEADER)}` } }),
    expect: /document type/,
  },
  {
    name: 'shared string index out of range',
    bytes: () => valid(row(1, '<c t="s"><v>99999999999</v></c>')),
    expect: /does not have/,
  },
  { name: 'no sheets', bytes: () => workbook({ sheets: {} }), expect: /has no sheets/ },
  { name: 'not XML at all', bytes: () => workbook({ sheets: { Report: '\u0000\u0001<<<>>>&&&' } }), expect: /damaged/ },
]
