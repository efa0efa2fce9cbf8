import { describe, expect, it } from 'vitest'
import { createRng, hashString, mulberry32 } from '@/domain/demo/prng'

describe('demo prng', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRng('seed')
    const b = createRng('seed')
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(Array.from({ length: 20 }, () => b.next()))
  })

  it('hashes different strings to different seeds', () => {
    expect(hashString('a')).not.toBe(hashString('b'))
    expect(hashString('')).toBeGreaterThanOrEqual(0)
  })

  it('stays in [0, 1) and picks integers within both bounds', () => {
    const next = mulberry32(42)
    const rng = createRng('bounds')
    const floats = Array.from({ length: 1000 }, () => next())
    const ints = new Set(Array.from({ length: 1000 }, () => rng.int(1, 3)))
    expect(floats.every((f) => f >= 0 && f < 1)).toBe(true)
    expect([...ints].sort()).toEqual([1, 2, 3])
  })

  it('picks by weight and never picks a zero weight', () => {
    const rng = createRng('weights')
    const picks = Array.from({ length: 500 }, () =>
      rng.weighted([
        ['never', 0],
        ['a', 1],
        ['b', 3],
      ] as const),
    )
    expect(picks).not.toContain('never')
    expect(picks.filter((p) => p === 'b').length).toBeGreaterThan(picks.filter((p) => p === 'a').length)
  })
})
