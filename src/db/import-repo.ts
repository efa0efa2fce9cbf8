import Dexie from 'dexie'
import { nowIso } from '@/domain/clock'
import { classify, type RowOutcome } from '@/domain/import/diff'
import type { Handoff, HandoffField, StoredHandoff } from '@/domain/handoff'
import { carriedMaskOf } from '@/domain/carried'
import { handoffId } from '@/domain/handoff'
import { db, handoffTables } from './database'
import { deleteHandoffRows, writeHandoffRows } from './handoff-repo'
import { writtenByRun } from './fact-blocks'
import { rosterIndex, type TeamMember } from '@/domain/team/roster'
import { resolvePeople } from '@/domain/team/resolve-people'
import { bookingWeekLookup } from '@/domain/metrics/booking-week'
import { weekOf } from '@/domain/calendar/zoned'
import type { ImportRunRow, MappingRow } from './rows'
import { forEachSliced } from './slices'

export interface PlannedRow {
  line: number
  outcome: RowOutcome
  handoff: StoredHandoff
  /** The stored version an update replaces. */
  before?: StoredHandoff
}

export interface ImportPlan {
  importSource: string
  rows: PlannedRow[]
  counts: { new: number; updated: number; unchanged: number }
}

/**
 * Compares incoming handoffs with what is stored, by source + CRM id. A CRM id seen twice in one
 * file: the later row wins (CRM exports list the newest state last), the earlier is "unchanged".
 * Runs on the page in slices (slices.ts): 200,000 rows compared in one go held it 0.3 s.
 */
export async function planImport(
  parsed: { line: number; handoff: Handoff }[],
  importSource: string,
  timeZone: string,
  /** The fields the import carried (ImportParse.carried); absent = every field. */
  carried?: readonly HandoffField[],
  /** Settings → Team: owner ids and spellings become people's names. */
  team: readonly TeamMember[] = [],
): Promise<ImportPlan> {
  const carriedMask = carried ? carriedMaskOf(carried) : undefined
  const people = team.length > 0 ? rosterIndex(team) : null
  const ids = new Array<string>(parsed.length)
  const lastIndexOf = new Map<string, number>()
  await forEachSliced(parsed, (p, i) => {
    ids[i] = handoffId(importSource, p.handoff.externalId)
    lastIndexOf.set(ids[i], i)
  })
  const existing = await storedVersions(ids, importSource)
  const now = nowIso()
  // toStored's row, with the week from a per-local-day cache: weekOf per row costs an Intl call.
  const weekOfBooking = bookingWeekLookup(timeZone)
  const counts = { new: 0, updated: 0, unchanged: 0 }
  const rows = new Array<PlannedRow>(parsed.length)
  await forEachSliced(parsed, (p, i) => {
    const incoming = people ? resolvePeople(p.handoff, people) : p.handoff
    const before = existing.get(ids[i]!)
    const isSuperseded = lastIndexOf.get(ids[i]!) !== i
    // A stored row that now carries more (or less) is an update even when its values are equal.
    const outcome: RowOutcome = isSuperseded
      ? 'unchanged'
      : before && before.carried !== carriedMask && classify(before, incoming) === 'unchanged'
        ? 'updated'
        : classify(before, incoming)
    counts[outcome]++
    const handoff: StoredHandoff = {
      ...incoming,
      id: ids[i]!,
      importSource,
      week: weekOfBooking(p.handoff.bookedAt),
      importRunId: null,
      updatedAt: now,
      ...(carriedMask === undefined ? {} : { carried: carriedMask }),
    }
    rows[i] = { line: p.line, outcome, handoff, before }
  })
  return { importSource, rows, counts }
}

/**
 * The stored rows for `ids` by id (none where none is stored), without a read per id for rows
 * that cannot exist: one key-only scan of the source's ids finds which are stored, and only those
 * are fetched. A first import of 100,000 rows then costs one scan, not 100,000 gets.
 */
async function storedVersions(ids: string[], importSource: string): Promise<Map<string, StoredHandoff>> {
  const table = db().handoffs
  const stored = new Set(await table.where('id').startsWith(handoffId(importSource, '')).primaryKeys())
  const byId = new Map<string, StoredHandoff>()
  if (stored.size === 0) return byId
  const present: string[] = []
  await forEachSliced(ids, (id) => stored.has(id) && present.push(id))
  for (let i = 0; i < present.length; i += STORED_PER_READ) {
    const found = await table.bulkGet(present.slice(i, i + STORED_PER_READ))
    found.forEach((row) => row && byId.set(row.id, row))
  }
  return byId
}

/** Stored rows per read: each read's rows reach the page in one task. */
const STORED_PER_READ = 2000

export interface RunMeta {
  fileName: string
  fileSize: number
  sha256: string
  mapping: unknown
  rows: number
  rejected: number
  startedAt: string
  /** The fields the file carried (ImportParse.carried). */
  carried?: HandoffField[]
}

export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled: nothing was saved')
  }
}

const BATCH = 1000

/**
 * Writes a plan in one transaction: every new and updated row, the run, and what an undo needs
 * (only the previous versions of updated rows: inserted rows are found by their run id).
 * Cancelling or any failure aborts the transaction, so nothing of the run is kept.
 */
export async function commitImport(
  plan: ImportPlan,
  meta: RunMeta,
  options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<ImportRunRow> {
  const database = db()
  const writes = plan.rows.filter((r) => r.outcome !== 'unchanged')
  const run: ImportRunRow = {
    fileName: meta.fileName,
    fileSize: meta.fileSize,
    sha256: meta.sha256,
    importSource: plan.importSource,
    startedAt: meta.startedAt,
    finishedAt: '',
    rows: meta.rows,
    inserted: plan.counts.new,
    updated: plan.counts.updated,
    unchanged: plan.counts.unchanged,
    rejected: meta.rejected,
    mapping: meta.mapping,
    undone: false,
    ...(meta.carried ? { carried: [...meta.carried] } : {}),
  }
  const tables = [...handoffTables(database), database.importRuns, database.importUndo]
  await database.transaction('rw', tables, async () => {
    const runId = (await database.importRuns.add(run))!
    run.id = runId
    const replaced = writes.filter((r) => r.outcome === 'updated' && r.before)
    const undo = replaced.map((r) => ({ runId, handoffId: r.handoff.id, before: r.before! }))
    for (let i = 0; i < undo.length; i += BATCH) await database.importUndo.bulkPut(undo.slice(i, i + BATCH))
    await writeHandoffRows(
      // Stamped in place: the plan's rows were made for this commit, and a copy of 100,000
      // handoffs shows in the import's time.
      writes.map((r) => Object.assign(r.handoff, { importRunId: runId })),
      {
        // The plan read every replaced row: no second lookup of where their facts are.
        previousWeeks: new Map(replaced.map((r) => [r.handoff.id, r.before!.week])),
        signal: options.signal,
        onAbort: () => new ImportCancelled(),
        onBatch: (done) => options.onProgress?.(done, writes.length),
      },
    )
    run.finishedAt = nowIso()
    await database.importRuns.update(runId, { finishedAt: run.finishedAt })
  })
  return run
}

export async function importHistory(): Promise<ImportRunRow[]> {
  return db().importRuns.orderBy('startedAt').reverse().toArray()
}

/** The most recent run that can still be undone, if any. */
export async function lastUndoableRun(): Promise<ImportRunRow | undefined> {
  const runs = await db().importRuns.orderBy('id').reverse().toArray()
  const last = runs.find((r) => !r.undone)
  return last && last.importSource !== 'demo' ? last : undefined
}

/** Restores the handoffs a run replaced and removes the ones it added, in one transaction. */
export async function undoRun(
  runId: number,
  /**
   * The team's time zone and roster now. A restored version is as it was before the import; if
   * either changed since, its week and names are worked out again as they would be for any
   * stored handoff, so it lands in the week the screens now show.
   */
  now: { timeZone?: string; team?: readonly TeamMember[] } = {},
): Promise<{ removed: number; restored: number }> {
  const database = db()
  const tables = [...handoffTables(database), database.importRuns, database.importUndo]
  return database.transaction('rw', tables, async () => {
    const run = await database.importRuns.get(runId)
    if (!run || run.undone) throw new Error('That import was already undone')
    const ofRun = database.importUndo.where('[runId+handoffId]').between([runId, Dexie.minKey], [runId, Dexie.maxKey])
    const undo = await ofRun.toArray()
    // The run's rows, from the blocks' run column (no index: undo is rare, and every import would pay for one).
    const written = await writtenByRun(runId)
    const restoredIds = new Set(undo.map((u) => u.handoffId))
    const added = new Map([...written].filter(([id]) => !restoredIds.has(id)))
    await deleteHandoffRows(added)
    const people = now.team && now.team.length > 0 ? rosterIndex(now.team) : null
    const restored = undo
      .map((u) => u.before)
      .filter((h): h is StoredHandoff => Boolean(h))
      .map((h) => {
        const resolved = people ? resolvePeople(h, people) : h
        return now.timeZone ? { ...resolved, week: weekOf(h.bookedAt, now.timeZone) } : resolved
      })
    await writeHandoffRows(restored, { previousWeeks: written })
    await ofRun.delete()
    await database.importRuns.update(runId, { undone: true })
    return { removed: added.size, restored: undo.length }
  })
}

export async function savedMapping(importSource: string): Promise<MappingRow | undefined> {
  return db().mappings.get(importSource)
}

export async function saveMapping(importSource: string, mapping: unknown): Promise<void> {
  await db().mappings.put({ importSource, mapping, updatedAt: nowIso() })
}

/** SHA-256 of the file as hex, for the import history (the one implementation is domain/hash). */
export { sha256Hex } from '@/domain/hash'
