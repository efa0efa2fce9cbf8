import { describe, expect, it } from 'vitest'
import { metricsCsv, scorecardsCsv, METRICS_CSV_HEADERS } from '@/domain/export/metrics-csv'
import { scorecards } from '@/domain/trends/scorecards'
import { tallyOf, weeklyTallies } from '@/domain/trends/tally'
import { aFact } from '../trends/helpers'

const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l !== '')

describe('metricsCsv', () => {
  const weeks = ['2026-W46', '2026-W47']
  const facts = [
    aFact({ week: '2026-W46', status: 'accepted' }),
    aFact({ week: '2026-W47', status: 'rejected', reason: 'too_small' }),
  ]

  it('writes a row per week and a total, rates as percentages, with a BOM for Excel', () => {
    const csv = metricsCsv(weeks, weeklyTallies(facts, weeks), tallyOf(facts))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = lines(csv)
    expect(rows).toHaveLength(4)
    expect(rows[0]!.split(',')).toHaveLength(METRICS_CSV_HEADERS.length)
    expect(rows[1]!.startsWith('2026-W46,1,1,0,0,100,')).toBe(true)
    expect(rows[3]!.startsWith('Total,2,1,1,0,50,')).toBe(true)
  })

  it('leaves a rate empty when there is none', () => {
    const rows = lines(metricsCsv(['2026-W48'], weeklyTallies([], ['2026-W48']), tallyOf([])))
    expect(rows[1]!.startsWith('2026-W48,0,0,0,0,,')).toBe(true)
  })
})

describe('scorecardsCsv', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+1+2', `"'+1+2"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['\ncmd', `"'\ncmd"`],
  ])('neutralises a name that starts a formula: %j', (name, cell) => {
    // Named directly: scorecards trim names, and a CSV export must be safe whatever it is given.
    const rows = scorecards([aFact({ sdr: 'x' })], 'sdr', ['2026-W47']).map((r) => ({ ...r, key: name, name }))
    const csv = scorecardsCsv([{ dimension: 'sdr', rows }])
    expect(csv).toContain(`\r\nSDR,${cell},1,1,0,0,100,`)
  })

  it('writes every dimension into one file with a Dimension column', () => {
    const facts = [aFact({ sdr: 'Ana', ae: 'Ben' })]
    const csv = scorecardsCsv([
      { dimension: 'sdr', rows: scorecards(facts, 'sdr', ['2026-W47']) },
      { dimension: 'partner', rows: scorecards(facts, 'partner', ['2026-W47']) },
    ])
    expect(lines(csv).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'Dimension,Name',
      'SDR,Ana',
      'Partner,In-house',
    ])
  })
})
