import { nowIso } from '@/domain/clock'
import { handoffId, type Handoff, type StoredHandoff } from '@/domain/handoff'
import type { HandoffFacts } from '@/domain/handoff-facts'
import { columnValues, decodeBlock, type FactBlock } from './fact-block-codec'
import { readFactBlocks, rebuildFactBlocks, updateFactBlocks } from './fact-blocks'
import { db, handoffTables } from './database'
import { slicer } from './slices'
import { rosterIndex, type TeamMember } from '@/domain/team/roster'
import { resolvePeople } from '@/domain/team/resolve-people'
import { weekOf } from '@/domain/calendar/zoned'

export function toStored(
  handoff: Handoff,
  importSource: string,
  timeZone: string,
  importRunId: number | null,
  now = nowIso(),
): StoredHandoff {
  return {
    ...handoff,
    id: handoffId(importSource, handoff.externalId),
    importSource,
    week: weekOf(handoff.bookedAt, timeZone),
    importRunId,
    updatedAt: now,
  }
}

export async function countHandoffs(): Promise<number> {
  return db().handoffs.count()
}

export interface DataRange {
  count: number
  first: string | null
  last: string | null
}

/** A block's booking dates, sorted: one column read, no facts decoded. */
const bookedTimes = (block: FactBlock) => [...(columnValues(block, 'bookedAt') as string[])].sort()

/** The span of booking dates and the number of handoffs: the first and last weeks' blocks only. */
export async function dataRange(): Promise<DataRange> {
  const blocks = db().weekFacts
  const [count, first, last] = await Promise.all([
    db().handoffs.count(),
    blocks.orderBy(':id').first(),
    blocks.orderBy(':id').last(),
  ])
  if (!first || !last) return { count, first: null, last: null }
  return {
    count,
    first: bookedTimes(first)[0] ?? null,
    last: bookedTimes(last).at(-1) ?? null,
  }
}

/** Weeks with bookings, oldest first: the blocks' keys (no handoff is loaded). */
export async function handoffWeeks(): Promise<string[]> {
  return (await db().weekFacts.toCollection().primaryKeys()).map(String)
}

/** The full handoff, long texts included: the detail page and the walk. */
export async function getHandoff(id: string): Promise<StoredHandoff | undefined> {
  return db().handoffs.get(id)
}

/** Full handoffs by id (missing ones left out), for the few a screen shows with their texts. */
export async function handoffsByIds(ids: readonly string[]): Promise<StoredHandoff[]> {
  return (await db().handoffs.bulkGet([...ids])).filter((h): h is StoredHandoff => h !== undefined)
}

const byBookedDesc = (a: { bookedAt: string }, b: { bookedAt: string }) =>
  a.bookedAt < b.bookedAt ? 1 : a.bookedAt > b.bookedAt ? -1 : 0

/**
 * The most recently booked handoffs (facts): the newest weeks' blocks until `limit` are read,
 * newest booking first. The table's first screen.
 */
export async function newestHandoffs(limit: number): Promise<HandoffFacts[]> {
  const rows: HandoffFacts[] = []
  await db()
    .weekFacts.orderBy(':id')
    .reverse()
    .until(() => rows.length >= limit)
    .each((block) => void rows.push(...decodeBlock(block)))
  return rows.sort(byBookedDesc).slice(0, limit)
}

/**
 * Every handoff's facts in pages of whole weeks (at least `pageSize` facts unless the data runs
 * out), oldest week first, so a caller can show progress while reading 100k rows.
 */
export async function* handoffPages(pageSize = 5000): AsyncGenerator<HandoffFacts[]> {
  const weeks = await handoffWeeks()
  let page: HandoffFacts[] = []
  for (let i = 0; i < weeks.length; i += WEEKS_PER_PAGE) {
    page.push(...(await readFactBlocks(weeks.slice(i, i + WEEKS_PER_PAGE))))
    if (page.length >= pageSize) {
      yield page
      page = []
    }
  }
  if (page.length > 0) yield page
}

/** A week per read: a read's blocks are decoded in one task, and a busy week holds 20,000 handoffs. */
const WEEKS_PER_PAGE = 1

/** Every full handoff (long texts included): backups and tests; screens read facts. */
export async function allHandoffs(): Promise<StoredHandoff[]> {
  return db().handoffs.toArray()
}

/** Every handoff's facts (no long texts): what the table and the numbers need. */
export async function allFacts(): Promise<HandoffFacts[]> {
  return (await db().weekFacts.toArray()).flatMap(decodeBlock)
}

/** The facts of these weeks: one block each. */
export async function factsInWeeks(weeks: readonly string[]): Promise<HandoffFacts[]> {
  return readFactBlocks(weeks)
}

export interface WriteOptions {
  /** The week each replaced handoff's facts are in now (absent: looked up in the handoffs table). */
  previousWeeks?: ReadonlyMap<string, string>
  /** Called after each batch with the rows written; the write stops when `signal` is aborted. */
  onBatch?: (done: number) => void
  signal?: AbortSignal
  /** What to throw when aborted. */
  onAbort?: () => Error
}

/** The week each of these stored handoffs is in (absent ones left out). */
async function storedWeeks(ids: readonly string[]): Promise<Map<string, string>> {
  const weeks = new Map<string, string>()
  const rows = await db().handoffs.bulkGet([...ids])
  rows.forEach((h) => h && weeks.set(h.id, h.week))
  return weeks
}

/**
 * Handoffs `BATCH` at a time, then their weeks' fact blocks once; the caller holds a transaction
 * over `handoffs` and `weekFacts`.
 */
export async function writeHandoffRows(rows: readonly StoredHandoff[], options: WriteOptions = {}): Promise<void> {
  const database = db()
  const previous = options.previousWeeks ?? (await storedWeeks(rows.map((r) => r.id)))
  // A few batches in flight: IndexedDB is never left idle waiting for the next one, as it is
  // when each batch waits for the one before (the raw floor puts everything at once).
  const inFlight: Promise<void>[] = []
  // Each bulkPut copies its rows in the task that calls it: once a slice of the page's time is
  // used up, the oldest batch is awaited (slices.ts), so 16 batches are not issued in one task.
  const breathe = slicer(() => inFlight.shift()!)
  for (let i = 0; i < rows.length; i += BATCH) {
    if (options.signal?.aborted) throw options.onAbort?.() ?? new Error('Cancelled')
    const end = Math.min(rows.length, i + BATCH)
    const batch = database.handoffs.bulkPut(rows.slice(i, end)).then(() => void options.onBatch?.(end))
    // Awaited below; marked handled now, so a batch failing after a cancel is not reported twice.
    batch.catch(() => undefined)
    inFlight.push(batch)
    await (inFlight.length >= BATCHES_IN_FLIGHT ? inFlight.shift() : breathe())
  }
  await Promise.all(inFlight)
  if (options.signal?.aborted) throw options.onAbort?.() ?? new Error('Cancelled')
  await updateFactBlocks(previous, rows)
}

const BATCHES_IN_FLIGHT = 16

/** Deletes handoffs (id → the week they are in) and their facts; the caller holds a transaction over both tables. */
export async function deleteHandoffRows(weeks: ReadonlyMap<string, string>): Promise<void> {
  await db().handoffs.bulkDelete([...weeks.keys()])
  await updateFactBlocks(weeks, [])
}

/**
 * Rows per bulkPut. Each call copies its rows into IndexedDB in one task of the page: 1,000 rows
 * held it for 150-400 ms during a large import, 250 stay well under the 200 ms a task may take
 * (issue 20); the batches in flight keep the same 4,000 rows queued for the disk.
 */
const BATCH = 250

/** Writes handoffs and their facts in batches inside one transaction: all rows land or none do. */
export async function putHandoffs(rows: StoredHandoff[], onProgress?: (done: number) => void): Promise<void> {
  const database = db()
  await database.transaction('rw', handoffTables(database), () =>
    writeHandoffRows(rows, onProgress ? { onBatch: onProgress } : {}),
  )
}

/** Re-derives every handoff's week after the team time zone changed. */
export async function recomputeWeeks(timeZone: string): Promise<number> {
  const database = db()
  let changed = 0
  await database.transaction('rw', handoffTables(database), async () => {
    await database.handoffs.toCollection().modify((h: StoredHandoff) => {
      const week = weekOf(h.bookedAt, timeZone)
      if (week !== h.week) {
        h.week = week
        changed++
      }
    })
    if (changed > 0) await rebuildFactBlocks()
  })
  return changed
}

/**
 * Resolves every stored handoff's SDR, AE and partner again after the team roster changed, in one
 * transaction: a screen never shows half the handoffs under the old names.
 */
export async function reresolvePeople(team: readonly TeamMember[]): Promise<number> {
  const database = db()
  const index = rosterIndex(team)
  let changed = 0
  await database.transaction('rw', handoffTables(database), async () => {
    await database.handoffs.toCollection().modify((h, ref) => {
      const next = resolvePeople(h, index)
      if (
        next.sdr !== h.sdr ||
        next.ae !== h.ae ||
        next.partner !== h.partner ||
        next.sdrRaw !== h.sdrRaw ||
        next.aeRaw !== h.aeRaw ||
        next.partnerRaw !== h.partnerRaw
      ) {
        ref.value = next
        changed++
      }
    })
    // The facts hold the same names: scorecards and breakdowns group by them.
    if (changed > 0) await rebuildFactBlocks()
  })
  return changed
}

/**
 * Tables "Clear all data" keeps: configuration, and the leader's copies of other teams' files
 * (Teams screen), which are not this team's data.
 */
const CONFIG_TABLES = new Set(['settings', 'mappings', 'teamFiles'])

/** Removes every handoff and everything made from them; settings and saved mappings stay. */
export async function clearAllData(): Promise<void> {
  const database = db()
  const tables = database.tables.filter((t) => !CONFIG_TABLES.has(t.name))
  await database.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()))
  })
}
