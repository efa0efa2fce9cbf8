import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useHandoffsStore } from '@/stores/handoffs'
import { useSettingsStore } from '@/stores/settings'
import { useTeamStore } from '@/stores/team'
import { allHandoffs, putHandoffs, toStored } from '@/db/handoff-repo'
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

  it('keeps the names already in the data known once naming an id starts the roster', async () => {
    await useSettingsStore().load()
    const booked = (externalId: string, sdr: string, ae: string) =>
      toStored(aHandoff({ externalId, sdr, ae, bookedAt: '2026-11-23T10:00:00.000Z' }), 'crm', 'UTC', null)
    await putHandoffs([booked('a', 'Aisha Bello', 'Carter McKay'), booked('b', '0051x000003AbCeAAF', 'Carter McKay')])
    const handoffs = useHandoffsStore()
    await handoffs.refresh()
    const team = useTeamStore()
    expect(team.suggestions).toEqual(['Carter McKay', 'Aisha Bello'])

    const joiners = team.joinersFor(team.namedRoster('0051x000003AbCeAAF', 'Priya Patel', 'SDR'))
    expect(joiners.map((m) => `${m.name} (${m.role})`)).toEqual(['Carter McKay (AE)', 'Aisha Bello (SDR)'])
    expect(await team.name('0051x000003AbCeAAF', 'Priya Patel', 'SDR', { joiners })).toEqual({ ok: true })

    expect(team.unknownAmong(await allHandoffs())).toEqual([])
    expect(team.members.map((m) => m.name)).toEqual(['Priya Patel', 'Carter McKay', 'Aisha Bello'])
  })
})
