import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import TeamRoster from '@/components/team/TeamRoster.vue'
import ConfirmDialog from '@/components/ConfirmDialog.vue'
import { useHandoffsStore } from '@/stores/handoffs'
import { useSettingsStore } from '@/stores/settings'
import { useTeamStore } from '@/stores/team'
import { aHandoff } from '../../helpers/handoffs'
import { freshDatabase } from '../../helpers/fresh-db'

beforeEach(async () => {
  freshDatabase()
  setActivePinia(createPinia())
  await useSettingsStore().load()
  const booked = (externalId: string, sdr: string, ae: string) =>
    toStored(aHandoff({ externalId, sdr, ae, bookedAt: '2026-11-17T10:00:00.000Z' }), 'crm', 'UTC', null)
  await putHandoffs([booked('a', 'Aisha Bello', 'Carter McKay'), booked('b', '0051x000003AbCd', 'Carter McKay')])
  await useHandoffsStore().refresh()
})

describe('TeamRoster', () => {
  it('lists who joins a roster started in Settings, and saves them with it once confirmed', async () => {
    const w = mount(TeamRoster, { attachTo: document.body })
    await w
      .findAll('button')
      .find((b) => b.text() === 'Add person')!
      .trigger('click')
    const name = w.get('input[aria-label="Name of person 1"]')
    expect(name.attributes('list')).toBe('roster-names')
    await name.setValue('Priya Patel')
    await w.get('input[aria-label="CRM ids and spellings of Priya Patel"]').setValue('0051x000003AbCd')
    await w
      .findAll('button')
      .find((b) => b.text() === 'Save team')!
      .trigger('click')
    expect(w.get('ul[aria-label="People who join the roster"]').text()).toBe('Carter McKay (AE)Aisha Bello (SDR)')
    expect(useTeamStore().members).toEqual([])

    w.getComponent(ConfirmDialog).vm.$emit('confirm')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(w.text()).toContain('Team saved: every handoff now shows these names.')
    })
    expect(useTeamStore().members.map((m) => m.name)).toEqual(['Priya Patel', 'Carter McKay', 'Aisha Bello'])
    w.unmount()
  })
})
