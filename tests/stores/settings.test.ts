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

describe('settings store: the team roster', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
  })

  const dana = { name: 'Dana Reyes', role: 'SDR' as const, partner: '', aliases: ['0051x000003AbCd'] }

  it('shows stored handoffs under the person once their id is named', async () => {
    const store = useSettingsStore()
    await store.load()
    await putHandoffs([
      toStored(
        aHandoff({ externalId: 'a', sdr: '0051x000003AbCd', bookedAt: '2026-11-23' }),
        'salesforce',
        'UTC',
        null,
      ),
    ])
    expect(await store.save({ ...store.settings, team: [dana] })).toEqual({ ok: true })
    expect(await getHandoff('salesforce::a')).toMatchObject({ sdr: 'Dana Reyes', sdrRaw: '0051x000003AbCd' })
  })

  it('shows the id again when the person is taken off the roster', async () => {
    const store = useSettingsStore()
    await store.load()
    await store.save({ ...store.settings, team: [dana] })
    await putHandoffs([
      toStored(
        aHandoff({ externalId: 'a', sdr: '0051x000003AbCd', bookedAt: '2026-11-23' }),
        'salesforce',
        'UTC',
        null,
      ),
    ])
    await store.save({ ...store.settings, team: [dana] })
    await store.save({ ...store.settings, team: [] })
    const h = await getHandoff('salesforce::a')
    expect(h?.sdr).toBe('0051x000003AbCd')
    expect(h?.sdrRaw).toBeUndefined()
  })

  it('keeps the roster across a reload', async () => {
    const store = useSettingsStore()
    await store.load()
    await store.save({ ...store.settings, team: [dana] })
    expect((await loadSettings()).team).toEqual([dana])
  })
})
