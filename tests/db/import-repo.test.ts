import { beforeEach, describe, expect, it } from 'vitest'
import { commitImport, importHistory, lastUndoableRun, planImport, undoRun, type RunMeta } from '@/db/import-repo'
import { getHandoff, putHandoffs, toStored } from '@/db/handoff-repo'
import type { HuddleDatabase } from '@/db/database'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

const meta = (over: Partial<RunMeta> = {}): RunMeta => ({
  fileName: 'export.csv',
  fileSize: 100,
  sha256: 'abc',
  mapping: null,
  rows: 0,
  rejected: 0,
  startedAt: new Date().toISOString(),
  ...over,
})

describe('import repository', () => {
  let database: HuddleDatabase
  beforeEach(() => {
    database = freshDatabase()
  })

  it('classifies rows as new, updated and unchanged against what is stored', async () => {
    await putHandoffs([
      toStored(aHandoff({ externalId: 'same', company: 'Acme' }), 'hubspot', 'UTC', 1),
      toStored(aHandoff({ externalId: 'changed', status: 'pending' }), 'hubspot', 'UTC', 1),
    ])
    const stored = await getHandoff('hubspot::same')
    const plan = await planImport(
      [
        { line: 2, handoff: { ...stored!, company: 'Acme' } },
        { line: 3, handoff: aHandoff({ externalId: 'changed', status: 'accepted' }) },
        { line: 4, handoff: aHandoff({ externalId: 'fresh' }) },
      ],
      'hubspot',
      'UTC',
    )
    expect(plan.counts).toEqual({ new: 1, updated: 1, unchanged: 1 })
  })

  it('lets the later of two rows with the same CRM id win', async () => {
    const plan = await planImport(
      [
        { line: 2, handoff: aHandoff({ externalId: 'dup', status: 'pending' }) },
        { line: 3, handoff: aHandoff({ externalId: 'dup', status: 'accepted' }) },
      ],
      'csv',
      'UTC',
    )
    await commitImport(plan, meta({ rows: 2 }))
    expect((await getHandoff('csv::dup'))?.status).toBe('accepted')
  })

  it('records the run and undoes it: added rows removed, updated rows restored', async () => {
    await putHandoffs([toStored(aHandoff({ externalId: 'old', status: 'pending' }), 'sf', 'UTC', null)])
    const plan = await planImport(
      [
        { line: 2, handoff: aHandoff({ externalId: 'old', status: 'rejected' }) },
        { line: 3, handoff: aHandoff({ externalId: 'new' }) },
      ],
      'sf',
      'UTC',
    )
    const run = await commitImport(plan, meta({ rows: 2 }))
    expect(await importHistory()).toHaveLength(1)
    expect((await lastUndoableRun())?.id).toBe(run.id)
    expect((await getHandoff('sf::old'))?.status).toBe('rejected')

    expect(await undoRun(run.id!)).toEqual({ removed: 1, restored: 1 })
    expect(await getHandoff('sf::new')).toBeUndefined()
    expect((await getHandoff('sf::old'))?.status).toBe('pending')
    expect(await lastUndoableRun()).toBeUndefined()
  })

  it('re-importing the same rows changes nothing', async () => {
    const rows = [1, 2, 3].map((i) => ({ line: i + 1, handoff: aHandoff({ externalId: `R${i}` }) }))
    await commitImport(await planImport(rows, 'csv', 'UTC'), meta({ rows: 3 }))
    const again = await planImport(rows, 'csv', 'UTC')
    expect(again.counts).toEqual({ new: 0, updated: 0, unchanged: 3 })
  })

  it('keeps nothing of a cancelled import', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({ line: i + 2, handoff: aHandoff({ externalId: `C${i}` }) }))
    const controller = new AbortController()
    const plan = await planImport(rows, 'csv', 'UTC')
    const commit = commitImport(plan, meta({ rows: 2500 }), {
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 1000) controller.abort()
      },
    })
    await expect(commit).rejects.toThrow(/cancelled/)
    expect(await database.handoffs.count()).toBe(0)
    expect(await database.importRuns.count()).toBe(0)
  })
})
