import { describe, expect, it } from 'vitest'
import { barWidth, formatPointChange, formatResponseTime, signOf } from '@/domain/format'

describe('formatResponseTime', () => {
  it('says business days, never "business hours" of 24-hour days', () => {
    expect(formatResponseTime(99)).toBe('4.1 business days')
    expect(formatResponseTime(24)).toBe('1.0 business day')
    expect(formatResponseTime(null)).toBe('—')
  })
})

describe('signs and bars', () => {
  it('writes a change with a real minus sign', () => {
    expect(signOf(-2)).toBe('\u2212')
    expect(formatPointChange(0.5, 0.62)).toBe('\u221212 pp')
  })

  it('never draws a bar wider than its track', () => {
    expect(barWidth(30, 1)).toBe('100%')
    expect(barWidth(1, 4)).toBe('25%')
  })
})
