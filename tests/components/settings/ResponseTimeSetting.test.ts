import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ResponseTimeSetting from '@/components/settings/ResponseTimeSetting.vue'
import { DEFAULT_RESPONSE_TIME, type ResponseTimeMeasure } from '@/domain/settings'

/** The setting with its v-model wired as a parent form would. */
function mounted(modelValue: ResponseTimeMeasure = DEFAULT_RESPONSE_TIME, errors: Record<string, string> = {}) {
  const wrapper = mount(ResponseTimeSetting, {
    props: {
      modelValue,
      errors,
      'onUpdate:modelValue': (value: ResponseTimeMeasure): void => {
        void wrapper.setProps({ modelValue: value })
      },
    },
  })
  return wrapper
}

const NINE_TO_FIVE: ResponseTimeMeasure = { unit: 'working_hours', workdayStart: '09:00', workdayEnd: '17:00' }

describe('ResponseTimeSetting', () => {
  it('has business days chosen and no working day to fill in by default', () => {
    const wrapper = mounted()
    expect((wrapper.find('input[value="business_days"]').element as HTMLInputElement).checked).toBe(true)
    expect(wrapper.find('input[aria-label="Working day start"]').exists()).toBe(false)
  })

  it('asks for the working day once working hours are chosen, starting from 09:00–17:00', async () => {
    const wrapper = mounted()
    await wrapper.find('input[value="working_hours"]').setValue(true)
    expect(wrapper.props('modelValue')).toEqual(NINE_TO_FIVE)
    expect((wrapper.find('input[aria-label="Working day start"]').element as HTMLInputElement).value).toBe('09:00')
    expect((wrapper.find('input[aria-label="Working day end"]').element as HTMLInputElement).value).toBe('17:00')
  })

  it('changes only the time that was edited', async () => {
    const wrapper = mounted(NINE_TO_FIVE)
    await wrapper.find('input[aria-label="Working day start"]').setValue('08:30')
    expect(wrapper.props('modelValue')).toEqual({ ...NINE_TO_FIVE, workdayStart: '08:30' })
  })

  it('shows a message beside the end of the working day and marks it invalid', () => {
    const wrapper = mounted(NINE_TO_FIVE, { 'responseTime.workdayEnd': 'The working day must end after it starts' })
    const end = wrapper.find('input[aria-label="Working day end"]')
    expect(end.attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('#err-workdayEnd').text()).toBe('The working day must end after it starts')
  })
})
