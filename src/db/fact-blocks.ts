import type { StoredHandoff } from '@/domain/handoff'
import type { HandoffFacts } from '@/domain/handoff-facts'
import { db } from './database'
import { blockIds, columnValues, decodeBlock, encodeBlock, groupByWeek, type FactBlock } from './fact-block-codec'

/**
 * The week blocks of facts (fact-block-codec.ts): kept in step with the handoffs table by every
 * writer, inside the writer's transaction (callers hold one over handoffTables()). A week whose
 * block changes loses its kept Trends summary in the same transaction.
 */

/**
 * Takes `removed` handoffs out of their weeks' blocks (id → the week its facts are in) and puts
 * the facts of `added` in theirs; a handoff in both moves. Only the blocks of those weeks are
 * read and rewritten; a block left empty is deleted.
 */
export async function updateFactBlocks(
  removed: ReadonlyMap<string, string>,
  added: readonly StoredHandoff[],
): Promise<void> {
  const table = db().weekFacts
  // Encoded as they are: encodeBlock clips their texts as toFacts would.
  const addedByWeek = groupByWeek(added)
  const addedIds = new Set(added.map((h) => h.id))
  const weeks = [...new Set([...removed.values(), ...addedByWeek.keys()])]
  if (weeks.length === 0) return
  const blocks = await table.bulkGet(weeks)
  const puts: FactBlock[] = []
  const deletes: string[] = []
  weeks.forEach((week, i) => {
    const block = blocks[i]
    const incoming = addedByWeek.get(week) ?? []
    // Nothing stored for the week yet (a first import): the block is the incoming facts alone.
    const kept = block ? decodeBlock(block).filter((f) => !addedIds.has(f.id) && removed.get(f.id) !== week) : []
    const facts: StoredHandoff[] = kept.length === 0 ? incoming : [...kept, ...incoming]
    if (facts.length === 0) deletes.push(week)
    else puts.push(encodeBlock(week, facts))
  })
  if (deletes.length > 0) await table.bulkDelete(deletes)
  if (puts.length > 0) await table.bulkPut(puts)
  await db().weekSummaries.bulkDelete(weeks)
}

/** Rebuilds every block from the handoffs table (a new time zone, a new roster, a restore). */
export async function rebuildFactBlocks(handoffs?: readonly StoredHandoff[]): Promise<void> {
  const database = db()
  const all = handoffs ?? (await database.handoffs.toArray())
  await Promise.all([database.weekFacts.clear(), database.weekSummaries.clear()])
  const blocks = [...groupByWeek(all)].map(([week, rows]) => encodeBlock(week, rows))
  for (let i = 0; i < blocks.length; i += 50) await database.weekFacts.bulkPut(blocks.slice(i, i + 50))
}

/** The facts of these weeks (a week without handoffs has none). */
export async function readFactBlocks(weeks: readonly string[]): Promise<HandoffFacts[]> {
  const blocks = await db().weekFacts.bulkGet([...weeks])
  return blocks.flatMap((b) => (b ? decodeBlock(b) : []))
}

/** The ids and weeks of the handoffs a run wrote last, from the blocks' run column alone. */
export async function writtenByRun(runId: number): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  await db().weekFacts.each((block) => {
    const runs = columnValues(block, 'importRunId')
    blockIds(block).forEach((id, i) => runs[i] === runId && found.set(id, block.week))
  })
  return found
}
