import { beforeEach, describe, expect, it } from 'vitest'
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
})
