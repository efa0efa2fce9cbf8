// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ReportRows } from '@/cli/report-rows'
import { carriedMaskOf } from '@/domain/carried'
import { parseCsvExport, type ImportOptions } from '@/domain/import/pipeline'
import { weeklyCounts } from '@/domain/metrics/week-counts'
import { defaultSettings } from '@/domain/settings'
import { rosterIndex, unknownPeople } from '@/domain/team/roster'

const FIXTURES = join(__dirname, '../fixtures/import')
const AS_OF = Date.parse('2026-11-23T12:00:00Z')
const settings = defaultSettings('Europe/Berlin')
const options: ImportOptions = { timeZone: 'Europe/Berlin' }

/** The report's counts made as rows are read, beside the same counts over the rows kept. */
function bothWays(text: string) {
  const rows = new ReportRows(settings, AS_OF)
  const parse = (o: ImportOptions) =>
    parseCsvExport({ fileName: 'export.csv', bytes: new TextEncoder().encode(text) }, o)
  const streamed = parse({ ...options, rows })
  const kept = parse(options)
  const handoffs = kept.handoffs.map((h) => h.handoff)
  const index = rosterIndex([])
  return {
    streamed: {
      imported: rows.count,
      weeks: rows.weeks(),
      owners: unknownPeople(rows.owners(), index),
      rejected: streamed.rejected.map((r) => [r.line, r.errors]),
      carried: streamed.carried,
    },
    kept: {
      imported: kept.handoffs.length,
      weeks: weeklyCounts(handoffs, settings, AS_OF, carriedMaskOf(kept.carried)),
      owners: unknownPeople(
        handoffs.map((h) => ({ sdrRaw: h.sdr, aeRaw: h.ae })),
        index,
      ),
      rejected: kept.rejected.map((r) => [r.line, r.errors]),
      carried: kept.carried,
    },
    streamedParse: streamed,
  }
}

const HEADER = 'externalId,sdr,ae,bookedAt,respondedAt,status,crmNotes'

describe('the report counting rows as they are read', () => {
  it('gives every fixture the same weeks, owners and rejections as counting the rows kept', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.csv'))
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const text = readFileSync(join(FIXTURES, file), 'utf8')
      let outcome: ReturnType<typeof bothWays> | string
      try {
        outcome = bothWays(text)
      } catch (e) {
        outcome = String(e)
      }
      if (typeof outcome === 'string') continue
      expect(outcome.streamed, file).toEqual(outcome.kept)
    }
  })

  it('takes back a row that a later row with its CRM id replaces, in its week and its owner', () => {
    const { streamed, kept } = bothWays(
      `${HEADER}\n` +
        'A1,Ana,Ben,2026-11-02,,pending,\n' +
        'A2,Ana,Ben,2026-11-03,,accepted,\n' +
        'A1,Cem,Ben,2026-11-10,2026-11-10T10:00:00Z,rejected,\n',
    )
    expect(streamed).toEqual(kept)
    expect(streamed.imported).toBe(2)
    expect(streamed.weeks.map((w) => [w.week, w.booked, w.pending, w.rejected])).toEqual([
      ['2026-W45', 1, 0, 0],
      ['2026-W46', 1, 0, 1],
    ])
    expect(streamed.owners.map((p) => [p.raw, p.count])).toEqual([
      ['Ben', 2],
      ['Ana', 1],
      ['Cem', 1],
    ])
    expect(streamed.rejected).toEqual([[2, ['CRM id "A1" appears again on line 4, which was imported instead']]])
  })

  it('counts with the note template’s fields once one note uses it, as the file then carries them', () => {
    const note = '"Pain: slow handoffs\nBudget: yes"'
    const { streamed, kept } = bothWays(
      `${HEADER}\n` + 'A1,Ana,Ben,2026-11-02,,pending,plain note\n' + `A2,Ana,Ben,2026-11-03,,accepted,${note}\n`,
    )
    expect(streamed).toEqual(kept)
    expect(streamed.carried).toContain('budgetSignal')
  })

  it('keeps no rejected row’s cells and no handoff in the parse', () => {
    const { streamedParse } = bothWays(`${HEADER}\nA1,,Ben,2026-11-02,,pending,\nA2,Ana,Ben,2026-11-03,,accepted,\n`)
    expect(streamedParse.handoffs).toEqual([])
    expect(streamedParse.rejected).toHaveLength(1)
    expect(Object.keys(streamedParse.rejected[0]!.cells)).toEqual([])
  })

  it('counts no value readings, which only the preview shows', () => {
    const text = 'externalId,sdr,bookedAt,status,rejectionReason\nA1,Ana,2026-11-02,rejected,too small\n'
    const { streamed, kept, streamedParse } = bothWays(text)
    expect(streamed).toEqual(kept)
    expect(streamedParse.valueReadings).toEqual([])
    const whole = parseCsvExport({ fileName: 'export.csv', bytes: new TextEncoder().encode(text) }, options)
    expect(whole.valueReadings.map((v) => [v.value, v.stored, v.count])).toEqual([['too small', 'too_small', 1]])
  })
})
