import { nowIso } from '@/domain/clock'
import Dexie, { type Table } from 'dexie'
import {
  BACKUP_TABLE_NAMES,
  buildBackup,
  parseBackup,
  type Backup,
  type BackupCounts,
  type BackupTable,
  type ParsedBackup,
} from '@/domain/export/backup'
import { declaredCounts, restoreLimitProblem } from '@/domain/export/restore-limits'
import { db, handoffTables } from './database'
import { rebuildFactBlocks } from './fact-blocks'

/** Raised by restoreBackup when the file is refused; `message` is the sentence to show. */
export class BackupRefusedError extends Error {
  override name = 'BackupRefusedError'
}

export type RestoreMode = 'replace' | 'merge'

export type RestorePreview =
  | { ok: true; counts: BackupCounts; schemaVersion: number; appVersion: string; createdAt: string }
  | { ok: false; error: string }

const BATCH = 1000

/**
 * Tables made from others (the handoffs' facts: `weekFacts`, and `facts` on a v3 disk a snapshot
 * reads; the Trends numbers kept per week): never in a backup, rebuilt on restore.
 */
const DERIVED_TABLES = new Set(['facts', 'weekFacts', 'weekSummaries'])
/**
 * Other teams' files a leader added (Teams screen): read again from their shared folder, and
 * never restored over another team's numbers. Not in a backup either.
 */
const NOT_BACKED_UP = new Set([...DERIVED_TABLES, 'teamFiles'])

type Tables = Partial<Record<BackupTable, Table>>

/**
 * The tables of `database` by name. Throws when it has a table the backup format does not know:
 * a table added to the database but not to BACKUP_TABLES would silently be left out of backups.
 */
function backupTables(database: Dexie): Tables {
  const names = database.tables.map((t) => t.name).filter((n) => !NOT_BACKED_UP.has(n))
  const unknown = names.filter((n) => !(BACKUP_TABLE_NAMES as string[]).includes(n))
  if (unknown.length > 0) throw new Error(`The backup format does not know the tables ${unknown.join(', ')}`)
  return Object.fromEntries(names.map((n) => [n, database.table(n)])) satisfies Record<string, Table>
}

/** Reads every table in one read transaction, so the backup is one consistent moment. */
async function readAll(database: Dexie, tables: Tables): Promise<Record<BackupTable, unknown[]>> {
  const present = Object.values(tables)
  return database.transaction('r', present, async () => {
    const entries = await Promise.all(
      BACKUP_TABLE_NAMES.map(async (name) => [name, (await tables[name]?.toArray()) ?? []] as const),
    )
    return Object.fromEntries(entries) as Record<BackupTable, unknown[]>
  })
}

/** The full backup file's text: every table, read in one transaction. */
export async function exportBackup(appVersion: string, now = nowIso()): Promise<string> {
  const database = db()
  const data = await readAll(database, backupTables(database))
  return buildBackup(data, { schemaVersion: database.verno, appVersion, createdAt: now })
}

/** What a restore of this file would bring in, or why it would be refused; changes nothing. */
export async function previewRestore(text: string): Promise<RestorePreview> {
  const parsed = await checkBackup(text)
  if (!parsed.ok) return parsed
  const { schemaVersion, appVersion, createdAt } = parsed.backup
  return { ok: true, counts: parsed.counts, schemaVersion, appVersion, createdAt }
}

/** Rows written so far of all the backup's rows, for a progress bar. */
export type RestoreProgress = (done: number, total: number) => void

/**
 * Checks a backup file's text for restoring: everything parseBackup checks, and the row limits
 * a restore has (restore-limits.ts), so the one transaction that writes it stays bounded.
 * `onStep` hears parseBackup's steps (the JSON, the checksum, each table), for a progress bar.
 */
export async function checkBackup(text: string, onStep?: (done: number, total: number) => void): Promise<ParsedBackup> {
  const declared = declaredCounts(text)
  const early = declared && restoreLimitProblem(declared)
  if (early) return { ok: false, error: early }
  const parsed = await parseBackup(text, db().verno, onStep)
  if (!parsed.ok) return parsed
  const late = restoreLimitProblem(parsed.counts)
  return late ? { ok: false, error: late } : parsed
}

/**
 * Writes a checked backup. Every table is written in ONE read-write transaction, so a failed
 * write (disk full, quota) leaves the database exactly as it was; the rows are bounded by the
 * restore limits, and the app runs this in a worker (src/workers/restore-worker.ts), so the
 * transaction never holds up the page.
 * - replace: every table is cleared, then holds exactly the backup's rows.
 * - merge: the backup's rows are added; on the same key the backup's row wins. Auto-numbered
 *   rows (import runs, scores, action items, ICP versions) are matched by number too, so merging
 *   a backup from ANOTHER machine can overwrite unrelated rows that share a number: the UI should
 *   offer merge for "bring back what I had", replace for "move to this machine".
 */
export async function writeBackup(
  backup: Backup,
  mode: RestoreMode,
  onProgress?: RestoreProgress,
): Promise<{ counts: BackupCounts }> {
  const database = db()
  const tables = backupTables(database)
  const { data, counts } = backup
  const total = BACKUP_TABLE_NAMES.reduce((sum, name) => sum + data[name].length, 0)
  let done = 0
  await database.transaction('rw', [...Object.values(tables), ...handoffTables(database)], async () => {
    if (mode === 'replace') {
      for (const table of Object.values(tables)) await table.clear()
    }
    for (const name of BACKUP_TABLE_NAMES) {
      const rows: readonly unknown[] = data[name]
      const table = tables[name]
      if (!table) throw new Error(`The database has no ${name} table`)
      for (let i = 0; i < rows.length; i += BATCH) {
        await table.bulkPut(rows.slice(i, i + BATCH))
        done += Math.min(BATCH, rows.length - i)
        onProgress?.(done, total)
      }
    }
    // After the handoffs: a merge keeps the handoffs the backup does not have.
    await rebuildFactBlocks()
  })
  return { counts }
}

/**
 * Restores a backup file: checkBackup, then writeBackup. Returns the rows written per table.
 * Throws BackupRefusedError when the file is refused.
 */
export async function restoreBackup(text: string, mode: RestoreMode): Promise<{ counts: BackupCounts }> {
  const checked = await checkBackup(text)
  if (!checked.ok) throw new BackupRefusedError(checked.error)
  return writeBackup(checked.backup, mode)
}

export interface SnapshotOptions {
  /** The schema version the app is about to open; no snapshot when the disk is already there. */
  targetVersion?: number
  appVersion?: string
  now?: string
}

/**
 * A backup of the database AS IT IS ON DISK, taken before the app opens it with a newer schema
 * (Dexie upgrades on open, and an upgrade that goes wrong must not cost the user their data).
 * Opens `dbName` with a plain Dexie instance without any schema, which Dexie opens at its
 * current on-disk version without upgrading, reads every table and closes it again.
 * Returns null when there is no such database or it is already at `targetVersion` or later.
 *
 * The app calls it once at start-up, BEFORE anything touches db():
 *
 *   const text = await snapshotForUpgrade(DB_NAME, { targetVersion: db().verno, appVersion })
 *   if (text) localStorage.setItem('handoff-huddle:pre-upgrade-backup', text)  // small databases
 *   // or: desktop.saveFile('handoff-huddle-before-upgrade.json', text)        // any size
 *
 * (`db()` only constructs the database; `verno` is the newest declared version until it opens.)
 * The text is a normal backup file with the OLD schemaVersion. Restoring it into a newer app
 * needs the backup's rows migrated like the database's; add that step to parseBackup together
 * with the first `version(2)`. A table on disk that the backup format does not know throws.
 */
export async function snapshotForUpgrade(dbName: string, options: SnapshotOptions = {}): Promise<string | null> {
  if (!(await Dexie.exists(dbName))) return null
  const probe = new Dexie(dbName)
  try {
    await probe.open()
    if (options.targetVersion !== undefined && probe.verno >= options.targetVersion) return null
    const data = await readAll(probe, backupTables(probe))
    return await buildBackup(data, {
      schemaVersion: probe.verno,
      appVersion: options.appVersion ?? 'unknown',
      createdAt: options.now ?? nowIso(),
    })
  } finally {
    probe.close()
  }
}
