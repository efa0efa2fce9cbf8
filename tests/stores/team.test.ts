import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useHandoffsStore } from '@/stores/handoffs'
import { useSettingsStore } from '@/stores/settings'
import { useTeamStore } from '@/stores/team'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

describe('team store', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
    vi.useFakeTimers({ now: Date.parse('2026-11-25T12:00:00Z'), toFake: ['Date'] })
  })
  afterEach(() => vi.useRealTimers())

  it('shows the handoffs table under the person as soon as an id from an import is named', async () => {
    await useSettingsStore().load()
    await putHandoffs([
      toStored(
        aHandoff({ externalId: 'a', sdr: '0051x000003AbCeAAF', bookedAt: '2026-11-23T10:00:00.000Z' }),
        'salesforce',
        'UTC',
        null,
      ),
    ])
    const handoffs = useHandoffsStore()
    await handoffs.refresh()
    expect(handoffs.rows.map((r) => r.sdr)).toEqual(['0051x000003AbCeAAF'])

    expect(await useTeamStore().name('0051x000003AbCeAAF', 'Priya Patel', 'SDR')).toEqual({ ok: true })
    expect(handoffs.rows.map((r) => r.sdr)).toEqual(['Priya Patel'])
  })
})
