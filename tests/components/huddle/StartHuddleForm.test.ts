import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import StartHuddleForm from '@/components/huddle/StartHuddleForm.vue'

const people = { sdrs: ['Ana Silva', 'Cy Park'], aes: ['Ben Ode'] }
const remembered = { week: '2026-W46', facilitator: 'Maya Lind', attendees: ['Ana Silva', 'Ben Ode', 'Lee (RevOps)'] }

function form(props: Record<string, unknown> = {}) {
  return mount(StartHuddleForm, { props: { week: '2026-W47', defaultDate: '2026-11-24', people, ...props } })
}
const ticked = (w: ReturnType<typeof form>) =>
  w
    .findAll('label.chip')
    .filter((l) => (l.get('input').element as HTMLInputElement).checked)
    .map((l) => l.text())

describe('StartHuddleForm', () => {
  it("fills in the last huddle's facilitator and attendees, and says where they come from", () => {
    const w = form({ remembered })
    expect((w.get('input[aria-label="Facilitator"]').element as HTMLInputElement).value).toBe('Maya Lind')
    expect(ticked(w)).toEqual(['Ana Silva', 'Ben Ode', 'Lee (RevOps)'])
    expect(w.text()).toContain('filled in from the huddle of 2026-W46')
  })

  it('starts with what was filled in, as edited', async () => {
    const w = form({ remembered })
    await w.get('input[aria-label="Facilitator"]').setValue('Ana Silva')
    const lee = w.findAll('label.chip').find((l) => l.text() === 'Lee (RevOps)')!
    await lee.get('input').setValue(false)
    await w.get('form').trigger('submit')
    expect(w.emitted('start')).toEqual([
      [{ date: '2026-11-24', facilitator: 'Ana Silva', attendees: ['Ana Silva', 'Ben Ode'] }],
    ])
    expect(w.findAll('label.chip').map((l) => l.text())).toContain('Lee (RevOps)')
  })

  it('starts empty before the first huddle', () => {
    const w = form()
    expect((w.get('input[aria-label="Facilitator"]').element as HTMLInputElement).value).toBe('')
    expect(ticked(w)).toEqual([])
    expect(w.text()).not.toContain('filled in')
  })
})
