import Dexie from 'dexie'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportBackup, restoreBackup, type RestoreMode } from '@/db/backup-repo'
import type { HuddleDatabase } from '@/db/database'
import { injectWriteFault } from '../helpers/fault-injection'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { commitImport, planImport, type RunMeta } from '@/db/import-repo'
import { defaultSettings } from '@/domain/settings'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

/** Every row of every table: what "no partial data" is checked against. */
async function snapshot(database: HuddleDatabase): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(database.tables.map(async (t) => [t.name, await t.toArray()] as const))
  return Object.fromEntries(entries)
}

const AT = '2026-11-20T09:00:00.000Z'
const meta = (rows: number): RunMeta => ({
  fileName: 'export.csv',
  fileSize: 1,
  sha256: 'x',
  mapping: null,
  rows,
  rejected: 0,
  startedAt: AT,
})

/** A database with earlier data: 1,200 handoffs from a first run, settings and a huddle. */
async function databaseWithHistory(): Promise<HuddleDatabase> {
  const database = freshDatabase()
  await putHandoffs(
    Array.from({ length: 1200 }, (_, i) =>
      toStored(aHandoff({ externalId: `E${i}`, status: 'pending' }), 'csv', 'UTC', 1, AT),
    ),
  )
  await database.importRuns.add({
    ...meta(1200),
    importSource: 'csv',
    finishedAt: AT,
    inserted: 1200,
    updated: 0,
    unchanged: 0,
    undone: false,
  })
  await database.huddles.put({
    week: '2026-W47',
    status: 'open',
    date: '2026-11-20',
    facilitator: 'Mia',
    attendees: [],
    notes: { numbers: 'x' },
    decisions: [],
    strongHandoffId: 'csv::E1',
    weakHandoffId: null,
    elapsedSeconds: {},
    updatedAt: AT,
  })
  return database
}

/** 1,200 updates of stored rows and 1,300 new ones: undo rows, several batches, a run row. */
const importRows = () =>
  Array.from({ length: 2500 }, (_, i) => ({
    line: i + 2,
    handoff: aHandoff({ externalId: `E${i}`, status: i % 2 === 0 ? 'accepted' : 'rejected' }),
  }))

/** How many writes (DBCore mutate calls) `action` makes when nothing fails. */
async function countWrites(database: HuddleDatabase, action: () => Promise<unknown>): Promise<number> {
  const counter = injectWriteFault(database, { afterWrites: Number.MAX_SAFE_INTEGER })
  await action()
  counter.remove()
  return counter.writes
}

const quotaError = () => new Dexie.QuotaExceededError('Injected: the disk is full')

describe('an import interrupted by a failed write', () => {
  it('leaves the database exactly as it was, whichever write fails', async () => {
    const probe = await databaseWithHistory()
    const writes = await countWrites(probe, async () =>
      commitImport(await planImport(importRows(), 'csv', 'UTC'), meta(2500)),
    )
    expect(writes).toBeGreaterThan(5)

    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: writes - 1 }), async (afterWrites) => {
        const database = await databaseWithHistory()
        const before = await snapshot(database)
        const plan = await planImport(importRows(), 'csv', 'UTC')
        const fault = injectWriteFault(database, { afterWrites, error: quotaError() })
        await expect(commitImport(plan, meta(2500))).rejects.toThrow()
        expect(fault.hasFired).toBe(true)
        fault.remove()
        expect(await snapshot(database)).toEqual(before)
      }),
      { numRuns: 8, examples: [[0], [writes - 1]] },
    )
  })
})

describe('a restore interrupted by a failed write', () => {
  /** A backup of a different state: 1,500 other handoffs, settings and an action item. */
  async function otherBackup(): Promise<string> {
    const source = freshDatabase()
    await putHandoffs(
      Array.from({ length: 1500 }, (_, i) => toStored(aHandoff({ externalId: `B${i}` }), 'hubspot', 'UTC', null, AT)),
    )
    await source.actionItems.add({
      huddleWeek: '2026-W46',
      text: 'Call back',
      owner: 'Ana',
      due: null,
      doneAt: '',
      createdAt: AT,
    })
    await source.settings.put({ key: 'app', value: defaultSettings('UTC') })
    return exportBackup('0.1.0', AT)
  }

  it.each(['replace', 'merge'] satisfies RestoreMode[])(
    'leaves the database exactly as it was in %s mode',
    async (mode) => {
      const text = await otherBackup()
      const probe = await databaseWithHistory()
      const writes = await countWrites(probe, () => restoreBackup(text, mode))
      expect(writes).toBeGreaterThan(2)

      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: writes - 1 }), async (afterWrites) => {
          const database = await databaseWithHistory()
          const before = await snapshot(database)
          const fault = injectWriteFault(database, { afterWrites, error: quotaError() })
          await expect(restoreBackup(text, mode)).rejects.toThrow()
          expect(fault.hasFired).toBe(true)
          fault.remove()
          expect(await snapshot(database)).toEqual(before)
        }),
        { numRuns: 6, examples: [[0], [writes - 1]] },
      )
    },
  )
})

describe('what an import stores', () => {
  it('is the row toStored builds, week included, in any time zone', async () => {
    freshDatabase()
    const zones = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata']
    const bookedAt = fc.oneof(
      fc
        .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T23:59:59Z'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      fc
        .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(bookedAt, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...zones),
        async (dates, zone) => {
          const parsed = dates.map((b, i) => ({ line: i + 2, handoff: aHandoff({ externalId: `W${i}`, bookedAt: b }) }))
          const plan = await planImport(parsed, 'csv', zone)
          const now = plan.rows[0]!.handoff.updatedAt
          expect(plan.rows.map((r) => r.handoff)).toEqual(
            parsed.map((p) => toStored(p.handoff, 'csv', zone, null, now)),
          )
        },
      ),
      { numRuns: 40 },
    )
  })
})
