// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { carriedMaskOf } from '@/domain/carried'
import type { HandoffField } from '@/domain/handoff'
import { handoffFacts } from '@/domain/trends/facts'
import { seriesOfTallies } from '@/domain/trends/series'
import { ratesOf, tallyOf, weeklyTallies } from '@/domain/trends/tally'
import { quarterComparison } from '@/domain/trends/comparison'
import { offeredDimensions } from '@/domain/trends/scorecards'
import { rejectionPredictors } from '@/domain/trends/predictors'
import { chartCsv, predictorsCsv } from '@/domain/trends/trend-csv'
import { metricsCsv } from '@/domain/export/metrics-csv'
import { DEFAULT_RESPONSE_TIME } from '@/domain/settings'
import { settings, weeked } from './helpers'

const asOf = Date.parse('2026-12-01T00:00:00.000Z')
const BASE: HandoffField[] = ['externalId', 'sdr', 'ae', 'bookedAt']
const carrying = (...fields: HandoffField[]) => carriedMaskOf([...BASE, ...fields])
const W46 = '2026-W46'
const W47 = '2026-W47'
const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l !== '')

/** Facts of handoffs of one import carrying `mask`, booked in W47 unless given. */
const factsOf = (mask: number, rows: Parameters<typeof weeked>[0][]) =>
  handoffFacts(
    rows.map((r) => weeked({ carried: mask, ...r })),
    { settings, asOf },
  ).facts

describe('Trends on an export without a decision column', () => {
  const facts = factsOf(carrying('crmNotes'), [{}, {}, { week: W46, bookedAt: '2026-11-10T10:00:00.000Z' }])
  const tallies = weeklyTallies(facts, [W46, W47])
  const series = seriesOfTallies(tallies, [W46, W47])

  it('shows acceptance and on time as not assessed, never as 0 %', () => {
    const rates = ratesOf(tallyOf(facts))
    expect(rates.acceptanceRate).toEqual({ kind: 'not_assessed' })
    expect(rates.onTimeRate).toEqual({ kind: 'not_assessed' })
    expect(series.acceptance.datasets[0]!.data).toEqual([null, null])
    expect(series.onTime.datasets[0]!.data).toEqual([null, null])
  })

  it('says what to add to the export instead of drawing the rate', () => {
    expect(series.acceptance.notAssessedNote).toMatch(/^Your export has no AE decision/)
    expect(series.onTime.notAssessedNote).toMatch(/^Your export has no AE decision/)
    expect(series.acceptance.weekNotes).toEqual(['not in this export', 'not in this export'])
  })

  it('stacks the bookings as "No decision in the export", not as pending', () => {
    const byKey = Object.fromEntries(series.volume.datasets.map((d) => [d.key, d.data]))
    expect(byKey).toMatchObject({ pending: [0, 0], noDecision: [1, 2] })
  })

  it('leaves the CSV cells empty and says why in a Note column', () => {
    const rows = lines(chartCsv(series.onTime))
    expect(rows[0]).toBe('Week,On-time SLA rate (%),On time,Late,Open overdue,Note')
    expect(rows[1]).toBe(`${W46},,,,,not in this export`)
  })

  it('leaves the metrics CSV counts it cannot know empty and names them', () => {
    const rows = lines(metricsCsv([W47], [tallies[1]!], tallies[1]!, DEFAULT_RESPONSE_TIME))
    const cells = rows[1]!.split(',')
    expect(cells.slice(0, 6)).toEqual([W47, '2', '', '', '', ''])
    expect(rows[1]).toContain('Not in this export: decisions')
  })

  it('puts the predictors aside with the note', () => {
    const table = rejectionPredictors({ requiredFields: settings.requiredFields, facts }, () => 'Q4', ['Q4'])
    expect(table.notAssessedNote).toMatch(/^Your export has no AE decision/)
  })
})

describe('Trends on an export without a decision time', () => {
  const facts = factsOf(carrying('status', 'crmNotes'), [
    { status: 'accepted', respondedAt: '2026-11-17T11:00:00.000Z' },
    { status: 'pending' },
  ])

  it('shows acceptance, counts the overdue, and leaves the on-time rate not assessed', () => {
    const t = tallyOf(facts)
    expect(t).toMatchObject({ accepted: 1, openOverdue: 1, onTime: 0, late: 0 })
    const rates = ratesOf(t)
    expect(rates.acceptanceRate).toMatchObject({ kind: 'rate', value: 1, base: 1 })
    expect(rates.onTimeRate).toEqual({ kind: 'not_assessed' })
    const series = seriesOfTallies([t], [W47])
    expect(series.onTime.notAssessedNote).toMatch(/^Your export has no decision time/)
  })
})

describe('Trends on an export without the package', () => {
  const facts = factsOf(carrying('status', 'respondedAt'), [{ status: 'accepted', crmNotes: '' }, {}])

  it('counts no handoff incomplete and shows the incomplete rate as not assessed', () => {
    const t = tallyOf(facts)
    expect(t).toMatchObject({ incomplete: 0, checked: 0 })
    expect(ratesOf(t).incompleteRate).toEqual({ kind: 'not_assessed' })
    expect(seriesOfTallies([t], [W47]).incomplete.notAssessedNote).toMatch(/package fields/)
  })

  it('marks each checklist field a predictor row cannot show as not in this export', () => {
    const table = rejectionPredictors({ requiredFields: settings.requiredFields, facts }, () => 'Q4', ['Q4'])
    expect(table.rows.filter((r) => r.kind === 'field').every((r) => r.isNotAssessed)).toBe(true)
    expect(table.rows.filter((r) => r.kind === 'criterion').some((r) => r.isNotAssessed)).toBe(false)
    expect(lines(predictorsCsv(table, [{ key: 'Q4', label: 'Q4', weeks: 1, ofWeeks: 13 }]))[1]).toBe(
      'CRM notes,checklist,,,,,,not in this export',
    )
  })
})

describe('the quarter comparison on thin exports', () => {
  it('says "not in this export" where a quarter could not show a rate, and gives no change', () => {
    const thin = tallyOf(factsOf(carrying('crmNotes'), [{}]))
    const full = tallyOf(factsOf(carrying('status', 'respondedAt', 'crmNotes'), [{ status: 'accepted' }]))
    const acceptance = quarterComparison(thin, full).find((r) => r.key === 'acceptanceRate')!
    expect(acceptance).toMatchObject({
      current: null,
      currentNote: 'not in this export',
      previousNote: null,
      delta: null,
    })
  })

  it('says "—" without a note for a quarter with no bookings', () => {
    const rows = quarterComparison(tallyOf([]), tallyOf([]))
    expect(rows.every((r) => r.currentNote === null && r.previousNote === null)).toBe(true)
  })
})

describe('scorecard dimensions', () => {
  it('offers no scorecard by a field no export in the range carried', () => {
    const t = tallyOf(factsOf(carrying('status', 'campaign'), [{}]))
    expect(offeredDimensions(t)).toEqual(['sdr', 'ae', 'campaign'])
  })
})
