import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import BreachesSection from '@/components/huddle/BreachesSection.vue'
import type { VagueRejection } from '@/domain/huddle/breaches'

const rejection = (handoffId: string, feedback: string): VagueRejection => ({
  handoffId,
  company: `Company ${handoffId}`,
  ae: 'Max',
  sdr: 'Ana',
  reason: 'too_small',
  reasonLabel: 'Too small',
  feedback,
  verdict: feedback.trim() === '' ? 'none' : 'vague',
})

function mounted(vague: VagueRejection[]) {
  return mount(BreachesSection, {
    props: { groups: [], vague, nameOf: (_role: 'SDR' | 'AE', name: string) => name, isBlameless: false },
  })
}

describe('BreachesSection', () => {
  it('says vague feedback is not in this export, never "None this week", when the export had no feedback', () => {
    const wrapper = mount(BreachesSection, {
      props: {
        groups: [],
        vague: [],
        nameOf: (_role: 'SDR' | 'AE', name: string) => name,
        isBlameless: false,
        hasNoFeedbackColumn: true,
      },
    })
    expect(wrapper.get('[data-testid="feedback-not-in-export"]').text()).toBe('Not in this export.')
    expect(wrapper.text()).not.toContain('None this week')
  })

  it('quotes vague feedback and lists a rejection without feedback apart, in muted words, never as a quote', () => {
    const wrapper = mounted([rejection('1', 'not qualified'), rejection('2', '')])
    const quotes = wrapper.findAll('q').map((q) => q.text())
    expect(quotes).toEqual(['not qualified'])
    const none = wrapper.get('[aria-label="No feedback"]')
    expect(none.classes()).toContain('muted')
    expect(none.text()).toContain('One rejection has no feedback at all (not counted as vague)')
    expect(none.text()).toContain('Company 2 · Max · Too small')
    expect(wrapper.get('[aria-label="Vague feedback"]').text()).not.toContain('Company 2')
    expect(wrapper.text()).not.toContain('no feedback written')
  })

  it('says there is no vague feedback when the only rejections have none at all', () => {
    const wrapper = mounted([rejection('1', ''), rejection('2', ' ')])
    expect(wrapper.find('[aria-label="Vague feedback"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('None this week.')
    expect(wrapper.get('[aria-label="No feedback"]').text()).toContain('2 rejections have no feedback at all')
  })
})
