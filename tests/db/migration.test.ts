import Dexie, { type IndexableType } from 'dexie'
import { describe, expect, it } from 'vitest'
import { HuddleDatabase, setDatabase } from '@/db/database'
import { toStored } from '@/db/handoff-repo'
import { undoRun } from '@/db/import-repo'
import { toFacts } from '@/domain/handoff-facts'
import { decodeBlock } from '@/db/fact-block-codec'
import { defaultSettings } from '@/domain/settings'
import { aHandoff } from '../helpers/handoffs'
import { carriedFieldsOf } from '@/domain/carried'

/**
 * The v1 schema as it shipped, copied here on purpose: database.ts may only ever ADD versions,
 * and this test proves that data written by v1 is still found by the newest schema.
 */
const V1_STORES = {
  handoffs: 'id, &[importSource+externalId], week, [week+sdr], sdr, ae, status, bookedAt, importRunId',
  importRuns: '++id, startedAt, importSource',
  importUndo: '[runId+handoffId], runId',
  settings: 'key',
  icpVersions: '++id, effectiveWeek',
  rubricScores: '++id, handoffId, week, scorer',
  weeklySamples: 'week',
  huddles: 'week, status',
  actionItems: '++id, huddleWeek, doneAt, owner',
  mappings: 'importSource',
}

const AT = '2026-11-20T09:00:00.000Z'
const h1 = toStored(
  aHandoff({ externalId: 'A-1', sdr: 'Ana Silva', ae: 'Ben Ode', status: 'accepted' }),
  'hubspot',
  'Europe/Berlin',
  1,
  AT,
)
const h2 = toStored(
  aHandoff({ externalId: 'A-2', sdr: 'Raj Patel', status: 'rejected', rejectionReason: 'too_small' }),
  'hubspot',
  'Europe/Berlin',
  1,
  AT,
)
const h3 = toStored(
  aHandoff({ externalId: '00Q5e00001AbCdEfGh', bookedAt: '2026-11-16' }),
  'salesforce',
  'Europe/Berlin',
  null,
  AT,
)

/** At least one record per v1 table, every indexed field filled. */
const FIXTURES: Record<keyof typeof V1_STORES, object[]> = {
  handoffs: [h1, h2, h3],
  importRuns: [
    {
      id: 1,
      fileName: 'hubspot.csv',
      fileSize: 2048,
      sha256: 'ab'.repeat(32),
      importSource: 'hubspot',
      startedAt: AT,
      finishedAt: AT,
      rows: 3,
      inserted: 2,
      updated: 1,
      unchanged: 0,
      rejected: 0,
      mapping: { version: 1 },
      undone: false,
    },
  ],
  importUndo: [{ runId: 1, handoffId: h2.id, before: { ...h2, status: 'pending', rejectionReason: null } }],
  settings: [{ key: 'app', value: defaultSettings('Europe/Berlin') }],
  icpVersions: [
    {
      id: 1,
      effectiveWeek: '2026-W40',
      icp: { minCompanySize: 50, targetIndustries: ['Software'], influenceLevels: ['decision_maker'] },
      createdAt: AT,
      note: 'Q4',
    },
  ],
  rubricScores: [
    {
      id: 1,
      handoffId: h1.id,
      week: h1.week,
      scorer: 'Mia',
      scoredAt: AT,
      rubricVersion: 1,
      criteria: { pain: true, timing: false },
      comment: 'Good',
    },
  ],
  weeklySamples: [{ week: h1.week, handoffIds: [h1.id, h2.id], seed: 'seed-1', updatedAt: AT }],
  huddles: [
    {
      week: h1.week,
      status: 'finished',
      date: '2026-11-20',
      facilitator: 'Mia',
      attendees: ['Ana Silva', 'Ben Ode'],
      notes: { numbers: 'Acceptance up' },
      decisions: ['Stop booking below 50 staff'],
      strongHandoffId: h1.id,
      weakHandoffId: h2.id,
      elapsedSeconds: { numbers: 420 },
      updatedAt: AT,
    },
  ],
  actionItems: [
    {
      id: 1,
      huddleWeek: h1.week,
      text: 'Add budget line to template',
      owner: 'Ana Silva',
      due: '2026-11-27',
      doneAt: '',
      createdAt: AT,
    },
    { id: 2, huddleWeek: h1.week, text: 'Review no-shows', owner: 'Ben Ode', due: null, doneAt: AT, createdAt: AT },
  ],
  mappings: [{ importSource: 'hubspot', mapping: { version: 1, columns: { sdr: 'Owner' } }, updatedAt: AT }],
}

async function writeV1(name: string): Promise<void> {
  const v1 = new Dexie(name)
  v1.version(1).stores(V1_STORES)
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, rows] of Object.entries(FIXTURES)) await v1.table(table).bulkAdd(rows)
  })
  v1.close()
}

const freshName = () => `migration-${Date.now()}-${Math.random().toString(36).slice(2)}`

type Key = IndexableType
const valueAt = (row: Record<string, unknown>, keyPath: string | string[]): unknown =>
  Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath]
const isIndexable = (v: unknown): boolean =>
  Array.isArray(v) ? v.every(isIndexable) : typeof v === 'string' || typeof v === 'number' || v instanceof Date

describe('opening a v1 database with the newest schema', () => {
  it('covers every table of the v1 schema with fixtures', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(Object.keys(V1_STORES).sort())
  })

  it('keeps every table of v1', async () => {
    const name = freshName()
    await writeV1(name)
    const latest = new HuddleDatabase(name)
    await latest.open()
    expect(latest.verno).toBeGreaterThanOrEqual(1)
    expect(latest.tables.map((t) => t.name)).toEqual(expect.arrayContaining(Object.keys(V1_STORES)))
    latest.close()
  })

  it('finds every v1 record by its primary key, unchanged', async () => {
    const name = freshName()
    await writeV1(name)
    const latest = new HuddleDatabase(name)
    for (const [table, rows] of Object.entries(FIXTURES)) {
      const t = latest.table(table)
      const keys = rows.map(
        (r) => valueAt(r as Record<string, unknown>, t.schema.primKey.keyPath as string | string[]) as Key,
      )
      expect(await t.bulkGet(keys), table).toEqual(rows)
      expect(await t.count(), table).toBe(rows.length)
    }
    latest.close()
  })

  it('finds every v1 record through every index of the newest schema', async () => {
    const name = freshName()
    await writeV1(name)
    const latest = new HuddleDatabase(name)
    let lookups = 0
    for (const [table, rows] of Object.entries(FIXTURES)) {
      const t = latest.table(table)
      for (const index of t.schema.indexes) {
        for (const row of rows as Record<string, unknown>[]) {
          const value = valueAt(row, index.keyPath as string | string[])
          if (!isIndexable(value)) continue // null/absent values are not indexed by IndexedDB
          const primaryKey = valueAt(row, t.schema.primKey.keyPath as string | string[])
          const found = await t
            .where(index.name)
            .equals(value as Key)
            .primaryKeys()
          expect(found, `${table}.${index.name}`).toContainEqual(primaryKey)
          lookups++
        }
      }
    }
    expect(lookups).toBeGreaterThan(10)
    latest.close()
  })

  it('keeps auto-numbering after the v1 rows', async () => {
    const name = freshName()
    await writeV1(name)
    const latest = new HuddleDatabase(name)
    const id = await latest.actionItems.add({
      huddleWeek: h1.week,
      text: 'New',
      owner: 'Mia',
      due: null,
      doneAt: '',
      createdAt: AT,
    })
    expect(id).toBe(3)
    latest.close()
  })
})

describe('upgrading a v1 database to v2 (what each import carried)', () => {
  const mappedRun = {
    ...FIXTURES.importRuns[0],
    id: 2,
    fileName: 'salesforce.csv',
    importSource: 'salesforce',
    mapping: { columns: { sdr: 'Opportunity Owner', bookedAt: 'Created Date', status: 'Stage', crmNotes: 'Notes' } },
  }
  const fromMappedRun = { ...h3, id: 'salesforce::B-1', externalId: 'B-1', importRunId: 2 }

  async function upgraded(): Promise<HuddleDatabase> {
    const name = freshName()
    const v1 = new Dexie(name)
    v1.version(1).stores(V1_STORES)
    await v1.table('importRuns').bulkAdd([FIXTURES.importRuns[0], mappedRun])
    await v1.table('handoffs').bulkAdd([h1, h3, fromMappedRun])
    v1.close()
    const latest = new HuddleDatabase(name)
    await latest.open()
    return latest
  }

  it('records on each run the fields its mapping had a column for', async () => {
    const latest = await upgraded()
    expect((await latest.importRuns.get(2))?.carried).toEqual(['sdr', 'bookedAt', 'status', 'crmNotes'])
    latest.close()
  })

  it("marks the handoffs of a run with that run's fields", async () => {
    const latest = await upgraded()
    const h = await latest.handoffs.get(fromMappedRun.id)
    expect(carriedFieldsOf(h!.carried!)).toEqual(['sdr', 'bookedAt', 'status', 'crmNotes'])
    latest.close()
  })

  it('leaves handoffs of a run without a recorded mapping, and hand-made ones, carrying everything', async () => {
    const latest = await upgraded()
    expect((await latest.handoffs.get(h1.id))?.carried).toBeUndefined()
    expect((await latest.handoffs.get(h3.id))?.carried).toBeUndefined()
    expect((await latest.importRuns.get(1))?.carried).toBeUndefined()
    latest.close()
  })
})

describe('the v3 and v4 upgrades (compact facts in week blocks, only the indexes queries use)', () => {
  it('writes the facts of every handoff into the block of its week', async () => {
    const name = freshName()
    await writeV1(name)
    const latest = new HuddleDatabase(name)
    const blocks = await latest.weekFacts.toArray()
    const facts = blocks.flatMap(decodeBlock)
    expect(facts.map((f) => f.id).sort()).toEqual([h1.id, h2.id, h3.id].sort())
    expect(facts.find((f) => f.id === h1.id)).toEqual(toFacts(h1))
    expect(decodeBlock((await latest.weekFacts.get(h2.week))!).map((f) => f.id)).toContain(h2.id)
    latest.close()
  })

  it('drops the per-handoff facts table', async () => {
    const name = freshName()
    await writeV1(name)
    const latest = new HuddleDatabase(name)
    await latest.open()
    expect(latest.tables.map((t) => t.name)).not.toContain('facts')
    latest.close()
  })

  it('keeps only the primary key on handoffs and undo rows', async () => {
    const name = freshName()
    await writeV1(name)
    const latest = new HuddleDatabase(name)
    await latest.open()
    expect(latest.handoffs.schema.indexes).toEqual([])
    expect(latest.importUndo.schema.indexes).toEqual([])
    expect(latest.weekFacts.schema.indexes).toEqual([])
    latest.close()
  })

  it('can still undo a run imported before the upgrade', async () => {
    const name = freshName()
    await writeV1(name)
    const latest = new HuddleDatabase(name)
    setDatabase(latest)
    expect(await undoRun(1)).toEqual({ removed: 1, restored: 1 })
    expect(await latest.handoffs.get(h1.id)).toBeUndefined()
    const facts = (await latest.weekFacts.toArray()).flatMap(decodeBlock)
    expect(facts.find((f) => f.id === h1.id)).toBeUndefined()
    expect((await latest.handoffs.get(h2.id))?.status).toBe('pending')
    expect(facts.find((f) => f.id === h2.id)?.status).toBe('pending')
    expect(await latest.importUndo.count()).toBe(0)
    latest.close()
  })
})

describe("the v5 upgrade (the leader's team files)", () => {
  it('adds an empty table of team files and leaves every v1 record where it was', async () => {
    const name = freshName()
    await writeV1(name)
    const latest = new HuddleDatabase(name)
    await latest.open()
    expect(await latest.teamFiles.count()).toBe(0)
    expect(await latest.handoffs.count()).toBe(FIXTURES.handoffs.length)
    expect(await latest.actionItems.count()).toBe(FIXTURES.actionItems.length)
    await latest.teamFiles.put({
      source: 'folder:east.huddle-team.json',
      fileName: 'east.huddle-team.json',
      text: '{}',
      readAt: AT,
    })
    expect(await latest.teamFiles.get('folder:east.huddle-team.json')).toMatchObject({ text: '{}' })
    latest.close()
  })
})
