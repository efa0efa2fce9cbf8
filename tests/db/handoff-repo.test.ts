import { beforeEach, describe, expect, it } from 'vitest'
import {
  countHandoffs,
  clearAllData,
  dataRange,
  getHandoff,
  handoffPages,
  newestHandoffs,
  putHandoffs,
  recomputeWeeks,
  toStored,
} from '@/db/handoff-repo'
import { loadSettings, saveSettings } from '@/db/settings-repo'
import { defaultSettings } from '@/domain/settings'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

describe('handoff repository', () => {
  beforeEach(() => {
    freshDatabase()
  })

  it('stores a handoff under its source and CRM id with the week it was booked in', async () => {
    await putHandoffs([toStored(aHandoff({ externalId: '006A' }), 'salesforce', 'Europe/Berlin', 1)])
    expect(await getHandoff('salesforce::006A')).toMatchObject({
      externalId: '006A',
      importSource: 'salesforce',
      week: '2026-W47',
    })
  })

  it('keeps one record per source and CRM id: the key is made of them', async () => {
    const a = toStored(aHandoff({ externalId: 'X', company: 'Old' }), 'hubspot', 'UTC', 1)
    await putHandoffs([a])
    await putHandoffs([toStored({ ...a, company: 'New' }, 'hubspot', 'UTC', 2)])
    expect(await countHandoffs()).toBe(1)
    expect((await getHandoff('hubspot::X'))?.company).toBe('New')
  })

  it('reports the count and the booking date range from indexes', async () => {
    await putHandoffs([
      toStored(aHandoff({ bookedAt: '2026-06-01' }), 'demo', 'UTC', 1),
      toStored(aHandoff({ bookedAt: '2026-11-20T09:00:00.000Z' }), 'demo', 'UTC', 1),
    ])
    expect(await dataRange()).toEqual({ count: 2, first: '2026-06-01', last: '2026-11-20T09:00:00.000Z' })
  })

  it('re-derives weeks when the team moves to another time zone', async () => {
    await putHandoffs([
      toStored(aHandoff({ externalId: 'late', bookedAt: '2026-11-22T23:30:00.000Z' }), 'demo', 'UTC', 1),
    ])
    expect((await getHandoff('demo::late'))?.week).toBe('2026-W47')
    expect(await recomputeWeeks('Europe/Berlin')).toBe(1)
    expect((await getHandoff('demo::late'))?.week).toBe('2026-W48')
  })

  it('clears all handoffs but keeps the settings', async () => {
    await saveSettings({ ...defaultSettings('Asia/Tokyo'), slaWindowDays: 2 })
    await putHandoffs([toStored(aHandoff(), 'demo', 'UTC', 1)])
    await clearAllData()
    expect((await dataRange()).count).toBe(0)
    expect((await loadSettings()).slaWindowDays).toBe(2)
  })
})

describe('reading handoffs in pages', () => {
  beforeEach(() => {
    freshDatabase()
  })

  it('gives the newest bookings first from the index', async () => {
    await putHandoffs(
      ['2026-01-05', '2026-03-02', '2026-02-02'].map((d, i) =>
        toStored(aHandoff({ externalId: `N${i}`, bookedAt: d }), 'demo', 'UTC', 1),
      ),
    )
    expect((await newestHandoffs(2)).map((h) => h.bookedAt)).toEqual(['2026-03-02', '2026-02-02'])
  })

  it('reads every handoff exactly once across pages', async () => {
    await putHandoffs(
      Array.from({ length: 23 }, (_, i) => toStored(aHandoff({ externalId: `P${i}` }), 'demo', 'UTC', 1)),
    )
    const seen: string[] = []
    for await (const page of handoffPages(5)) seen.push(...page.map((h) => h.id))
    expect(seen).toHaveLength(23)
    expect(new Set(seen).size).toBe(23)
  })
})
