import { describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { forEachSliced, runSteps, slicer } from '@/db/slices'
import { freshDatabase } from '../helpers/fresh-db'

/** Work that takes at least `ms` of the slice's time. */
const busyFor = (ms: number) => {
  const until = performance.now() + ms
  while (performance.now() < until);
}

describe('work in slices', () => {
  it('pauses only once a slice has used up its time', async () => {
    let pauses = 0
    const breathe = slicer(async () => void pauses++)
    await breathe()
    expect(pauses).toBe(0)
    busyFor(30)
    await breathe()
    expect(pauses).toBe(1)
    await breathe()
    expect(pauses).toBe(1)
  })

  it('runs every step in order and gives what the steps return', async () => {
    const seen: number[] = []
    function* steps(): Generator<void, string> {
      for (let i = 0; i < 3; i++) {
        busyFor(30)
        seen.push(i)
        yield
      }
      return 'done'
    }
    let pauses = 0
    expect(
      await runSteps(
        steps(),
        slicer(async () => void pauses++),
      ),
    ).toBe('done')
    expect(seen).toEqual([0, 1, 2])
    expect(pauses).toBe(3)
  })

  it('visits every item of a list in order', async () => {
    const seen: number[] = []
    await forEachSliced(
      Array.from({ length: 1000 }, (_, i) => i),
      (n, i) => seen.push(n - i),
    )
    expect(seen).toEqual(new Array(1000).fill(0))
  })

  it('keeps a transaction whose scope is not async open while it breathes on its requests', async () => {
    const database = freshDatabase()
    await database.transaction('rw', [database.weekSummaries], () => {
      const breathe = slicer(() => db().weekSummaries.get(''))
      function* steps(): Generator<void, void> {
        for (let i = 0; i < 3; i++) {
          busyFor(30)
          yield
        }
      }
      return runSteps(steps(), breathe).then(() =>
        database.weekSummaries.put({ week: '2026-W47', key: 'k', asOf: 0, changesAt: null, summary: {} as never }),
      )
    })
    expect(await database.weekSummaries.count()).toBe(1)
  })
})
