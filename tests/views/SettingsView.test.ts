import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import SettingsView from '@/views/SettingsView.vue'
import { saveSettings } from '@/db/settings-repo'
import { defaultSettings } from '@/domain/settings'
import { useSettingsStore } from '@/stores/settings'
import { freshDatabase } from '../helpers/fresh-db'

describe('Settings screen', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
  })

  it('offers no form to type into until the saved settings have loaded, then shows them', async () => {
    await saveSettings(defaultSettings('America/Chicago'))
    const wrapper = mount(SettingsView)
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.text()).toContain('Loading settings')
    await useSettingsStore().load()
    await flushPromises()
    const tz = wrapper.find('input[aria-label="Team time zone"]')
    expect((tz.element as HTMLInputElement).value).toBe('America/Chicago')
  })

  /** The screen over saved default settings, with working hours chosen for response times. */
  async function choosingWorkingHours() {
    await saveSettings(defaultSettings('UTC'))
    const store = useSettingsStore()
    await store.load()
    const wrapper = mount(SettingsView)
    await flushPromises()
    await wrapper.find('input[value="working_hours"]').setValue(true)
    return { store, wrapper }
  }

  it('saves response times in working hours of an 08:30–16:30 day', async () => {
    const { store, wrapper } = await choosingWorkingHours()
    await wrapper.find('input[aria-label="Working day start"]').setValue('08:30')
    await wrapper.find('input[aria-label="Working day end"]').setValue('16:30')
    await wrapper.find('form').trigger('submit')
    // Saving reads and writes IndexedDB (fake-indexeddb), which settles outside the microtask queue.
    await vi.waitFor(() => expect(wrapper.find('[role="status"].ok-text').text()).toBe('Settings saved.'))
    expect(store.settings.responseTime).toEqual({ unit: 'working_hours', workdayStart: '08:30', workdayEnd: '16:30' })
  })

  it('refuses a working day that ends before it starts, says why beside it and keeps business days', async () => {
    const { store, wrapper } = await choosingWorkingHours()
    await wrapper.find('input[aria-label="Working day end"]').setValue('08:00')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('#err-workdayEnd').text()).toBe('The working day must end after it starts')
    expect(wrapper.text()).toContain('Not saved: 1 setting needs fixing.')
    expect(store.settings.responseTime.unit).toBe('business_days')
  })
})
