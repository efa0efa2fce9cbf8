import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSettingsStore } from '@/stores/settings'
import { loadSettings } from '@/db/settings-repo'
import { getHandoff, putHandoffs, toStored } from '@/db/handoff-repo'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

describe('settings store', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
  })

  it('returns messages for invalid settings and changes nothing', async () => {
    const store = useSettingsStore()
    await store.load()
    const before = store.settings
    const result = await store.save({ ...before, timeZone: 'Nowhere/Land' })
    expect(result).toEqual({ ok: false, errors: { timeZone: expect.stringContaining('IANA') } })
    expect(store.settings).toBe(before)
    expect((await loadSettings()).timeZone).toBe(before.timeZone)
  })

  it('moves handoffs to their new weeks when the time zone changes', async () => {
    const store = useSettingsStore()
    await store.load()
    await store.save({ ...store.settings, timeZone: 'UTC' })
    await putHandoffs([
      toStored(aHandoff({ externalId: 'sun', bookedAt: '2026-11-22T23:30:00.000Z' }), 'demo', 'UTC', null),
    ])
    expect(await store.save({ ...store.settings, timeZone: 'Europe/Berlin' })).toEqual({ ok: true })
    expect((await getHandoff('demo::sun'))?.week).toBe('2026-W48')
  })
})
