import { nowIso } from '@/domain/clock'
import { weekOf } from '@/domain/calendar/weeks'
import { handoffId, type Handoff, type StoredHandoff } from '@/domain/handoff'
import { db } from './database'
import { rosterIndex, type TeamMember } from '@/domain/team/roster'
import { resolvePeople } from '@/domain/team/resolve-people'

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

/** The span of booking dates and the number of handoffs, from indexes only. */
export async function dataRange(): Promise<DataRange> {
  const table = db().handoffs
  const [count, first, last] = await Promise.all([
    table.count(),
    table.orderBy('bookedAt').first(),
    table.orderBy('bookedAt').last(),
  ])
  return { count, first: first?.bookedAt ?? null, last: last?.bookedAt ?? null }
}

/** Weeks with bookings, oldest first, read from the week index alone (no handoff is loaded). */
export async function handoffWeeks(): Promise<string[]> {
  return (await db().handoffs.orderBy('week').uniqueKeys()).map(String)
}

export async function getHandoff(id: string): Promise<StoredHandoff | undefined> {
  return db().handoffs.get(id)
}

/** The most recently booked handoffs, straight from the bookedAt index: the table's first screen. */
export async function newestHandoffs(limit: number): Promise<StoredHandoff[]> {
  return db().handoffs.orderBy('bookedAt').reverse().limit(limit).toArray()
}

/** Every handoff in pages by primary key, so a caller can show progress while reading 100k rows. */
export async function* handoffPages(pageSize = 5000): AsyncGenerator<StoredHandoff[]> {
  let last: string | null = null
  for (;;) {
    const page: StoredHandoff[] =
      last === null
        ? await db().handoffs.orderBy(':id').limit(pageSize).toArray()
        : await db().handoffs.where(':id').above(last).limit(pageSize).toArray()
    if (page.length === 0) return
    yield page
    if (page.length < pageSize) return
    last = page[page.length - 1]!.id
  }
}

export async function allHandoffs(): Promise<StoredHandoff[]> {
  return db().handoffs.toArray()
}

export async function handoffsInWeeks(weeks: string[]): Promise<StoredHandoff[]> {
  return db().handoffs.where('week').anyOf(weeks).toArray()
}

/** Writes in batches inside one transaction: all rows land or none do. */
export async function putHandoffs(rows: StoredHandoff[], onProgress?: (done: number) => void): Promise<void> {
  const database = db()
  await database.transaction('rw', database.handoffs, async () => {
    for (let i = 0; i < rows.length; i += 1000) {
      await database.handoffs.bulkPut(rows.slice(i, i + 1000))
      onProgress?.(Math.min(rows.length, i + 1000))
    }
  })
}

/** Re-derives every handoff's week after the team time zone changed. */
export async function recomputeWeeks(timeZone: string): Promise<number> {
  const database = db()
  let changed = 0
  await database.transaction('rw', database.handoffs, async () => {
    await database.handoffs.toCollection().modify((h) => {
      const week = weekOf(h.bookedAt, timeZone)
      if (week !== h.week) {
        h.week = week
        changed++
      }
    })
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
  await database.transaction('rw', database.handoffs, async () => {
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
