import { describe, expect, it } from 'vitest'
import { metricsCsv, metricsCsvHeaders, scorecardsCsv } from '@/domain/export/metrics-csv'
import { DEFAULT_RESPONSE_TIME as DAYS, type ResponseTimeMeasure } from '@/domain/settings'
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
    const csv = metricsCsv(weeks, weeklyTallies(facts, weeks), tallyOf(facts), DAYS)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = lines(csv)
    expect(rows).toHaveLength(4)
    expect(rows[0]!.split(',')).toHaveLength(metricsCsvHeaders(DAYS).length)
    expect(rows[1]!.startsWith('2026-W46,1,1,0,0,100,')).toBe(true)
    expect(rows[3]!.startsWith('Total,2,1,1,0,50,')).toBe(true)
  })

  it('leaves a rate empty when there is none', () => {
    const rows = lines(metricsCsv(['2026-W48'], weeklyTallies([], ['2026-W48']), tallyOf([]), DAYS))
    expect(rows[1]!.startsWith('2026-W48,0,0,0,0,,')).toBe(true)
  })

  it.each([
    [DAYS, 'Median AE response (business days)', 36, '1.5'],
    [
      { unit: 'working_hours', workdayStart: '09:00', workdayEnd: '17:00' } satisfies ResponseTimeMeasure,
      'Median AE response (working hours of 09:00–17:00)',
      6.5,
      '6.5',
    ],
  ] as const)(
    'names the response unit in the header and writes the median in it: %j',
    (measure, header, hours, cell) => {
      const one = [aFact({ week: '2026-W46', status: 'accepted', responseHours: hours })]
      const rows = lines(metricsCsv(['2026-W46'], weeklyTallies(one, ['2026-W46']), tallyOf(one), measure))
      const column = rows[0]!.split(',').indexOf(header)
      expect(column).toBeGreaterThan(0)
      expect(rows[0]).not.toContain('business hours')
      expect(rows[1]!.split(',')[column]).toBe(cell)
    },
  )
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
    const csv = scorecardsCsv([{ dimension: 'sdr', rows }], DAYS)
    expect(csv).toContain(`\r\nSDR,${cell},1,1,0,0,100,`)
  })

  it('writes every dimension into one file with a Dimension column', () => {
    const facts = [aFact({ sdr: 'Ana', ae: 'Ben' })]
    const csv = scorecardsCsv(
      [
        { dimension: 'sdr', rows: scorecards(facts, 'sdr', ['2026-W47']) },
        { dimension: 'partner', rows: scorecards(facts, 'partner', ['2026-W47']) },
      ],
      DAYS,
    )
    expect(lines(csv).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'Dimension,Name',
      'SDR,Ana',
      'Partner,In-house',
    ])
  })
})

describe('metricsCsv, feedback', () => {
  it('counts no feedback written apart from vague feedback', () => {
    const facts = [
      aFact({ status: 'rejected', reason: 'other', isVague: true }),
      aFact({ status: 'rejected', reason: 'other', hasNoFeedback: true }),
      aFact({ status: 'rejected', reason: 'other', hasNoFeedback: true }),
    ]
    const rows = lines(metricsCsv(['2026-W47'], weeklyTallies(facts, ['2026-W47']), tallyOf(facts), DAYS))
    const headers = rows[0]!.split(',')
    const cells = rows[1]!.split(',')
    expect(cells[headers.indexOf('Vague feedback')]).toBe('1')
    expect(cells[headers.indexOf('No feedback')]).toBe('2')
  })
})
