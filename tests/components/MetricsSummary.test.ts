import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import MetricsSummary from '@/components/MetricsSummary.vue'
import { computeMetrics } from '@/domain/metrics/metrics'
import { defaultSettings } from '@/domain/settings'
import { aHandoff } from '../helpers/handoffs'

describe('MetricsSummary', () => {
  it('keeps every rejection-reason bar inside its card when most rejections have no reason', () => {
    const rejected = (rejectionReason: 'too_small' | null) => aHandoff({ status: 'rejected', rejectionReason })
    const metrics = computeMetrics([rejected('too_small'), ...Array.from({ length: 30 }, () => rejected(null))], {
      settings: defaultSettings('Europe/Berlin'),
      asOf: Date.parse('2026-11-30T12:00:00Z'),
    })
    const wrapper = mount(MetricsSummary, { props: { metrics } })
    const widths = wrapper.findAll('.bar').map((b) => parseFloat((b.element as HTMLElement).style.width))
    expect(widths.length).toBeGreaterThan(0)
    expect(widths.every((w) => w >= 0 && w <= 100)).toBe(true)
  })
})
