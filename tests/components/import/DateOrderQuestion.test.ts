import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import DateOrderQuestion from '@/components/import/DateOrderQuestion.vue'

const example = { value: '06/03/2025', DMY: '6 March 2025', MDY: '3 June 2025' }
const props = { field: 'bookedAt', column: 'Created', fileName: 'deals.csv', example, remembered: null }

describe('DateOrderQuestion', () => {
  it('asks, as an alert named by the example, which reading of the column is meant', () => {
    const wrapper = mount(DateOrderQuestion, { props, attachTo: document.body })
    const dialog = wrapper.get('[role="alertdialog"]')
    expect(wrapper.get(`#${dialog.attributes('aria-labelledby')}`).text()).toBe(
      '06/03/2025: 6 March 2025 or 3 June 2025?',
    )
    expect(wrapper.get(`#${dialog.attributes('aria-describedby')}`).text()).toContain(
      'Every date in column “Created” (Booked at) of deals.csv reads both as day/month and as month/day',
    )
    wrapper.unmount()
  })

  it('answers only once an order is chosen', async () => {
    const wrapper = mount(DateOrderQuestion, { props, attachTo: document.body })
    const button = wrapper.get('button')
    expect(button.attributes()).toHaveProperty('disabled')
    await wrapper.get('input[value="DMY"]').setValue()
    await button.trigger('click')
    expect(wrapper.emitted('answer')).toEqual([['DMY']])
    wrapper.unmount()
  })

  it('preselects the order saved for this source, focused, and still waits for the answer', () => {
    const wrapper = mount(DateOrderQuestion, { props: { ...props, remembered: 'MDY' }, attachTo: document.body })
    const saved = wrapper.get<HTMLInputElement>('input[value="MDY"]').element
    expect(saved.checked).toBe(true)
    expect(document.activeElement).toBe(saved)
    expect(wrapper.emitted('answer')).toBeUndefined()
    wrapper.unmount()
  })
})
