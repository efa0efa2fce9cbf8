import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ReasonRulesEditor from '@/components/ReasonRulesEditor.vue'
import { loadReasonRules, saveReasonRules } from '@/db/reason-rules-repo'
import { freshDatabase } from '../helpers/fresh-db'

async function mounted() {
  const wrapper = mount(ReasonRulesEditor, { attachTo: document.body })
  await flushPromises()
  return wrapper
}
const button = (w: Awaited<ReturnType<typeof mounted>>, name: string) =>
  w.findAll('button').find((b) => b.text() === name)!

describe('Reason rules editor', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
  })

  it('shows every default rule as words a manager can read, with no regular expression', async () => {
    const w = await mounted()
    const words = w.findAll('textarea.words').map((i) => (i.element as HTMLTextAreaElement).value)
    expect(words.length).toBeGreaterThan(5)
    expect(words.join(' ')).not.toMatch(/[\\/|()[\]]/)
    expect(w.text()).not.toContain('Advanced pattern')
  })

  it('saves typed words and uses them: a new rule finds its phrase as a whole phrase', async () => {
    const w = await mounted()
    await button(w, 'Add rule').trigger('click')
    const inputs = w.findAll('textarea.words')
    await inputs.at(-1)!.setValue(' under 50 employees ,  tiny ')
    await w.findAll('select').at(-1)!.setValue('too_small')
    await button(w, 'Save reason rules').trigger('click')
    await vi.waitFor(() => expect(w.text()).toContain('Reason rules saved.'))
    expect((await loadReasonRules()).at(-1)).toEqual({ pattern: 'under 50 employees, tiny', reason: 'too_small' })
  })

  it('refuses to save a rule without a word and says which', async () => {
    const w = await mounted()
    await button(w, 'Add rule').trigger('click')
    await button(w, 'Save reason rules').trigger('click')
    await flushPromises()
    expect(w.text()).toContain('Not saved: 1 rule needs fixing.')
    expect(w.text()).toContain('Type at least one word or phrase')
    expect(w.findAll('textarea.words').at(-1)!.attributes('aria-invalid')).toBe('true')
  })

  it('shows an older plain alternation as words', async () => {
    await saveReasonRules([{ pattern: '/too small|tiny/', reason: 'too_small' }])
    const w = await mounted()
    expect((w.get('textarea.words').element as HTMLTextAreaElement).value).toBe('too small, tiny')
  })

  it('keeps an older complex pattern read-only, working, and replaceable by words', async () => {
    await saveReasonRules([
      { pattern: '/^dq[ -]?size$/', reason: 'too_small' },
      { pattern: 'duplicate', reason: 'duplicate_or_existing' },
    ])
    const w = await mounted()
    const advanced = w.get('[aria-label="Advanced pattern of rule 1"]')
    expect(advanced.text()).toContain('/^dq[ -]?size$/')
    expect(advanced.find('input').exists()).toBe(false)

    await w.get('input[aria-label="Try a rejection text"]').setValue('DQ-Size')
    expect(w.get('[aria-label="Reason for the text tried"]').text()).toBe('Too small, by rule 1')

    await button(w, 'Replace with words…').trigger('click')
    await flushPromises()
    const input = w.get('textarea[aria-label="Words of rule 1"]')
    expect(document.activeElement).toBe(input.element)
    await input.setValue('dq size')
    await button(w, 'Save reason rules').trigger('click')
    await vi.waitFor(() => expect(w.text()).toContain('Reason rules saved.'))
    expect(await loadReasonRules()).toEqual([
      { pattern: 'dq size', reason: 'too_small' },
      { pattern: 'duplicate', reason: 'duplicate_or_existing' },
    ])
    w.unmount()
  })
})
