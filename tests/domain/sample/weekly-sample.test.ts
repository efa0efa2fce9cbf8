import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { HandoffStatus } from '@/domain/handoff'
import { seededRandom, shuffled } from '@/domain/random'
import { drawSample, nextSalt, redraw, swapOne, type SampleCandidate } from '@/domain/sample/weekly-sample'

const h = (id: string, sdr: string, status: HandoffStatus = 'pending'): SampleCandidate => ({ id, sdr, status })

/** `count` handoffs spread over the given SDRs, all with one status unless listed. */
const week = (count: number, sdrs: string[], status: HandoffStatus = 'pending'): SampleCandidate[] =>
  Array.from({ length: count }, (_, i) => h(`h${String(i).padStart(2, '0')}`, sdrs[i % sdrs.length]!, status))

const candidatesArb = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 5 }),
    sdr: fc.constantFrom('ana', 'ben', 'cho', 'dev', 'eli'),
    status: fc.constantFrom<HandoffStatus>('pending', 'accepted', 'rejected'),
  }),
  { selector: (c) => c.id, maxLength: 30 },
)
const weekArb = fc.constantFrom('2026-W01', '2026-W47', '2027-W10')
const sizeArb = fc.integer({ min: 0, max: 12 })
const saltArb = fc.constantFrom('', '1', '2', 'x')

const sdrCounts = (ids: string[], all: SampleCandidate[]): Map<string, number> => {
  const counts = new Map([...new Set(all.map((c) => c.sdr))].map((s) => [s, 0]))
  for (const id of ids) {
    const sdr = all.find((c) => c.id === id)!.sdr
    counts.set(sdr, counts.get(sdr)! + 1)
  }
  return counts
}

describe('drawSample properties', () => {
  it('draws the same ids for the same week, salt and handoffs in any order', () => {
    fc.assert(
      fc.property(candidatesArb, weekArb, sizeArb, saltArb, fc.integer(), (all, w, size, salt, seed) => {
        const reordered = shuffled(all, seededRandom(String(seed)))
        expect(drawSample(reordered, w, size, salt)).toEqual(drawSample(all, w, size, salt))
      }),
    )
  })

  it('never draws an id twice', () => {
    fc.assert(
      fc.property(candidatesArb, weekArb, sizeArb, saltArb, (all, w, size, salt) => {
        const ids = drawSample(all, w, size, salt)
        expect(new Set(ids).size).toBe(ids.length)
      }),
    )
  })

  it('draws min(size, available) ids, all from the input', () => {
    fc.assert(
      fc.property(candidatesArb, weekArb, sizeArb, (all, w, size) => {
        const ids = drawSample(all, w, size)
        expect(ids.length).toBe(Math.min(size, all.length))
        expect(ids.every((id) => all.some((c) => c.id === id))).toBe(true)
      }),
    )
  })

  it('includes an accepted and a rejected handoff whenever the week has them and size allows two', () => {
    fc.assert(
      fc.property(candidatesArb, weekArb, fc.integer({ min: 2, max: 12 }), saltArb, (all, w, size, salt) => {
        const statuses = new Set(drawSample(all, w, size, salt).map((id) => all.find((c) => c.id === id)!.status))
        if (all.some((c) => c.status === 'accepted')) expect(statuses.has('accepted')).toBe(true)
        if (all.some((c) => c.status === 'rejected')) expect(statuses.has('rejected')).toBe(true)
      }),
    )
  })

  it('draws a decided handoff into a sample of one when the week has any', () => {
    fc.assert(
      fc.property(candidatesArb, weekArb, (all, w) => {
        fc.pre(all.some((c) => c.status !== 'pending'))
        const [id] = drawSample(all, w, 1)
        expect(all.find((c) => c.id === id)!.status).not.toBe('pending')
      }),
    )
  })

  it('never takes an SDR twice while another SDR is unrepresented, unless that SDR alone holds both decided statuses', () => {
    fc.assert(
      fc.property(candidatesArb, weekArb, sizeArb, saltArb, (all, w, size, salt) => {
        const counts = sdrCounts(drawSample(all, w, size, salt), all)
        const someoneLeftOut = [...counts.values()].some((n) => n === 0)
        for (const [sdr, n] of counts) {
          if (n < 2 || !someoneLeftOut) continue
          const decidedOwners = new Set(all.filter((c) => c.status !== 'pending').map((c) => c.sdr))
          const holdsBoth = (['accepted', 'rejected'] as const).every((s) =>
            all.some((c) => c.sdr === sdr && c.status === s),
          )
          expect({ sdr, n, soleDecidedOwner: decidedOwners.size === 1 && holdsBoth }).toEqual({
            sdr,
            n: 2,
            soleDecidedOwner: true,
          })
        }
      }),
    )
  })
})

describe('drawSample examples', () => {
  it('draws five by default', () => {
    expect(drawSample(week(12, ['ana', 'ben']), '2026-W47')).toHaveLength(5)
  })

  it('returns ids sorted by id', () => {
    const ids = drawSample(week(12, ['ana', 'ben', 'cho']), '2026-W47')
    expect(ids).toEqual([...ids].sort())
  })

  it('draws differently in a different week', () => {
    const all = week(30, ['ana', 'ben', 'cho'])
    expect(drawSample(all, '2026-W47')).not.toEqual(drawSample(all, '2026-W48'))
  })

  it('returns an empty sample for an empty week', () => {
    expect(drawSample([], '2026-W47')).toEqual([])
  })

  it('puts the accepted and the rejected on different SDRs when the data allow it', () => {
    const all = [h('a1', 'ana', 'accepted'), h('a2', 'ana', 'rejected'), h('b1', 'ben', 'accepted'), h('b2', 'ben')]
    expect(drawSample(all, '2026-W47', 2).sort()).toEqual(['a2', 'b1'])
  })
})

describe('redraw', () => {
  it('moves to the next salt', () => {
    expect([nextSalt(''), nextSalt('1'), nextSalt('9'), nextSalt('x')]).toEqual(['1', '2', '10', 'x.1'])
  })

  it('draws what drawSample draws with the next salt', () => {
    const all = week(30, ['ana', 'ben', 'cho'])
    expect(redraw(all, '2026-W47', 5, '')).toEqual({ salt: '1', ids: drawSample(all, '2026-W47', 5, '1') })
  })

  it('gives a different sample than the first draw', () => {
    const all = week(30, ['ana', 'ben', 'cho'])
    expect(redraw(all, '2026-W47').ids).not.toEqual(drawSample(all, '2026-W47'))
  })
})

describe('swapOne', () => {
  it('replaces the removed id in place with one not already in the sample', () => {
    fc.assert(
      fc.property(candidatesArb, weekArb, saltArb, fc.nat(), (all, w, salt, pick) => {
        const sample = drawSample(all, w, 5, salt)
        fc.pre(sample.length > 0 && all.length > sample.length)
        const removeId = sample[pick % sample.length]!
        const swapped = swapOne(sample, removeId, all, w, salt)
        expect(swapped).toHaveLength(sample.length)
        expect(swapped).not.toContain(removeId)
        expect(new Set(swapped).size).toBe(swapped.length)
        expect(swapped.filter((id, i) => id !== sample[i])).toHaveLength(1)
      }),
    )
  })

  it('picks the same replacement every time for the same input', () => {
    const all = week(20, ['ana', 'ben', 'cho'])
    const sample = drawSample(all, '2026-W47')
    expect(swapOne(sample, sample[0]!, all, '2026-W47')).toEqual(
      swapOne(sample, sample[0]!, [...all].reverse(), '2026-W47'),
    )
  })

  it("prefers a handoff from the removed handoff's SDR", () => {
    const all = [h('a1', 'ana'), h('a2', 'ana'), h('b1', 'ben'), h('b2', 'ben'), h('c1', 'cho'), h('c2', 'cho')]
    expect(swapOne(['a1', 'b1', 'c1'], 'b1', all, '2026-W47')).toEqual(['a1', 'b2', 'c1'])
  })

  it('keeps a rejected handoff in the sample when the only one is swapped out', () => {
    const all = [h('a1', 'ana', 'rejected'), h('a2', 'ana'), h('b1', 'ben', 'accepted'), h('c1', 'cho', 'rejected')]
    expect(swapOne(['a1', 'b1'], 'a1', all, '2026-W47')).toEqual(['c1', 'b1'])
  })

  it('returns the sample unchanged when the id is not in it', () => {
    expect(swapOne(['a1', 'b1'], 'zz', [h('a1', 'ana'), h('b1', 'ben'), h('c1', 'cho')], '2026-W47')).toEqual([
      'a1',
      'b1',
    ])
  })

  it('drops the id when nothing is left to pick', () => {
    expect(swapOne(['a1', 'b1'], 'a1', [h('a1', 'ana'), h('b1', 'ben')], '2026-W47')).toEqual(['b1'])
  })
})
