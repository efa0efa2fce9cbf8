import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { hashString, seededRandom, shuffled } from '@/domain/random'

const take = (random: () => number, n: number): number[] => Array.from({ length: n }, () => random())

describe('seededRandom', () => {
  it('yields the same sequence for the same seed', () => {
    expect(take(seededRandom('2026-W47'), 5)).toEqual(take(seededRandom('2026-W47'), 5))
  })

  it('yields a different sequence for a different seed', () => {
    expect(take(seededRandom('2026-W47'), 5)).not.toEqual(take(seededRandom('2026-W48'), 5))
  })

  it('always returns numbers in [0, 1)', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        return take(seededRandom(seed), 20).every((x) => x >= 0 && x < 1)
      }),
    )
  })
})

describe('hashString', () => {
  it('returns an unsigned 32-bit integer', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const h = hashString(s)
        return Number.isInteger(h) && h >= 0 && h <= 0xffffffff
      }),
    )
  })
})

describe('shuffled', () => {
  it('keeps every item exactly once and leaves the input untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        const before = [...items]
        const out = shuffled(items, seededRandom(seed))
        expect(items).toEqual(before)
        expect([...out].sort()).toEqual([...items].sort())
      }),
    )
  })
})
