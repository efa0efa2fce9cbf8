import { describe, expect, it } from 'vitest'
import { sparklinePoints } from '@/domain/trends/sparkline'

describe('sparklinePoints', () => {
  it('spreads the values across the width with the highest at the top', () => {
    expect(sparklinePoints([0, 5, 10], 102, 22)).toBe('1,21 51,11 101,1')
  })

  it('draws a flat line at the bottom for all zeros and across for a single value', () => {
    expect(sparklinePoints([0, 0], 10, 10)).toBe('1,9 9,9')
    expect(sparklinePoints([3], 10, 10)).toBe('1,1 9,1')
    expect(sparklinePoints([], 10, 10)).toBe('')
  })
})
