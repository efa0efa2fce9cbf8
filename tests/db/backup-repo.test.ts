import Dexie from 'dexie'
import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  BackupRefusedError,
  exportBackup,
  previewRestore,
  restoreBackup,
  snapshotForUpgrade,
  type RestoreMode,
} from '@/db/backup-repo'
import { HuddleDatabase } from '@/db/database'
import { injectWriteFault } from '../helpers/fault-injection'
import { toStored } from '@/db/handoff-repo'
import type { ActionItemRow, HuddleRow, MappingRow, RubricScoreRow, SettingsRow } from '@/db/rows'
import { BACKUP_TABLE_NAMES, buildBackup, parseBackup } from '@/domain/export/backup'
import { STATUSES, type StoredHandoff } from '@/domain/handoff'
import { AGENDA_SECTIONS, defaultSettings } from '@/domain/settings'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

/** The schema version the app opens today, and the one after it (tests must not hard-code it). */
const CURRENT = new HuddleDatabase('verno-probe').verno
const NEXT = CURRENT + 1

const NOW = '2026-11-23T10:00:00.000Z'
const RUNS = { numRuns: 25 }

// ---- what a database holds, and how to compare two moments of it --------------------------

type Contents = Record<string, unknown[]>

/** Every table's rows in key order (toArray walks the primary key). */
async function contents(database: Dexie): Promise<Contents> {
  // The facts are derived from the handoffs (rebuilt on restore, never in a backup); team files are
  // other teams' (read again from their folder).
  const tables = database.tables.filter((t) => !['weekFacts', 'weekSummaries', 'teamFiles'].includes(t.name))
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t.name, await t.toArray()] as const)))
}

async function clearEverything(database: Dexie): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    for (const t of database.tables) await t.clear()
  })
}

interface Dataset {
  handoffs: StoredHandoff[]
  settings: SettingsRow[]
  huddles: HuddleRow[]
  actionItems: ActionItemRow[]
  rubricScores: RubricScoreRow[]
  mappings: MappingRow[]
}

async function load(database: HuddleDatabase, data: Dataset): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    await database.handoffs.bulkPut(data.handoffs)
    await database.settings.bulkPut(data.settings)
    await database.huddles.bulkPut(data.huddles)
    await database.actionItems.bulkPut(data.actionItems)
    await database.rubricScores.bulkPut(data.rubricScores)
    await database.mappings.bulkPut(data.mappings)
  })
}

// ---- arbitraries ---------------------------------------------------------------------------

/** Any code points, lone surrogates, quotes and line breaks included. */
const text = fc.string({ unit: 'binary', maxLength: 12 })
const name = fc.constantFrom('Ana Silva', 'Bo Chen', 'Chidi Okafor', 'Dana "DJ" Jones')
const instant = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString())
const dateOnly = instant.map((i) => i.slice(0, 10))
const week = fc
  .tuple(fc.integer({ min: 2025, max: 2027 }), fc.integer({ min: 1, max: 52 }))
  .map(([y, w]) => `${y}-W${String(w).padStart(2, '0')}`)
const rowId = fc.integer({ min: 1, max: 10_000 })

const handoff = fc
  .record({
    source: fc.constantFrom('hubspot', 'salesforce', 'template'),
    externalId: fc.string({ minLength: 1, maxLength: 8 }),
    sdr: name,
    ae: name,
    status: fc.constantFrom(...STATUSES),
    bookedAt: fc.oneof(dateOnly, instant),
    respondedAt: fc.option(instant, { nil: null }),
    companySize: fc.option(fc.nat(20_000), { nil: null }),
    crmNotes: text,
    icpFit: text,
    // JSON has no -0: a -0 amount would come back as 0, which is the same amount.
    pipelineAmount: fc.option(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
      { nil: null },
    ),
  })
  .map(({ source, ...fields }) => toStored(aHandoff(fields), source, 'Europe/Berlin', null, NOW))

const huddle: fc.Arbitrary<HuddleRow> = fc.record({
  week,
  status: fc.constantFrom('open', 'finished'),
  date: dateOnly,
  facilitator: name,
  attendees: fc.array(name, { maxLength: 4 }),
  notes: fc.dictionary(fc.constantFrom(...AGENDA_SECTIONS), text),
  decisions: fc.array(text, { maxLength: 3 }),
  strongHandoffId: fc.option(fc.string(), { nil: null }),
  weakHandoffId: fc.option(fc.string(), { nil: null }),
  elapsedSeconds: fc.dictionary(fc.constantFrom(...AGENDA_SECTIONS), fc.nat(3600)),
  updatedAt: instant,
})

const actionItem: fc.Arbitrary<ActionItemRow> = fc.record({
  id: rowId,
  huddleWeek: week,
  text,
  owner: name,
  due: fc.option(dateOnly, { nil: null }),
  doneAt: fc.oneof(fc.constant(''), instant),
  createdAt: instant,
})

const rubricScore: fc.Arbitrary<RubricScoreRow> = fc.record({
  id: rowId,
  handoffId: fc.string({ minLength: 1 }),
  week,
  scorer: name,
  scoredAt: instant,
  rubricVersion: fc.constant(1),
  criteria: fc.dictionary(fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5'), fc.boolean()),
  comment: text,
})

const settingsRow: fc.Arbitrary<SettingsRow> = fc
  .record({
    timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York'),
    slaWindowDays: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ timeZone, slaWindowDays }) => ({ key: 'app', value: { ...defaultSettings(timeZone), slaWindowDays } }))

const mapping: fc.Arbitrary<MappingRow> = fc.record({
  importSource: fc.string({ minLength: 1, maxLength: 10 }),
  // JSON has no -0: a saved mapping can never hold one, so the generator leaves it out.
  mapping: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
  updatedAt: instant,
})

const dataset: fc.Arbitrary<Dataset> = fc.record({
  handoffs: fc.uniqueArray(handoff, { maxLength: 15, selector: (h) => h.id }),
  settings: fc.option(settingsRow, { nil: undefined }).map((s) => (s ? [s] : [])),
  huddles: fc.uniqueArray(huddle, { maxLength: 4, selector: (h) => h.week }),
  actionItems: fc.uniqueArray(actionItem, { maxLength: 6, selector: (a) => a.id }),
  rubricScores: fc.uniqueArray(rubricScore, { maxLength: 5, selector: (s) => s.id }),
  mappings: fc.uniqueArray(mapping, { maxLength: 2, selector: (m) => m.importSource }),
})

/**
 * Where to flip and with what mask. Half the flips land in the first 400 bytes, where the
 * format tag, versions, creation time, counts and checksum are: uniform positions would almost
 * always hit the (much longer) data.
 */
const byteFlips = fc.array(
  fc.record({
    inHead: fc.boolean(),
    // A uniform position (taken modulo the length): fc.double is uniform over bit patterns, so
    // almost all its values in [0, 1) are tiny, and biased integers favour the first bytes.
    where: fc.noBias(fc.nat()),
    mask: fc.integer({ min: 1, max: 255 }),
  }),
  { minLength: 1, maxLength: 3 },
)
/** The file after some bytes of its UTF-8 were changed, read back as UTF-8 text. */
function flipBytes(file: string, flips: { inHead: boolean; where: number; mask: number }[]): string {
  const bytes = new TextEncoder().encode(file)
  for (const { inHead, where, mask } of flips) {
    const i = where % (inHead ? Math.min(400, bytes.length) : bytes.length)
    bytes[i] = (bytes[i] ?? 0) ^ mask
  }
  return new TextDecoder().decode(bytes)
}

const mode = fc.constantFrom<RestoreMode>('replace', 'merge')

// ---- examples --------------------------------------------------------------------------------

const sample = (): Dataset => ({
  handoffs: [
    toStored(aHandoff({ externalId: 'A-1' }), 'demo', 'UTC', null, NOW),
    toStored(aHandoff({ externalId: 'A-2' }), 'demo', 'UTC', null, NOW),
  ],
  settings: [{ key: 'app', value: defaultSettings('Europe/Berlin') }],
  huddles: [],
  actionItems: [
    {
      id: 1,
      huddleWeek: '2026-W47',
      text: 'Add the trigger to every handoff',
      owner: 'Ana Silva',
      due: '2026-11-27',
      doneAt: '',
      createdAt: NOW,
    },
  ],
  rubricScores: [],
  mappings: [],
})

describe('backup repository', () => {
  let database: HuddleDatabase
  beforeEach(() => {
    database = freshDatabase()
  })

  it('backs up exactly the tables of the database', () => {
    expect(database.tables.map((t) => t.name).sort()).toEqual(
      [...BACKUP_TABLE_NAMES, 'weekFacts', 'weekSummaries', 'teamFiles'].sort(),
    )
  })

  it('exports every table with its counts, the schema version and the app version', async () => {
    await load(database, sample())
    const text = await exportBackup('0.1.0', NOW)
    const parsed = await parseBackup(text, CURRENT)
    expect(parsed).toMatchObject({
      ok: true,
      counts: { handoffs: 2, settings: 1, actionItems: 1, huddles: 0 },
      backup: { schemaVersion: CURRENT, appVersion: '0.1.0', createdAt: NOW },
    })
  })

  it('previews what a restore would bring without changing anything', async () => {
    await load(database, sample())
    const text = await exportBackup('0.1.0', NOW)
    await clearEverything(database)
    expect(await previewRestore(text)).toMatchObject({
      ok: true,
      counts: { handoffs: 2, actionItems: 1 },
      appVersion: '0.1.0',
      createdAt: NOW,
    })
    expect(await database.handoffs.count()).toBe(0)
  })

  it('previews a refused file with the reason', async () => {
    expect(await previewRestore('{"format":"something-else"}')).toEqual({
      ok: false,
      error: 'this is not a Handoff Huddle backup (it is not marked as one)',
    })
  })

  it('replace: the database then holds exactly the backup', async () => {
    await load(database, sample())
    const text = await exportBackup('0.1.0', NOW)
    const before = await contents(database)
    await database.actionItems.put({
      id: 2,
      huddleWeek: '2026-W48',
      text: 'local only',
      owner: 'Bo Chen',
      due: null,
      doneAt: '',
      createdAt: NOW,
    })
    await database.handoffs.update('demo::A-1', { crmNotes: 'edited after the backup' })
    const { counts } = await restoreBackup(text, 'replace')
    expect(counts).toMatchObject({ handoffs: 2, actionItems: 1 })
    expect(await contents(database)).toEqual(before)
  })

  it('merge: keeps rows the backup does not have, and the backup wins on the same key', async () => {
    await load(database, sample())
    const text = await exportBackup('0.1.0', NOW)
    await clearEverything(database)
    await database.handoffs.put(
      toStored(aHandoff({ externalId: 'A-1', crmNotes: 'local edit' }), 'demo', 'UTC', null, NOW),
    )
    await database.handoffs.put(toStored(aHandoff({ externalId: 'LOCAL' }), 'demo', 'UTC', null, NOW))
    await database.settings.put({ key: 'app', value: defaultSettings('Asia/Tokyo') })
    await restoreBackup(text, 'merge')
    const handoffs = await database.handoffs.toArray()
    expect(handoffs.map((h) => [h.id, h.crmNotes])).toEqual([
      ['demo::A-1', ''],
      ['demo::A-2', ''],
      ['demo::LOCAL', ''],
    ])
    expect((await database.settings.get('app'))?.value.timeZone).toBe('Europe/Berlin')
    expect(await database.actionItems.count()).toBe(1)
  })

  it('refuses a backup from a newer schema, says so, and changes nothing', async () => {
    await load(database, sample())
    const newer = await buildBackup(
      { ...Object.fromEntries(BACKUP_TABLE_NAMES.map((t) => [t, []])), handoffs: [] } as never,
      { schemaVersion: 99, appVersion: '9.0.0', createdAt: NOW },
    )
    const before = await contents(database)
    await expect(restoreBackup(newer, 'replace')).rejects.toThrow(
      new BackupRefusedError(
        `it was made by a newer version of Handoff Huddle (schema 99) and this app, which reads up to schema ${CURRENT}, must be updated to restore it`,
      ),
    )
    expect(await contents(database)).toEqual(before)
  })

  it('leaves the database exactly as it was when a write fails halfway through a restore', async () => {
    await load(database, sample())
    const text = await exportBackup('0.1.0', NOW)
    await clearEverything(database)
    await database.actionItems.put({
      id: 9,
      huddleWeek: '2026-W48',
      text: 'only here',
      owner: 'Bo Chen',
      due: null,
      doneAt: '',
      createdAt: NOW,
    })
    const before = await contents(database)
    // 10 clears succeed, then the first bulkPut (handoffs) fails.
    const fault = injectWriteFault(database, { afterWrites: 10, error: new Error('QuotaExceededError') })
    await expect(restoreBackup(text, 'replace')).rejects.toThrow('QuotaExceededError')
    expect(fault.hasFired).toBe(true)
    fault.remove()
    expect(await contents(database)).toEqual(before)
  })
})

// ---- properties ------------------------------------------------------------------------------

describe('backup repository properties', () => {
  it('export, clear and restore gives back identical data, table by table', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, mode, async (data, how) => {
        const database = freshDatabase()
        await load(database, data)
        const before = await contents(database)
        const text = await exportBackup('0.1.0', NOW)
        await clearEverything(database)
        await restoreBackup(text, how)
        expect(await contents(database)).toEqual(before)
        database.close()
      }),
      RUNS,
    )
  })

  it('refuses a backup with flipped bytes and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, dataset, byteFlips, mode, async (backedUp, current, flips, how) => {
        const database = freshDatabase()
        await load(database, backedUp)
        const original = await exportBackup('0.1.0', NOW)
        const corrupted = flipBytes(original, flips)
        fc.pre(corrupted !== original)
        await clearEverything(database)
        await load(database, current)
        const before = await contents(database)
        const outcome = await restoreBackup(corrupted, how).then(
          () => 'restored',
          (e: unknown) => (e instanceof BackupRefusedError ? 'refused' : `threw ${String(e)}`),
        )
        if (outcome === 'restored') {
          // Only possible when the change does not alter any value (say `\u001f` → `\u001F` in a
          // string escape): then the file still says exactly what was backed up.
          expect(JSON.parse(corrupted)).toEqual(JSON.parse(original))
        } else {
          expect(outcome).toBe('refused')
          expect(await contents(database)).toEqual(before)
        }
        database.close()
      }),
      RUNS,
    )
  })

  it('refuses a backup cut short at any point and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, dataset, fc.noBias(fc.nat()), mode, async (backedUp, current, where, how) => {
        const database = freshDatabase()
        await load(database, backedUp)
        const original = await exportBackup('0.1.0', NOW)
        await clearEverything(database)
        await load(database, current)
        const before = await contents(database)
        await expect(restoreBackup(original.slice(0, where % original.length), how)).rejects.toThrow(BackupRefusedError)
        expect(await contents(database)).toEqual(before)
        database.close()
      }),
      RUNS,
    )
  })

  it('a write failing at any point of a restore leaves the database exactly as it was', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, dataset, fc.noBias(fc.nat()), mode, async (backedUp, current, pick, how) => {
        const database = freshDatabase()
        await load(database, backedUp)
        const text = await exportBackup('0.1.0', NOW)
        // One clear per table (replace) and one bulkPut per non-empty table (< 1,000 rows each).
        const parsed = await parseBackup(text, CURRENT)
        if (!parsed.ok) throw new Error(parsed.error)
        const puts = Object.values(parsed.counts).filter((n) => n > 0).length
        const writes = (how === 'replace' ? BACKUP_TABLE_NAMES.length : 0) + puts
        fc.pre(writes > 0)
        await clearEverything(database)
        await load(database, current)
        const before = await contents(database)
        const fault = injectWriteFault(database, { afterWrites: pick % writes, error: new Error('disk full') })
        await expect(restoreBackup(text, how)).rejects.toThrow('disk full')
        expect(fault.hasFired).toBe(true)
        fault.remove()
        expect(await contents(database)).toEqual(before)
        database.close()
      }),
      RUNS,
    )
  })
})

// ---- before a schema upgrade -----------------------------------------------------------------

/** What the next schema version might look like: one more table. */
class HuddleDatabaseV2 extends HuddleDatabase {
  constructor(dbName: string) {
    super(dbName)
    this.version(NEXT).stores({ trendCache: 'week' })
  }
}

describe('snapshotForUpgrade', () => {
  const uniqueName = () => `upgrade-${Date.now()}-${Math.random().toString(36).slice(2)}`

  it('returns nothing when there is no database yet, and does not create one', async () => {
    const dbName = uniqueName()
    expect(await snapshotForUpgrade(dbName, { targetVersion: NEXT })).toBeNull()
    expect(await Dexie.exists(dbName)).toBe(false)
  })

  it('returns nothing when the database is already at the version the app opens', async () => {
    const dbName = uniqueName()
    const v1 = new HuddleDatabase(dbName)
    await v1.open()
    v1.close()
    expect(await snapshotForUpgrade(dbName, { targetVersion: CURRENT })).toBeNull()
  })

  it('backs up the database as it is on disk, and the next version can open it afterwards', async () => {
    const dbName = uniqueName()
    const v1 = new HuddleDatabase(dbName)
    await load(v1, sample())
    const onDisk = await contents(v1)
    v1.close()

    const text = await snapshotForUpgrade(dbName, { targetVersion: NEXT, appVersion: '0.2.0', now: NOW })
    const parsed = await parseBackup(text ?? '', NEXT)
    expect(parsed).toMatchObject({
      ok: true,
      backup: { schemaVersion: CURRENT, appVersion: '0.2.0' },
      counts: { handoffs: 2, settings: 1 },
    })
    if (parsed.ok) expect(parsed.backup.data).toEqual(onDisk)

    const v2 = new HuddleDatabaseV2(dbName)
    expect(await v2.handoffs.count()).toBe(2)
    expect(v2.verno).toBe(NEXT)
    v2.close()
  })
})
