/**
 * The hostile-file corpus of issues 14 and 20, built from code at two scales: `small` for
 * `npm test` (the same class of attack, in milliseconds) and `full` for `npm run bench:hostile`
 * (the sizes that once cost gigabytes or minutes). Nothing here is a stored file: every case is a
 * recipe, so the repository holds no large or hostile bytes.
 *
 * A case is what a person hands `report` (an export, a mapping file, a team file) or the Data
 * screen (a backup), and what must come of it: read, or refused with words matching a pattern.
 */
import { Deflate } from 'fflate'
import { crc32 } from '@/domain/import/zip'
import { sheetXml, row, str, workbook, SHEET_HEAD, SHEET_TAIL } from '../domain/import/xlsx-builder'
import { backupOf, edited } from '../helpers/backups'

export type Scale = 'small' | 'full'

export interface Built {
  /** Files by name; an argument equal to a name is given as that file's path. */
  files: Record<string, Uint8Array>
  argv: string[]
}

export interface HostileCase {
  name: string
  /** `report` runs the CLI on `argv`; `backup` checks the one file as the Data screen's restore does. */
  kind: 'report' | 'backup'
  build: (scale: Scale) => Built | Promise<Built>
  expect: 'read' | RegExp
}

const encoder = new TextEncoder()
const utf8 = (s: string): Uint8Array => encoder.encode(s)
const at = (scale: Scale, small: number, full: number): number => (scale === 'small' ? small : full)

/** One CSV built from its header and a row maker, as bytes (no giant intermediate string list). */
function csv(header: string, rows: number, rowAt: (i: number) => string): Uint8Array {
  const parts: string[] = [header]
  for (let i = 0; i < rows; i++) parts.push(rowAt(i))
  return utf8(`${parts.join('\n')}\n`)
}

const HEADER = 'externalId,sdr,ae,bookedAt,meetingAt,status,crmNotes'
const dataRow = (i: number, notes = ''): string =>
  `H-${i},SDR ${i % 40},AE ${i % 12},2026-11-${String(16 + (i % 5)).padStart(2, '0')},,${['pending', 'accepted', 'rejected'][i % 3]},${notes}`

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2)
  const view = new DataView(out.buffer)
  if (bom) view.setUint16(0, 0xfeff, littleEndian)
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + 2 * i, text.charCodeAt(i), littleEndian)
  return out
}

function utf32(text: string, littleEndian: boolean): Uint8Array {
  const points = [...`\ufeff${text}`].map((c) => c.codePointAt(0)!)
  const out = new Uint8Array(points.length * 4)
  const view = new DataView(out.buffer)
  points.forEach((p, i) => view.setUint32(4 * i, p, littleEndian))
  return out
}

/** A shared-text part of `items` distinct-looking texts of `chars` characters each, deflated as it is made. */
function sharedTextBomb(items: number, chars: number): { deflated: Uint8Array; size: number; crc: number } {
  const chunks: Uint8Array[] = []
  const deflate = new Deflate({ level: 6 }, (chunk) => chunks.push(chunk))
  let size = 0
  let crc = 0
  const push = (bytes: Uint8Array, isLast = false) => {
    size += bytes.length
    crc = crc32(crc, bytes)
    deflate.push(bytes, isLast)
  }
  push(utf8(`<sst count="${items}" uniqueCount="${items}">`))
  const body = 'q'.repeat(chars - 8)
  for (let i = 0; i < items; i++) push(utf8(`<si><t>${String(i).padStart(8, '0')}${body}</t></si>`))
  push(utf8('</sst>'), true)
  const deflated = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let offset = 0
  for (const c of chunks) {
    deflated.set(c, offset)
    offset += c.length
  }
  return { deflated, size, crc }
}

const sheetOf = (texts: string[][]) =>
  sheetXml(texts.map((cells, r) => row(r + 1, cells.map((c) => str(undefined, c)).join(''))).join(''))

const validSheetRows = [
  ['externalId', 'sdr', 'bookedAt', 'status'],
  ['X-1', 'Ava', '2026-11-16', 'accepted'],
]

const mapping = (json: unknown): Uint8Array => utf8(JSON.stringify(json))

export const CORPUS: HostileCase[] = [
  {
    name: 'a valid CSV at the row limit (200,000 rows)',
    kind: 'report',
    build: (scale) => ({
      files: { 'limit.csv': csv(HEADER, at(scale, 2_000, 200_000), (i) => dataRow(i, 'Pain: slow month-end close')) },
      argv: ['limit.csv'],
    }),
    expect: 'read',
  },
  {
    name: 'a 190 MB CSV at the row limit, with long notes',
    kind: 'report',
    build: (scale) => {
      const note = `"${'Discovery: three tools, two owners; budget in Q1. '.repeat(18)}"`
      return {
        files: { 'long-limit.csv': csv(HEADER, at(scale, 500, 200_000), (i) => dataRow(i, `${note} ${i}`)) },
        argv: ['long-limit.csv'],
      }
    },
    expect: 'read',
  },
  {
    name: 'a CSV header of 10 million commas',
    kind: 'report',
    build: (scale) => ({
      files: { 'commas.csv': utf8(`sdr,bookedAt${','.repeat(at(scale, 20_000, 10_000_000))}\nAva,2026-11-16\n`) },
      argv: ['commas.csv'],
    }),
    expect: /more than 1,000 columns/,
  },
  {
    name: 'a CSV of 1,000,000 columns (150 MB)',
    kind: 'report',
    build: (scale) => {
      const line = `sdr,bookedAt${',x'.repeat(at(scale, 3_000, 500_000))}`
      return { files: { 'wide.csv': csv(line, at(scale, 30, 150), () => line) }, argv: ['wide.csv'] }
    },
    expect: /more than 1,000 columns/,
  },
  {
    name: '10,000 duplicate header names',
    kind: 'report',
    build: (scale) => {
      const n = at(scale, 1_500, 10_000)
      const header = ['sdr', 'bookedAt', ...Array<string>(n).fill('Name')].join(',')
      return { files: { 'dupes.csv': utf8(`${header}\nAva,2026-11-16\n`) }, argv: ['dupes.csv'] }
    },
    expect: /more than 1,000 columns/,
  },
  {
    name: 'an 80 MB CSV of long notes',
    kind: 'report',
    build: (scale) => {
      const note = `"${'Long discovery notes, with commas; and more. '.repeat(440)}"`
      return {
        files: { 'notes.csv': csv(HEADER, at(scale, 100, 4_000), (i) => dataRow(i, note)) },
        argv: ['notes.csv'],
      }
    },
    expect: 'read',
  },
  {
    name: 'a 150 MB CSV of 1.3 million rows',
    kind: 'report',
    build: (scale) => ({
      files: {
        'rows.csv': csv(HEADER, at(scale, 200_001, 1_300_000), (i) =>
          dataRow(i, scale === 'small' ? 'ok' : 'Pain: slow month-end close; trigger: new CFO in March'),
        ),
      },
      argv: ['rows.csv'],
    }),
    expect: /more than 200,000 rows/,
  },
  {
    name: 'a 10 MB header cell',
    kind: 'report',
    build: (scale) => ({
      files: { 'cell.csv': utf8(`sdr,bookedAt,${'H'.repeat(at(scale, 10_000, 10_000_000))}\nAva,2026-11-16,x\n`) },
      argv: ['cell.csv'],
    }),
    expect: /names a column in more than 1,000 characters/,
  },
  {
    name: 'a 10 MB cell of notes',
    kind: 'report',
    build: (scale) => ({
      files: { 'big-cell.csv': utf8(`${HEADER}\n${dataRow(1, 'n'.repeat(at(scale, 200_000, 10_000_000)))}\n`) },
      argv: ['big-cell.csv'],
    }),
    expect: /value longer than 131,072 characters/,
  },
  {
    name: 'an XLSX whose shared texts inflate to 450 MB',
    kind: 'report',
    build: (scale) => ({
      files: {
        'shared.xlsx': workbook({
          sheets: { Report: sheetOf(validSheetRows) },
          sharedStrings: sharedTextBomb(at(scale, 200, 15_000), 30_000),
        }),
      },
      argv: ['shared.xlsx'],
    }),
    expect: /unzip to more than 100 times their packed size/,
  },
  {
    name: 'an XLSX whose sheet fails its checksum',
    kind: 'report',
    build: () => {
      const sheet = utf8(sheetOf(validSheetRows))
      const bytes = workbook({ sheets: { Report: { raw: sheet, stored: true } } })
      const text = new TextDecoder().decode(bytes)
      bytes[text.indexOf('Ava')] = 0x45 // "Eva": changed after the checksum was written
      return { files: { 'changed.xlsx': bytes }, argv: ['changed.xlsx'] }
    },
    expect: /fails its checksum/,
  },
  {
    name: 'an XLSX changed after its rows end',
    kind: 'report',
    build: () => {
      const sheet = utf8(`${SHEET_HEAD}${row(1, str('A1', 'sdr'))}${SHEET_TAIL}<!-- end -->`)
      const bytes = workbook({ sheets: { Report: { raw: sheet, stored: true } } })
      bytes[new TextDecoder().decode(bytes).indexOf('<!-- end') + 5] = 0x45
      return { files: { 'tail.xlsx': bytes }, argv: ['tail.xlsx'] }
    },
    expect: /fails its checksum/,
  },
  {
    name: 'a mapping listing the notes column 100,000 times',
    kind: 'report',
    build: (scale) => ({
      files: {
        'h.csv': csv(HEADER, 3, (i) => dataRow(i)),
        'notes-map.json': mapping({ columns: { crmNotes: Array(at(scale, 1_000, 100_000)).fill('crmNotes') } }),
      },
      argv: ['h.csv', '--mapping', 'notes-map.json'],
    }),
    expect: /reads CRM notes from [\d,]+ columns; a field reads at most 50/,
  },
  {
    name: 'a mapping listing the status column 100,000 times',
    kind: 'report',
    build: (scale) => ({
      files: {
        'h.csv': csv(HEADER, 3, (i) => dataRow(i)),
        'status-map.json': mapping({ columns: { status: Array(at(scale, 1_000, 100_000)).fill('status') } }),
      },
      argv: ['h.csv', '--mapping', 'status-map.json'],
    }),
    expect: /reads Status from [\d,]+ columns; a field reads at most 50/,
  },
  {
    name: 'a mapping with a 20 MB value',
    kind: 'report',
    build: (scale) => ({
      files: {
        'h.csv': csv(HEADER, 3, (i) => dataRow(i)),
        'value-map.json': mapping({
          columns: {},
          values: { status: { won: 'x'.repeat(at(scale, 2_000_000, 20_000_000)) } },
        }),
      },
      argv: ['h.csv', '--mapping', 'value-map.json'],
    }),
    expect: /larger than 1 MB/,
  },
  {
    name: 'a mapping file that is not JSON',
    kind: 'report',
    build: () => ({
      files: {
        'h.csv': csv(HEADER, 3, (i) => dataRow(i)),
        'team-mapping.json': utf8('{\n  "columns": {\n    "sdr": "sdr",\n  }\n}\n'),
      },
      argv: ['h.csv', '--mapping', 'team-mapping.json'],
    }),
    expect: /team-mapping\.json is not a mapping file: it is not valid JSON at line 4$/,
  },
  {
    name: 'a mapping file in UTF-16',
    kind: 'report',
    build: () => ({
      files: {
        'h.csv': csv(HEADER, 3, (i) => dataRow(i)),
        'utf16-map.json': utf16('{"columns":{"sdr":"sdr"}}', true, true),
      },
      argv: ['h.csv', '--mapping', 'utf16-map.json'],
    }),
    expect: 'read',
  },
  {
    name: 'a team file in UTF-16',
    kind: 'report',
    build: () => ({
      files: {
        'h.csv': csv(HEADER, 3, (i) => dataRow(i)),
        'team.csv': utf16('name,role,partner,aliases\r\nSDR 1,SDR,,\r\n', true, true),
      },
      argv: ['h.csv', '--team', 'team.csv'],
    }),
    expect: 'read',
  },
  {
    name: 'a UTF-16 CSV without a BOM holding Japanese text',
    kind: 'report',
    build: () => ({
      files: {
        'ja.csv': utf16(
          'sdr,bookedAt,status\r\n山田太郎,2026-11-16,保留\r\n佐藤花子,2026-11-17,pending\r\n',
          true,
          false,
        ),
      },
      argv: ['ja.csv'],
    }),
    expect: 'read',
  },
  {
    name: 'a UTF-32 CSV',
    kind: 'report',
    build: () => ({
      files: { 'u32.csv': utf32('sdr,bookedAt,status\nAva,2026-11-16,pending\n', false) },
      argv: ['u32.csv'],
    }),
    expect: 'read',
  },
  {
    name: 'a meeting at 9999-12-31 23:00 in Denver',
    kind: 'report',
    build: () => ({
      files: { 'far.csv': utf8('sdr,bookedAt,meetingAt,status\nAva,2026-11-16,9999-12-31 23:00,pending\n') },
      argv: ['far.csv', '--tz', 'America/Denver'],
    }),
    expect: 'read',
  },
  {
    name: 'a booking in the year 1000 and one in 9999',
    kind: 'report',
    build: () => ({
      files: {
        'ages.csv': utf8(
          'sdr,bookedAt,status\nAva,1000-01-01,pending\nBen,9999-12-31,pending\nCy,2026-11-16,pending\n',
        ),
      },
      argv: ['ages.csv'],
    }),
    expect: 'read',
  },
  {
    name: 'a device instead of a file (/dev/zero)',
    kind: 'report',
    build: () => ({ files: {}, argv: ['/dev/zero'] }),
    expect: /not a regular file/,
  },
  {
    name: 'a backup nested 100,000 levels deep',
    kind: 'backup',
    build: (scale) => {
      const n = at(scale, 10_000, 100_000)
      return {
        files: { 'deep.json': utf8(`{"format":"handoff-huddle-backup","data":${'['.repeat(n)}${']'.repeat(n)}}`) },
        argv: ['deep.json'],
      }
    },
    expect: /nests more than 64 levels deep/,
  },
  {
    name: 'a backup with huddle week 9999-W99',
    kind: 'backup',
    build: async () => ({
      files: {
        'weeks.json': utf8(
          await edited(await backupOf(), (f) => {
            f.data.huddles[0].week = '9999-W99'
          }),
        ),
      },
      argv: ['weeks.json'],
    }),
    expect: /week 9999-W99 has a week that is not a week such as 2026-W47, from 1990 to 2100/,
  },
  {
    name: 'a backup with a handoff answered in 9999',
    kind: 'backup',
    build: async () => ({
      files: {
        'answered.json': utf8(
          await edited(await backupOf(), (f) => {
            f.data.handoffs[0].respondedAt = '9999-12-31T23:00:00.000Z'
          }),
        ),
      },
      argv: ['answered.json'],
    }),
    expect: /Responded at field that is not a date .*from 1990 to 2100/,
  },
]
