import { describe, expect, it } from 'vitest'
import { tokenize } from '@/domain/import/records'
import { rejectedRowsCsv } from '@/domain/import/write'
import { parseTeamFile, teamFileText } from '@/domain/team/team-file'
import { importText } from '../import/helpers'

/** What a spreadsheet would run as a formula: the leads OWASP lists. */
const HOSTILE = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1+1)', '\t=1', '\r=1']

/** Every cell of a CSV as a spreadsheet reads it (after the byte order mark). */
const cellsOf = (csv: string): string[] => [...tokenize(csv.replace(/^\uFEFF/, ''), ',')].flatMap((r) => r.cells)
const isFormula = (cell: string): boolean => /^[=+\-@\t\r]/.test(cell)

describe('every CSV download neutralises formula leads (=, +, -, @, tab, CR)', () => {
  it('the rejected rows of an import', async () => {
    const quoted = (h: string) => `"${h.replace(/"/g, '""')}"`
    const rows = HOSTILE.map((h, i) => `${quoted(`${h} ${i}`)},${quoted(h)},not a date ${i},pending`)
    const parsed = await importText(['externalId,sdr,bookedAt,status', ...rows].join('\n'))
    expect(parsed.rejected).toHaveLength(HOSTILE.length)
    const csv = rejectedRowsCsv(parsed)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const cells = cellsOf(csv)
    expect(cells.filter(isFormula)).toEqual([])
    HOSTILE.forEach((h, i) => expect(cells).toContain(`'${h} ${i}`))
  })

  it('the team file of Settings → Team, which still reads back as it was', () => {
    const members = HOSTILE.map((h, i) => ({
      name: `${h} ${i}`,
      role: (i % 2 === 0 ? 'SDR' : 'AE') as 'SDR' | 'AE',
      partner: h,
      aliases: [`${h.trim()}-alias`],
    }))
    const csv = teamFileText(members)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(cellsOf(csv).filter(isFormula)).toEqual([])
    expect(cellsOf(csv)).toContain(`'=HYPERLINK("http://evil.example","x") 0`)
    const read = parseTeamFile('team.csv', csv)
    expect(read.problems).toEqual([])
    expect(read.members.map((m) => m.name)).toEqual(members.map((m) => m.name.trim()))
    expect(read.members.map((m) => m.partner)).toEqual(members.map((m) => m.partner.trim()))
  })
})
