import { describe, expect, it } from 'vitest'
import { averageOf, formatAverage, formatRate, rateOf, rateValue } from '@/domain/assessed'

describe('rates over assessed handoffs', () => {
  it('reads 25 of 40 as 62.5% of 40 assessed', () => {
    expect(formatRate(rateOf(25, 40), { withBase: true })).toBe('62.5% of 40 assessed')
  })

  it('shows a dash when the rate could be assessed but its base is empty', () => {
    expect(formatRate(rateOf(0, 0))).toBe('—')
    expect(rateValue(rateOf(0, 0))).toBeNull()
  })

  it('says "not in this export", never 0%, when the export could not show it', () => {
    expect(formatRate(rateOf(0, 40, false))).toBe('not in this export')
    expect(rateValue(rateOf(0, 40, false))).toBeNull()
  })
})

describe('averages', () => {
  it('needs at least three values and shows how many', () => {
    expect(formatAverage(averageOf(13.6, 4), { outOf: 5 })).toBe('3.4 / 5 from 4 scored')
  })

  it('says too few to say from one or two values', () => {
    expect(formatAverage(averageOf(4, 1), { outOf: 5 })).toBe('too few to say (1 scored)')
    expect(formatAverage(averageOf(0, 0))).toBe('too few to say')
  })

  it('says not in this export when nothing could be scored', () => {
    expect(formatAverage(averageOf(0, 0, false))).toBe('not in this export')
  })
})
