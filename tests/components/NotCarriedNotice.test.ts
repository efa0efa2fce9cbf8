import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import NotCarriedNotice from '@/components/NotCarriedNotice.vue'
import BreachesSection from '@/components/huddle/BreachesSection.vue'
import { notCarriedMessage } from '@/domain/carried'

const stubs = { RouterLink: RouterLinkStub }

describe('NotCarriedNotice', () => {
  it('says what the export did not carry and points to the note template', () => {
    const w = mount(NotCarriedNotice, {
      props: { message: notCarriedMessage(['discoverySummary']) },
      global: { stubs },
    })
    expect(w.get('[role="note"]').text()).toContain(
      'Your export has no Discovery summary column: add it to the report, or use the handoff note template',
    )
    expect(w.findComponent(RouterLinkStub).props('to')).toBe('/settings')
  })

  it('shows nothing when the export carried the checklist', () => {
    expect(
      mount(NotCarriedNotice, { props: { message: null }, global: { stubs } })
        .find('[role="note"]')
        .exists(),
    ).toBe(false)
  })
})

describe('the huddle SLA section on an export without the package', () => {
  it('says once that the export has no discovery summary, with no SDR in breach for it', () => {
    const w = mount(BreachesSection, {
      props: {
        groups: [],
        vague: [],
        nameOf: (_: 'SDR' | 'AE', name: string) => name,
        isBlameless: false,
        notCarried: notCarriedMessage(['discoverySummary']),
      },
      global: { stubs },
    })
    expect(w.findAll('[role="note"]')).toHaveLength(1)
    expect(w.text().match(/has no Discovery summary/g)).toHaveLength(1)
    expect(w.text()).not.toContain('Discovery summary missing')
  })
})
