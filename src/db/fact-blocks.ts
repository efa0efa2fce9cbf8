import type { StoredHandoff } from '@/domain/handoff'
import type { HandoffFacts } from '@/domain/handoff-facts'
import { db } from './database'
import { blockIds, columnValues, decodeBlock, encodeBlockSliced, groupByWeek } from './fact-block-codec'
import { slicer } from './slices'

/**
 * The week blocks of facts (fact-block-codec.ts): kept in step with the handoffs table by every
 * writer, inside the writer's transaction (callers hold one over handoffTables()). A week whose
 * block changes loses its kept Trends summary in the same transaction.
 */

/**
 * Takes `removed` handoffs out of their weeks' blocks (id → the week its facts are in) and puts
 * the facts of `added` in theirs; a handoff in both moves. Only the blocks of those weeks are
 * read and rewritten, one week at a time, breathing in between (slices.ts): an import of 200,000
 * handoffs encoded and wrote every block in one task of 0.9 s. A block left empty is deleted.
 */
export async function updateFactBlocks(
  removed: ReadonlyMap<string, string>,
  added: readonly StoredHandoff[],
): Promise<void> {
  const table = db().weekFacts
  const breathe = transactionSlicer()
  // Encoded as they are: encodeBlock clips their texts as toFacts would.
  const addedByWeek = groupByWeek(added)
  const addedIds = new Set(added.map((h) => h.id))
  const weeks = [...new Set([...removed.values(), ...addedByWeek.keys()])]
  if (weeks.length === 0) return
  const deletes: string[] = []
  for (const week of weeks) {
    const block = await table.get(week)
    const incoming = addedByWeek.get(week) ?? []
    // Nothing stored for the week yet (a first import): the block is the incoming facts alone.
    const kept = block ? decodeBlock(block).filter((f) => !addedIds.has(f.id) && removed.get(f.id) !== week) : []
    const facts: StoredHandoff[] = kept.length === 0 ? incoming : [...kept, ...incoming]
    if (facts.length === 0) deletes.push(week)
    else await table.put(await encodeBlockSliced(week, facts, breathe))
    await breathe()
  }
  if (deletes.length > 0) await table.bulkDelete(deletes)
  await db().weekSummaries.bulkDelete(weeks)
}

/** Rebuilds every block from the handoffs table (a new time zone, a new roster, a restore). */
export async function rebuildFactBlocks(handoffs?: readonly StoredHandoff[]): Promise<void> {
  const database = db()
  const all = handoffs ?? (await database.handoffs.toArray())
  await Promise.all([database.weekFacts.clear(), database.weekSummaries.clear()])
  const breathe = transactionSlicer()
  for (const [week, rows] of groupByWeek(all)) {
    await database.weekFacts.put(await encodeBlockSliced(week, rows, breathe))
  }
}

/**
 * A `breathe` for the writers' transactions (they hold `weekFacts`): a read of a week no block
 * has keeps the transaction open while the page takes its turn.
 */
const transactionSlicer = () => slicer(() => db().weekFacts.get(NO_WEEK))
const NO_WEEK = ''

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
