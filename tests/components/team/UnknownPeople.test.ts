import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import UnknownPeople from '@/components/team/UnknownPeople.vue'
import ConfirmDialog from '@/components/ConfirmDialog.vue'
import { useHandoffsStore } from '@/stores/handoffs'
import { useSettingsStore } from '@/stores/settings'
import { useTeamStore } from '@/stores/team'
import { aHandoff } from '../../helpers/handoffs'
import { freshDatabase } from '../../helpers/fresh-db'

const ID = '0051x000003AbCd'
const person = { raw: ID, role: 'SDR' as const, count: 1, isId: true }

beforeEach(async () => {
  freshDatabase()
  setActivePinia(createPinia())
  await useSettingsStore().load()
  const booked = (externalId: string, sdr: string, ae: string) =>
    toStored(aHandoff({ externalId, sdr, ae, bookedAt: '2026-11-17T10:00:00.000Z' }), 'crm', 'UTC', null)
  await putHandoffs([booked('a', 'Aisha Bello', 'Carter McKay'), booked('b', ID, 'Carter McKay')])
  await useHandoffsStore().refresh()
})

describe('UnknownPeople', () => {
  it('suggests the people already in the data in the name box, by its accessible name', () => {
    const w = mount(UnknownPeople, { props: { people: [person] }, attachTo: document.body })
    const box = w.get(`input[aria-label="Person behind ${ID}"]`)
    expect(box.attributes('list')).toBe('team-names')
    expect(w.findAll('#team-names option').map((o) => o.attributes('value'))).toEqual(['Carter McKay', 'Aisha Bello'])
    w.unmount()
  })

  it('asks once, listing them, before a first naming starts the roster, and keeps them known', async () => {
    const w = mount(UnknownPeople, { props: { people: [person] }, attachTo: document.body })
    await w.get(`input[aria-label="Person behind ${ID}"]`).setValue('Priya Patel')
    await w.get(`button[aria-label="Name ${ID}"]`).trigger('click')
    const dialog = w.get('dialog[aria-label="Start a team roster?"]')
    expect(dialog.get('ul[aria-label="People who join the roster"]').text()).toContain('Carter McKay (AE)')
    expect(dialog.get('ul[aria-label="People who join the roster"]').text()).toContain('Aisha Bello (SDR)')
    expect(useTeamStore().members).toEqual([])

    // The dialog's buttons close it and the close event answers; happy-dom closes dialogs late,
    // so the test gives the answer as the dialog would.
    w.getComponent(ConfirmDialog).vm.$emit('confirm')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(w.text()).toContain(`${ID} is now Priya Patel. The team roster starts with 3 people.`)
    })
    expect(useTeamStore().members.map((m) => m.name)).toEqual(['Priya Patel', 'Carter McKay', 'Aisha Bello'])
    w.unmount()
  })

  it('saves nothing when the roster start is cancelled', async () => {
    const w = mount(UnknownPeople, { props: { people: [person] }, attachTo: document.body })
    await w.get(`input[aria-label="Person behind ${ID}"]`).setValue('Priya Patel')
    await w.get(`button[aria-label="Name ${ID}"]`).trigger('click')
    w.getComponent(ConfirmDialog).vm.$emit('cancel')
    await flushPromises()
    expect(w.find('dialog').exists()).toBe(false)
    expect(useTeamStore().members).toEqual([])
    w.unmount()
  })
})
