import { nowIso } from '@/domain/clock'
import { handoffId, type Handoff, type StoredHandoff } from '@/domain/handoff'
import { toFacts, type HandoffFacts } from '@/domain/handoff-facts'
import { db } from './database'
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

/**
 * The span of booking dates and the number of handoffs: the first and last weeks' facts (through
 * the week index), never the whole table.
 */
export async function dataRange(): Promise<DataRange> {
  const facts = db().facts
  const [count, first, last] = await Promise.all([
    facts.count(),
    facts.orderBy('week').first(),
    facts.orderBy('week').last(),
  ])
  if (!first || !last) return { count, first: null, last: null }
  const [firstWeek, lastWeek] = await Promise.all([factsInWeeks([first.week]), factsInWeeks([last.week])])
  const booked = (rows: HandoffFacts[]) => rows.map((r) => r.bookedAt).sort()
  return { count, first: booked(firstWeek)[0] ?? null, last: booked(lastWeek).at(-1) ?? null }
}

/** Weeks with bookings, oldest first, read from the facts' week index alone (no handoff is loaded). */
export async function handoffWeeks(): Promise<string[]> {
  return (await db().facts.orderBy('week').uniqueKeys()).map(String)
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
 * The most recently booked handoffs (facts): the newest weeks through the week index until
 * `limit` are read, newest booking first. The table's first screen.
 */
export async function newestHandoffs(limit: number): Promise<HandoffFacts[]> {
  const facts = db().facts
  const rows: HandoffFacts[] = []
  let last = await facts.orderBy('week').last()
  while (last && rows.length < limit) {
    const week = last.week
    rows.push(...(await factsInWeeks([week])))
    last = await facts.where('week').below(week).last()
  }
  return rows.sort(byBookedDesc).slice(0, limit)
}

/** Every handoff's facts in pages by primary key, so a caller can show progress while reading 100k rows. */
export async function* handoffPages(pageSize = 5000): AsyncGenerator<HandoffFacts[]> {
  let last: string | null = null
  for (;;) {
    const page: HandoffFacts[] =
      last === null
        ? await db().facts.orderBy(':id').limit(pageSize).toArray()
        : await db().facts.where(':id').above(last).limit(pageSize).toArray()
    if (page.length === 0) return
    yield page
    if (page.length < pageSize) return
    last = page[page.length - 1]!.id
  }
}

/** Every full handoff (long texts included): backups and tests; screens read facts. */
export async function allHandoffs(): Promise<StoredHandoff[]> {
  return db().handoffs.toArray()
}

/** Every handoff's facts (no long texts): what the table and the numbers need. */
export async function allFacts(): Promise<HandoffFacts[]> {
  return db().facts.toArray()
}

/** The facts of these weeks, through the week index. */
export async function factsInWeeks(weeks: readonly string[]): Promise<HandoffFacts[]> {
  return db()
    .facts.where('week')
    .anyOf([...weeks])
    .toArray()
}

/** Handoffs and their facts, `BATCH` at a time; the caller holds a transaction over both tables. */
export async function writeHandoffRows(
  rows: readonly StoredHandoff[],
  onBatch?: (done: number) => void | boolean,
): Promise<void> {
  const database = db()
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH)
    await Promise.all([database.handoffs.bulkPut(batch), database.facts.bulkPut(batch.map(toFacts))])
    onBatch?.(Math.min(rows.length, i + BATCH))
  }
}

/** Deletes handoffs and their facts; the caller holds a transaction over both tables. */
export async function deleteHandoffRows(ids: readonly string[]): Promise<void> {
  const database = db()
  await Promise.all([database.handoffs.bulkDelete([...ids]), database.facts.bulkDelete([...ids])])
}

const BATCH = 1000

/** Writes handoffs and their facts in batches inside one transaction: all rows land or none do. */
export async function putHandoffs(rows: StoredHandoff[], onProgress?: (done: number) => void): Promise<void> {
  const database = db()
  await database.transaction('rw', database.handoffs, database.facts, () => writeHandoffRows(rows, onProgress))
}

/** Re-derives every handoff's week after the team time zone changed. */
export async function recomputeWeeks(timeZone: string): Promise<number> {
  const database = db()
  let changed = 0
  await database.transaction('rw', database.handoffs, database.facts, async () => {
    for (const table of [database.handoffs, database.facts] as const) {
      changed = 0
      await table.toCollection().modify((h: StoredHandoff) => {
        const week = weekOf(h.bookedAt, timeZone)
        if (week !== h.week) {
          h.week = week
          changed++
        }
      })
    }
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
  const resolved: StoredHandoff[] = []
  await database.transaction('rw', database.handoffs, database.facts, async () => {
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
        resolved.push(next)
        changed++
      }
    })
    // The facts hold the same names: scorecards and breakdowns group by them.
    for (let i = 0; i < resolved.length; i += BATCH)
      await database.facts.bulkPut(resolved.slice(i, i + BATCH).map(toFacts))
  })
  return changed
}

/** Tables that hold configuration, which "Clear all data" keeps. */
const CONFIG_TABLES = new Set(['settings', 'mappings'])

/** Removes every handoff and everything made from them; settings and saved mappings stay. */
export async function clearAllData(): Promise<void> {
  const database = db()
  const tables = database.tables.filter((t) => !CONFIG_TABLES.has(t.name))
  await database.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()))
  })
}
