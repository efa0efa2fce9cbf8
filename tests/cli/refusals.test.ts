// @vitest-environment node
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli'
import { row, sheetXml, str, workbook } from '../domain/import/xlsx-builder'

const dir = mkdtempSync(join(tmpdir(), 'refusals-'))
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const utf16le = (text: string, bom = true): Uint8Array => {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2)
  const view = new DataView(out.buffer)
  if (bom) out.set([0xff, 0xfe])
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + 2 * i, text.charCodeAt(i), true)
  return out
}

const CSV = 'externalId,sdr,ae,bookedAt,status\nA-1,Ava,Omar,2026-11-16,pending\nA-2,Ben,Omar,2026-11-17,accepted\n'
const exportFile = file('handoffs.csv', CSV)

/** What a person sees when `report` refuses: one line, in words, never the engine's or a parser's. */
async function refusal(...argv: string[]): Promise<string> {
  const { code, stdout, stderr } = await runCli('report', ...argv)
  expect(code).toBe(2)
  expect(stdout).toBe('')
  expect(stderr).toMatch(/^report: [^\n]+\n$/)
  expect(stderr).not.toMatch(
    /Unexpected|position \d|SyntaxError|TypeError|RangeError|Maximum call stack|Invalid string length|undefined|\\u0000|\bbookedAt\b|\bmeetingAt\b|\bsdr\b/,
  )
  expect(stderr.length).toBeLessThan(400)
  return stderr.slice('report: '.length, -1)
}

describe('every refusal of report is one sentence naming the file', () => {
  it('a mapping file that is not JSON, naming the line', async () => {
    const mapping = file('team-mapping.json', '{\n  "columns": {\n    "sdr": "SDR",\n  }\n}\n')
    expect(await refusal(exportFile, '--mapping', mapping)).toBe(
      'team-mapping.json is not a mapping file: it is not valid JSON at line 4',
    )
  })

  it('a mapping file cut short', async () => {
    const mapping = file('cut-mapping.json', '{\n  "columns": {\n    "sdr": "SDR"')
    expect(await refusal(exportFile, '--mapping', mapping)).toBe(
      'cut-mapping.json is not a mapping file: it is not valid JSON: it ends at line 3 before it is complete',
    )
  })

  it('a mapping file that is a picture, empty, or not a mapping at all', async () => {
    const png = file('logo.json', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
    expect(await refusal(exportFile, '--mapping', png)).toBe('logo.json is not a mapping file: it is not text')
    expect(await refusal(exportFile, '--mapping', file('empty.json', ''))).toBe(
      'empty.json is not a mapping file: it is empty',
    )
    expect(await refusal(exportFile, '--mapping', file('list.json', '[1, 2]'))).toBe(
      'list.json is not a mapping file: it is not a JSON object with "columns"',
    )
    expect(await refusal(exportFile, '--mapping', file('typo.json', '{"columns":{"bookdAt":"Date"}}'))).toBe(
      'typo.json is not a mapping file: it names a field the app does not know ("bookdAt")',
    )
    expect(await refusal(exportFile, '--mapping', file('number.json', '{"columns":{"sdr":7}}'))).toBe(
      'number.json is not a mapping file: it gives SDR something other than a header, a list of headers or null',
    )
  })

  it('a mapping file in UTF-16 is read like any other', async () => {
    const mapping = file('utf16-mapping.json', utf16le('{"columns":{"sdr":"sdr","bookedAt":"bookedAt"}}'))
    const { code, stdout } = await runCli('report', exportFile, '--mapping', mapping)
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ rows: 2, imported: 2 })
  })

  it('a mapping past its limits, refused before any of it is used', async () => {
    const same = file('same.json', JSON.stringify({ columns: { crmNotes: Array(100_000).fill('Notes') } }))
    expect(await refusal(exportFile, '--mapping', same)).toBe(
      'same.json is not a mapping file: it reads CRM notes from 100,000 columns; a field reads at most 50',
    )
    const huge = file('huge.json', JSON.stringify({ columns: {}, values: { status: { won: 'x'.repeat(20_000_000) } } }))
    expect(await refusal(exportFile, '--mapping', huge)).toBe('huge.json is larger than 1 MB, the most the app reads')
    const many = file('many.json', JSON.stringify({ columns: { crmNotes: Array(60).fill('Notes') } }))
    expect(await refusal(exportFile, '--mapping', many)).toBe(
      'many.json is not a mapping file: it reads CRM notes from 60 columns; a field reads at most 50',
    )
    const values = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`stage ${i}`, 'accepted']))
    const map = file('values.json', JSON.stringify({ columns: {}, values: { status: values } }))
    expect(await refusal(exportFile, '--mapping', map)).toBe(
      'values.json is not a mapping file: it maps 3,000 values for Status; a value map holds at most 2,000',
    )
    const long = file('long.json', JSON.stringify({ columns: {}, values: { status: { won: 'x'.repeat(5000) } } }))
    expect(await refusal(exportFile, '--mapping', long)).toBe(
      'long.json is not a mapping file: it maps a Status value longer than 1,000 characters',
    )
    const one = file('one.json', JSON.stringify({ columns: { bookedAt: ['a', 'b'] } }))
    expect(await refusal(exportFile, '--mapping', one)).toBe(
      'one.json is not a mapping file: it reads Booked at from several columns; it takes one',
    )
  })

  it('a team file in UTF-16 is read without NUL characters', async () => {
    const team = file('team16.csv', utf16le('name,role,partner,aliases\r\nAva,SDR,,\r\nBen,SDR,,\r\nOmar,AE,,\r\n'))
    const { code, stdout, stderr } = await runCli('report', exportFile, '--team', team)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).unknownOwners).toEqual([])
  })

  it('a team file that is not text', async () => {
    const team = file('team.bin', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
    expect(await refusal(exportFile, '--team', team)).toBe('team.bin is not a team file: it is not text')
  })

  it('a missing file and a folder', async () => {
    expect(await refusal(join(dir, 'nope.csv'))).toMatch(/nope\.csv: no such file$/)
    mkdirSync(join(dir, 'folder.csv'))
    expect(await refusal(join(dir, 'folder.csv'))).toMatch(/folder\.csv is not a regular file/)
  })

  it('a workbook whose sheet fails its checksum', async () => {
    const sheet = new TextEncoder().encode(sheetXml(row(1, str('A1', 'sdr')) + row(2, str('A2', 'Ava'))))
    const { deflateSync } = await import('fflate')
    const bytes = workbook({ sheets: { Report: { deflated: deflateSync(sheet), size: sheet.length, crc: 7 } } })
    expect(await refusal(file('damaged.xlsx', bytes))).toMatch(
      /^damaged\.xlsx: the Excel file is damaged \(the part xl\/worksheets\/sheet1\.xml fails its checksum\)/,
    )
  })

  it('a file without the columns a handoff needs, naming them in words', async () => {
    expect(await refusal(file('two.csv', 'a,b,c\n1,2,3\n'))).toBe(
      'two.csv: No column for Booked at and SDR in the header on line 1; choose one in the mapping',
    )
  })

  it('a mapping naming a 1 MB header is refused without quoting it', async () => {
    const header = 'H'.repeat(1_000_000)
    const csv = file('wide-header.csv', `sdr,bookedAt,${header}\nAva,2026-11-16,??\n`)
    const mapping = file('stage.json', JSON.stringify({ columns: { status: header.slice(0, 5000) } }))
    expect(await refusal(csv, '--mapping', mapping)).toBe(
      'stage.json is not a mapping file: it names a column for Status longer than 1,000 characters',
    )
  })
})

describe('Markdown output', () => {
  it('writes HTML and link syntax from cells as text, not as markup', async () => {
    const csv = file(
      'xss.csv',
      'externalId,sdr,bookedAt,status\n' +
        'A-1,<script>alert(1)</script>,1 <script>,pending\n' +
        'A-2,Ava,not a date <img src=x onerror=alert(1)>,pending\n' +
        'A-3,Ava,[click](javascript:alert(1)) ![x](http://e/x.png),pending\n',
    )
    const { code, stdout } = await runCli('report', csv, '--format', 'md', '--as-of', '2026-11-23T00:00:00Z')
    expect(code).toBe(0)
    expect(stdout).not.toMatch(/<script|<img|[^\\]\]\(/)
    expect(stdout).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(stdout).toContain('\\[click\\](javascript:alert(1))')
  })
})

describe('dates outside 1990–2100', () => {
  it('a meeting at 9999-12-31 23:00 in Denver rejects its row in words, with its line', async () => {
    const csv = file(
      'far.csv',
      'externalId,sdr,bookedAt,meetingAt,status\nA-1,Ava,2026-11-16,9999-12-31 23:00,pending\nA-2,Ava,1000-01-01,,pending\n',
    )
    const { code, stdout } = await runCli('report', csv, '--tz', 'America/Denver', '--as-of', '2026-11-23T00:00:00Z')
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report.rejected).toEqual([
      { line: 2, errors: ['Meeting date "9999-12-31 23:00" is after 2100'] },
      { line: 3, errors: ['Booked date "1000-01-01" is before 1990'] },
    ])
  })
})
