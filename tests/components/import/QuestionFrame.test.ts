import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import QuestionFrame from '@/components/import/QuestionFrame.vue'

describe('QuestionFrame', () => {
  it('is named by its title and described by the text it is given', () => {
    const wrapper = mount(QuestionFrame, {
      props: { role: 'alertdialog', titleId: 'q-title', describedBy: 'q-text' },
      slots: { title: 'Which date order?', default: '<p id="q-text">Every date reads both ways.</p>' },
    })
    const frame = wrapper.get('[role="alertdialog"]')
    expect(frame.attributes('aria-labelledby')).toBe('q-title')
    expect(frame.attributes('aria-describedby')).toBe('q-text')
    expect(wrapper.get('#q-title').element.tagName).toBe('H3')
    expect(wrapper.get('#q-title').text()).toBe('Which date order?')
    expect(wrapper.get('#q-text').text()).toBe('Every date reads both ways.')
  })

  it('says nothing it was not given: a region beside the form has no description', () => {
    const wrapper = mount(QuestionFrame, {
      props: { role: 'region', titleId: 'd-title' },
      slots: { title: 'Does column “Status” hold the decision?' },
    })
    const frame = wrapper.get('[role="region"]')
    expect(frame.attributes('aria-labelledby')).toBe('d-title')
    expect(frame.attributes()).not.toHaveProperty('aria-describedby')
  })
})
