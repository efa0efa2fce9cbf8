import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { getSample } from '@/db/sample-repo'
import { addScore } from '@/db/score-repo'
import { useHandoffsStore } from '@/stores/handoffs'
import { useSettingsStore } from '@/stores/settings'
import { useWeeklyStore } from '@/stores/weekly'
import type { HandoffStatus } from '@/domain/handoff'
import { aHandoff } from '../helpers/handoffs'
import { carriedMaskOf } from '@/domain/carried'
import { NO_DECISIONS } from '@/domain/metrics/not-assessed'
import { freshDatabase } from '../helpers/fresh-db'

const SDRS = ['Ana', 'Ben', 'Cy']
const STATUSES: HandoffStatus[] = ['accepted', 'rejected', 'pending']

async function seed() {
  const settings = useSettingsStore()
  await settings.save({ ...settings.settings, timeZone: 'UTC', sampleSize: 3 })
  const rows = Array.from({ length: 12 }, (_, i) =>
    toStored(
      aHandoff({
        externalId: `W47-${i}`,
        sdr: SDRS[i % 3]!,
        status: STATUSES[i % 3]!,
        respondedAt: i % 3 === 2 ? null : '2026-11-18T09:00:00.000Z',
        bookedAt: '2026-11-17T10:00:00.000Z',
      }),
      'crm',
      'UTC',
      null,
    ),
  )
  rows.push(
    toStored(
      aHandoff({
        externalId: 'W46-0',
        bookedAt: '2026-11-10T10:00:00.000Z',
        status: 'accepted',
        respondedAt: '2026-11-10T12:00:00.000Z',
      }),
      'crm',
      'UTC',
      null,
    ),
  )
  await putHandoffs(rows)
  await useHandoffsStore().refresh()
}

describe('weekly store', () => {
  beforeEach(async () => {
    freshDatabase()
    setActivePinia(createPinia())
    await useSettingsStore().load()
  })

  it('opens the latest complete week with data and computes its numbers', async () => {
    await seed()
    const store = useWeeklyStore()
    await store.open(Date.parse('2026-11-25T12:00:00Z'))
    expect(store.week).toBe('2026-W47')
    expect(store.weeks).toEqual(['2026-W47', '2026-W46'])
    expect(store.metrics).toMatchObject({
      booked: 12,
      accepted: 4,
      rejected: 4,
      pending: 4,
      acceptance: { kind: 'rate', value: 0.5 },
    })
    expect(
      store.breakdowns
        .find((b) => b.key === 'sdr')!
        .groups.map((g) => g.key)
        .sort(),
    ).toEqual(SDRS)
    expect(store.previousWeek).toBe('2026-W46')
    expect(store.nextWeek).toBeNull()
  })

  it('opens the week before when the current week already has bookings, as the huddle does', async () => {
    await seed()
    const store = useWeeklyStore()
    await store.open(Date.parse('2026-11-18T12:00:00Z'))
    expect(store.week).toBe('2026-W46')
  })

  it('draws the sample on the first visit with the sample size, and keeps it', async () => {
    await seed()
    const store = useWeeklyStore()
    await store.load('2026-W47')
    const first = store.sample!.handoffIds
    expect(first).toHaveLength(3)
    expect(await getSample('2026-W47')).toEqual({ week: '2026-W47', handoffIds: first, seed: '' })
    await store.load('2026-W46')
    await store.load('2026-W47')
    expect(store.sample!.handoffIds).toEqual(first)
  })

  it('redraws with the next salt and swaps one handoff, saving both', async () => {
    await seed()
    const store = useWeeklyStore()
    await store.load('2026-W47')
    await store.redraw()
    expect(store.sample!.seed).toBe('1')
    const drawn = store.sample!.handoffIds
    await store.swapOne(drawn[0]!)
    expect(store.sample!.handoffIds).toHaveLength(3)
    expect(store.sample!.handoffIds).not.toContain(drawn[0])
    expect((await getSample('2026-W47'))!.handoffIds).toEqual(store.sample!.handoffIds)
  })

  it('shows each sampled handoff’s score status and the week’s rubric average', async () => {
    await seed()
    const store = useWeeklyStore()
    await store.load('2026-W47')
    const id = store.sample!.handoffIds[0]!
    await addScore(
      {
        handoffId: id,
        scorer: 'Maria',
        scoredAt: '2026-11-20T10:00:00.000Z',
        rubricVersion: 1,
        criteria: {
          icp_signal: true,
          prospect_words: true,
          trigger_timing: true,
          stack_budget: false,
          complete: false,
        },
        comment: '',
      },
      '2026-W47',
    )
    await store.load('2026-W47')
    const entry = store.sampleEntries.find((e) => e.id === id)!
    expect(entry).toMatchObject({ scorers: ['Maria'], total: 3 })
    expect(store.sampleEntries.filter((e) => e.total === null)).toHaveLength(2)
    // One scored handoff is too few for an average (docs/product.md: at least 3).
    expect(store.metrics!.rubric).toEqual({ kind: 'too_few', count: 1 })
  })

  it('offers no breakdown by a field the export lacked and says what the week cannot show', async () => {
    const settings = useSettingsStore()
    await settings.save({ ...settings.settings, timeZone: 'UTC' })
    const thin = carriedMaskOf(['externalId', 'sdr', 'ae', 'bookedAt', 'crmNotes'])
    await putHandoffs(
      ['a', 'b', 'c'].map((externalId) => ({
        ...toStored(aHandoff({ externalId, bookedAt: '2026-11-17T10:00:00.000Z' }), 'crm', 'UTC', null),
        carried: thin,
      })),
    )
    await useHandoffsStore().refresh()
    const store = useWeeklyStore()
    await store.load('2026-W47')
    expect(store.breakdowns.map((b) => b.key)).toEqual(['sdr', 'ae'])
    expect(store.metrics!.acceptance).toEqual({ kind: 'not_assessed' })
    expect(store.notAssessed).toEqual([NO_DECISIONS])
  })
})
