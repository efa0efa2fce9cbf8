import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import NoteTemplatePanel from '@/components/settings/NoteTemplatePanel.vue'
import { NOTE_TEMPLATE } from '@/domain/import/note-template'

describe('NoteTemplatePanel', () => {
  it('shows the template SDRs copy', () => {
    const w = mount(NoteTemplatePanel)
    expect(w.get('[aria-label="Handoff note template"]').text()).toContain('Discovery:')
    expect(w.get('[aria-label="Handoff note template"]').text()).toContain('Budget:')
  })

  it('copies the template with the Copy button', async () => {
    const copied: string[] = []
    const w = mount(NoteTemplatePanel, { props: { writeText: async (t: string) => void copied.push(t) } })
    await w.get('button').trigger('click')
    await flushPromises()
    expect(copied).toEqual([NOTE_TEMPLATE])
    expect(w.text()).toContain('Template copied.')
  })

  it('previews how a pasted note is read, field by field', async () => {
    const w = mount(NoteTemplatePanel)
    await w.get('textarea').setValue('Spoke with Dana.\nTrigger: new CFO\nBudget: 40k')
    const preview = w.get('[aria-label="How the import reads this note"]')
    expect(preview.findAll('dt').map((d) => d.text())).toEqual(['Trigger event', 'Budget signal', 'CRM notes'])
    expect(preview.findAll('dd').map((d) => d.text())).toEqual(['new CFO', '40k', 'Spoke with Dana.'])
  })

  it('says when a pasted note uses no label', async () => {
    const w = mount(NoteTemplatePanel)
    await w.get('textarea').setValue('Interested, wants demo')
    expect(w.text()).toContain('No label found')
  })
})
