import { DEFAULT_RESPONSE_TIME } from '@/domain/settings'
import { describe, expect, it } from 'vitest'
import { quarterComparison } from '@/domain/trends/comparison'
import { rejectionPredictors } from '@/domain/trends/predictors'
import { quarterColumns } from '@/domain/trends/quarter-columns'
import { trendSeries } from '@/domain/trends/series'
import { tallyOf } from '@/domain/trends/tally'
import { chartCsv, comparisonCsv, predictorsCsv } from '@/domain/trends/trend-csv'
import { aFact } from './helpers'

/** The file's records without the byte order mark, split into cells (no quoted commas here). */
const recordsOf = (csv: string): string[][] =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','))

describe('chartCsv', () => {
  it('holds every series the volume chart draws and the Booked total, one row per week', () => {
    const s = trendSeries(
      [aFact({ status: 'accepted' }), aFact({ status: 'rejected' }), aFact({ week: '2026-W48', status: 'pending' })],
      ['2026-W47', '2026-W48'],
    )
    expect(recordsOf(chartCsv(s.volume))).toEqual([
      ['Week', 'Booked', 'Accepted', 'Rejected', 'Pending'],
      ['2026-W47', '2', '1', '1', '0'],
      ['2026-W48', '1', '0', '0', '1'],
    ])
  })

  it('holds the on-time rate with the late and overdue counts behind it, an empty cell for no rate', () => {
    const s = trendSeries([aFact({ sla: 'on_time' }), aFact({ sla: 'late' })], ['2026-W47', '2026-W48'])
    expect(recordsOf(chartCsv(s.onTime))).toEqual([
      ['Week', 'On-time SLA rate (%)', 'On time', 'Late', 'Open overdue'],
      ['2026-W47', '50', '1', '1', '0'],
      ['2026-W48', '', '0', '0', '0'],
    ])
  })

  it('names a percentage column by its unit once', () => {
    const s = trendSeries([aFact({ status: 'rejected', reason: 'too_small' })], ['2026-W47'])
    expect(recordsOf(chartCsv(s.reasons))[0]).toEqual(['Week', 'Too small (%)', 'Rejected'])
  })

  it('starts with a byte order mark so a spreadsheet reads it as UTF-8', () => {
    expect(chartCsv(trendSeries([], ['2026-W47']).acceptance).startsWith('\uFEFF')).toBe(true)
  })
})

describe('comparisonCsv', () => {
  it('writes a row per measure with rates as percentages and the change in points', () => {
    const now = tallyOf([aFact({ status: 'accepted' }), aFact({ status: 'accepted' }), aFact({ status: 'rejected' })])
    const before = tallyOf([aFact({ status: 'accepted' }), aFact({ status: 'rejected' })])
    const records = recordsOf(
      comparisonCsv(quarterComparison(now, before), 'Q3 FY2026', 'Q4 FY2026', DEFAULT_RESPONSE_TIME),
    )
    expect(records[0]).toEqual(['Measure', 'Q3 FY2026', 'Q4 FY2026', 'Change (points for rates)'])
    expect(records[1]).toEqual(['Booked', '2', '3', '1'])
    expect(records[2]).toEqual(['Acceptance rate (%)', '50', '66.7', '16.7'])
  })

  it('gives response times in the unit the settings say, and says it in the label', () => {
    const responded = (hours: number) => aFact({ status: 'accepted', sla: 'on_time', responseHours: hours })
    const rows = quarterComparison(tallyOf([responded(36)]), tallyOf([responded(12)]))
    const records = recordsOf(comparisonCsv(rows, 'Q3', 'Q4', DEFAULT_RESPONSE_TIME))
    const response = records.find((r) => r[0]!.startsWith('Median AE response'))
    expect(response).toEqual(['Median AE response (business days)', '0.5', '1.5', '1'])
  })

  it('neutralises a quarter name a spreadsheet could run as a formula', () => {
    const csv = comparisonCsv([], '=HYPERLINK("x")', 'Q4', DEFAULT_RESPONSE_TIME)
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
  })
})

describe('predictorsCsv', () => {
  const facts = [
    ...Array.from({ length: 5 }, () => aFact({ week: '2026-W37', status: 'accepted' })),
    aFact({ week: '2026-W38', status: 'rejected', missingMask: 1 }),
  ]
  const table = rejectionPredictors({ requiredFields: ['crmNotes'], facts }, () => 'FY2026-Q3', ['FY2026-Q3'], 5)
  const columns = quarterColumns(table.quarters, ['2026-W37', '2026-W38', '2026-W39'], 1)

  it('names the columns by the weeks the range really covers', () => {
    const [headers] = recordsOf(predictorsCsv(table, columns))
    expect(headers!.slice(0, 4)).toEqual([
      'Field or rubric criterion',
      'Kind',
      '2026-W37–W39 · 3 of 13 weeks of Q3 FY2026: accepted with it (%)',
      '2026-W37–W39 · 3 of 13 weeks of Q3 FY2026: decided with it',
    ])
  })

  it('leaves a rate from fewer than five decided handoffs empty and gives the count', () => {
    const [, notes] = recordsOf(predictorsCsv(table, columns))
    expect(notes).toEqual(['CRM notes', 'checklist', '100', '5', '', '1', ''])
  })
})
