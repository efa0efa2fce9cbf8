import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import TimeZonePicker from '@/components/settings/TimeZonePicker.vue'

// A winter Monday: Berlin is on CET (UTC+01:00).
const NOW = Date.parse('2026-11-30T09:00:00Z')

function picker(initial = 'Europe/Berlin') {
  const value = ref(initial)
  const Host = defineComponent({
    setup: () => () =>
      h(TimeZonePicker, {
        modelValue: value.value,
        'onUpdate:modelValue': (v: string) => (value.value = v),
        label: 'Team time zone',
      }),
  })
  const wrapper = mount(Host, { attachTo: document.body })
  return { wrapper, value, input: wrapper.get('input[role="combobox"]') }
}
const optionTexts = (w: ReturnType<typeof picker>['wrapper']) =>
  w.findAll('[role="option"]').map((o) => o.get('.city').text())

describe('TimeZonePicker', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  it('is a combobox named for what it sets, showing the zone and its offset now', () => {
    const { input, wrapper } = picker()
    expect(input.attributes('aria-label')).toBe('Team time zone')
    expect(input.attributes('aria-expanded')).toBe('false')
    expect((input.element as HTMLInputElement).value).toBe('Europe/Berlin')
    expect(wrapper.text()).toContain('Now UTC+01:00, Central European Standard Time')
  })

  it('finds a city typed in words and picks it with the keyboard', async () => {
    const { input, value } = picker()
    await input.setValue('new york')
    expect(input.attributes('aria-expanded')).toBe('true')
    await input.trigger('keydown', { key: 'Enter' })
    expect(value.value).toBe('America/New_York')
    expect(input.attributes('aria-expanded')).toBe('false')
  })

  it('moves through the matches with the arrow keys, announcing the active one', async () => {
    const { input, wrapper, value } = picker()
    await input.setValue('+05:30')
    expect(optionTexts(wrapper).length).toBeGreaterThan(0)
    await input.trigger('keydown', { key: 'ArrowDown' })
    const activeId = input.attributes('aria-activedescendant')!
    expect(wrapper.get(`#${CSS.escape(activeId)}`).attributes('aria-selected')).toBe('true')
    await input.trigger('keydown', { key: 'Enter' })
    expect(value.value).not.toBe('Europe/Berlin')
  })

  it('picks with the mouse, by abbreviation', async () => {
    const { input, wrapper, value } = picker()
    await input.setValue('ist')
    await wrapper.findAll('[role="option"]')[0]!.trigger('mousedown')
    expect(['Asia/Calcutta', 'Asia/Kolkata']).toContain(value.value)
  })

  it('says what to try when nothing matches, and Escape closes the list', async () => {
    const { input, wrapper } = picker()
    await input.setValue('Olympus Mons')
    expect(wrapper.text()).toContain('No time zone matches “Olympus Mons”')
    await input.trigger('keydown', { key: 'Escape' })
    expect(input.attributes('aria-expanded')).toBe('false')
  })

  it('keeps a typed IANA name, corrected to its own spelling when it leaves the field', async () => {
    const { input, value } = picker()
    await input.setValue(' america/chicago ')
    await input.trigger('blur')
    expect(value.value).toBe('America/Chicago')
  })
})
