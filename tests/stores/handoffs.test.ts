import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { useHandoffsStore } from '@/stores/handoffs'
import { useSettingsStore } from '@/stores/settings'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

describe('handoffs store', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
  })

  it('shows the newest page first and then every handoff of a large table', async () => {
    await useSettingsStore().load()
    const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString()
    await putHandoffs(
      Array.from({ length: 1200 }, (_, i) =>
        toStored(aHandoff({ externalId: `L${i}`, bookedAt: day(i) }), 'demo', 'UTC', 1),
      ),
    )
    const store = useHandoffsStore()
    const seenFirstPage: number[] = []
    const stop = store.$subscribe(() => {
      if (store.loading) seenFirstPage.push(store.rows.length)
    })
    await store.refresh()
    stop()
    expect(seenFirstPage[0]).toBe(500)
    expect(store.rows).toHaveLength(1200)
    expect(store.loading).toBeNull()
    expect(store.range.count).toBe(1200)
  })

  it('lets a newer refresh win over one still running', async () => {
    await useSettingsStore().load()
    await putHandoffs([toStored(aHandoff({ externalId: 'A' }), 'demo', 'UTC', 1)])
    const store = useHandoffsStore()
    const first = store.refresh()
    await putHandoffs([toStored(aHandoff({ externalId: 'B' }), 'demo', 'UTC', 1)])
    await Promise.all([first, store.refresh()])
    expect(store.rows.map((r) => r.id).sort()).toEqual(['demo::A', 'demo::B'])
    expect(store.isLoading).toBe(false)
  })
})
