import { beforeEach, describe, expect, it } from 'vitest'
import { getSample, saveSample } from '@/db/sample-repo'
import { freshDatabase } from '../helpers/fresh-db'

describe('weekly sample repository', () => {
  beforeEach(() => {
    freshDatabase()
  })

  it('has no sample for a week never drawn', async () => {
    expect(await getSample('2026-W47')).toBeNull()
  })

  it('saves one sample per week, a redraw replacing the first draw', async () => {
    await saveSample({ week: '2026-W47', handoffIds: ['a', 'b'], seed: '' })
    await saveSample({ week: '2026-W47', handoffIds: ['c', 'd'], seed: '1' })
    await saveSample({ week: '2026-W46', handoffIds: ['x'], seed: '' })
    expect(await getSample('2026-W47')).toEqual({ week: '2026-W47', handoffIds: ['c', 'd'], seed: '1' })
    expect(await getSample('2026-W46')).toEqual({ week: '2026-W46', handoffIds: ['x'], seed: '' })
  })
})
