import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import MetricsSummary from '@/components/MetricsSummary.vue'
import { computeMetrics } from '@/domain/metrics/metrics'
import { DEFAULT_RESPONSE_TIME, defaultSettings } from '@/domain/settings'
import { aHandoff } from '../helpers/handoffs'

describe('MetricsSummary', () => {
  it('keeps every rejection-reason bar inside its card when most rejections have no reason', () => {
    const rejected = (rejectionReason: 'too_small' | null) => aHandoff({ status: 'rejected', rejectionReason })
    const metrics = computeMetrics([rejected('too_small'), ...Array.from({ length: 30 }, () => rejected(null))], {
      settings: defaultSettings('Europe/Berlin'),
      asOf: Date.parse('2026-11-30T12:00:00Z'),
    })
    const wrapper = mount(MetricsSummary, { props: { metrics, responseTime: DEFAULT_RESPONSE_TIME } })
    const widths = wrapper.findAll('.bar').map((b) => parseFloat((b.element as HTMLElement).style.width))
    expect(widths.length).toBeGreaterThan(0)
    expect(widths.every((w) => w >= 0 && w <= 100)).toBe(true)
  })

  it.each([
    ['business days', DEFAULT_RESPONSE_TIME, '0.2 business days'],
    [
      'working hours',
      { unit: 'working_hours', workdayStart: '09:00', workdayEnd: '17:00' } as const,
      '5.5 working hours (09:00–17:00)',
    ],
  ])('shows the median response in %s, as the settings measure it', (_, responseTime, text) => {
    // Tuesday 17 Nov 2026, 09:30 → 15:00 in Berlin (UTC+1).
    const answered = aHandoff({
      bookedAt: '2026-11-17T08:30:00.000Z',
      status: 'accepted',
      respondedAt: '2026-11-17T14:00:00.000Z',
    })
    const metrics = computeMetrics([answered], {
      settings: { ...defaultSettings('Europe/Berlin'), responseTime },
      asOf: Date.parse('2026-11-30T12:00:00Z'),
    })
    const wrapper = mount(MetricsSummary, { props: { metrics, responseTime } })
    expect(wrapper.text()).toContain(`Median response${text}`)
    expect(wrapper.text()).not.toContain('business hours')
  })

  it('says how many rejections have no feedback apart from vague feedback, in muted words', () => {
    const rejected = (aeFeedback: string) => aHandoff({ status: 'rejected', rejectionReason: 'too_small', aeFeedback })
    const metrics = computeMetrics([rejected('not qualified'), rejected(''), rejected('  ')], {
      settings: defaultSettings('Europe/Berlin'),
      asOf: Date.parse('2026-11-30T12:00:00Z'),
    })
    const wrapper = mount(MetricsSummary, { props: { metrics, responseTime: DEFAULT_RESPONSE_TIME } })
    expect(wrapper.get('.warn.small').text()).toBe('1 rejection with vague feedback (33.3% of 3 rejections).')
    expect(wrapper.get('.muted.small').text()).toBe('2 rejections with no feedback at all (not counted as vague).')
  })
})
