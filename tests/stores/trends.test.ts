import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { useSettingsStore } from '@/stores/settings'
import { useTrendsStore } from '@/stores/trends'
import { aHandoff } from '../helpers/handoffs'
import { carriedMaskOf } from '@/domain/carried'
import { NO_DECISION_TIME } from '@/domain/metrics/not-assessed'
import { scoreByLee } from '../helpers/scores'
import { freshDatabase } from '../helpers/fresh-db'

// Wednesday 2026-11-18 12:00 UTC: the current week is 2026-W47.
const NOW = Date.parse('2026-11-18T12:00:00.000Z')
const all = { icp_signal: true, prospect_words: true, trigger_timing: true, stack_budget: true, complete: true }

async function seed() {
  const settings = useSettingsStore()
  await settings.save({ ...settings.settings, timeZone: 'UTC' })
  const rows = [
    aHandoff({
      externalId: 'a',
      sdr: 'Ana',
      status: 'accepted',
      bookedAt: '2026-11-16T10:00:00.000Z',
      respondedAt: '2026-11-16T12:00:00.000Z',
    }),
    aHandoff({
      externalId: 'b',
      sdr: 'Ana',
      status: 'rejected',
      bookedAt: '2026-11-09T10:00:00.000Z',
      respondedAt: '2026-11-12T12:00:00.000Z',
    }),
    aHandoff({
      externalId: 'c',
      sdr: 'Bo',
      status: 'accepted',
      bookedAt: '2026-07-07T10:00:00.000Z',
      respondedAt: '2026-07-07T12:00:00.000Z',
    }),
    aHandoff({ externalId: 'old', sdr: 'Cy', status: 'accepted', bookedAt: '2025-01-07T10:00:00.000Z' }),
  ].map((h) => toStored(h, 'crm', 'UTC', null))
  await putHandoffs(rows)
  await scoreByLee('crm::a', all)
}

describe('trends store', () => {
  beforeEach(async () => {
    freshDatabase()
    setActivePinia(createPinia())
    await seed()
  })

  it('reads the last 13 weeks and prepares every chart from them', async () => {
    const trends = useTrendsStore()
    await trends.reload(NOW)
    expect(trends.weeks).toHaveLength(13)
    expect(trends.weeks[12]).toBe('2026-W47')
    expect(trends.total.booked).toBe(2)
    expect(trends.series.volume.datasets[0]!.data.slice(-2)).toEqual([0, 1])
    // One score is too few for an average (docs/product.md): a gap that says so, not a 5.
    expect(trends.series.rubric.datasets[0]!.data[12]).toBeNull()
    expect(trends.series.rubric.weekNotes?.[12]).toBe('too few to say')
    expect(trends.scorecardsOf('sdr').map((r) => [r.name, r.booked])).toEqual([['Ana', 2]])
  })

  it('compares this quarter with the last one, reading the weeks it needs', async () => {
    const trends = useTrendsStore()
    await trends.reload(NOW)
    expect(trends.quarters).toEqual({ current: 'FY2026-Q4', previous: 'FY2026-Q3' })
    const booked = trends.comparison.find((r) => r.key === 'booked')!
    expect([booked.current, booked.previous]).toEqual([2, 1])
  })

  it('updates every series when the range changes', async () => {
    const trends = useTrendsStore()
    await trends.reload(NOW)
    await trends.setRange({ kind: 'fiscalQuarter', quarter: 'FY2026-Q3' })
    expect(trends.weeks[0]).toBe('2026-W27')
    expect(trends.scorecardsOf('sdr').map((r) => r.name)).toEqual(['Bo'])
    expect(trends.predictors.quarters).toEqual(['FY2026-Q3'])
    await trends.setRange({ kind: 'custom', from: '2025-W01', to: '2025-W03' })
    expect(trends.series.volume.labels).toEqual(['2025-W01', '2025-W02', '2025-W03'])
    expect(trends.total.booked).toBe(1)
  })

  it('says why a custom range shows nothing', async () => {
    const trends = useTrendsStore()
    await trends.setRange({ kind: 'custom', from: '2026-W10', to: '2026-W01' })
    expect(trends.weeks).toEqual([])
    expect(trends.problem).toBe('The first week must not be after the last week.')
  })
})

describe('trends store on a thin export', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
  })

  it('offers scorecards only by what the exports carried and says what the range cannot show', async () => {
    const settings = useSettingsStore()
    await settings.save({ ...settings.settings, timeZone: 'UTC' })
    const thin = carriedMaskOf(['externalId', 'sdr', 'ae', 'bookedAt', 'status', 'campaign'])
    await putHandoffs(
      ['x', 'y'].map((externalId) => ({
        ...toStored(
          aHandoff({ externalId, status: 'accepted', bookedAt: '2026-11-16T10:00:00.000Z' }),
          'crm',
          'UTC',
          null,
        ),
        carried: thin,
      })),
    )
    const trends = useTrendsStore()
    await trends.reload(NOW)
    expect(trends.dimensions).toEqual(['sdr', 'ae', 'campaign'])
    expect(trends.notAssessed).toEqual([NO_DECISION_TIME])
    expect(trends.series.onTime.notAssessedNote).toBe(NO_DECISION_TIME)
  })
})
