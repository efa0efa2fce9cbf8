import { beforeEach, describe, expect, it } from 'vitest'
import { handoffTables, type HuddleDatabase } from '@/db/database'
import { allFacts, deleteHandoffRows, factsInWeeks, putHandoffs, toStored } from '@/db/handoff-repo'
import { rebuildFactBlocks, writtenByRun } from '@/db/fact-blocks'
import { toFacts } from '@/domain/handoff-facts'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

const AT = '2026-11-20T09:00:00.000Z'
const stored = (externalId: string, bookedAt: string, runId: number | null = null) =>
  toStored(aHandoff({ externalId, bookedAt }), 'crm', 'UTC', runId, AT)

describe('week blocks kept in step with the handoffs', () => {
  let database: HuddleDatabase
  beforeEach(() => {
    database = freshDatabase()
  })

  it('puts each handoff in the block of its week', async () => {
    await putHandoffs([stored('a', '2026-11-16'), stored('b', '2026-11-17'), stored('c', '2026-11-23')])
    expect((await database.weekFacts.toCollection().primaryKeys()).sort()).toEqual(['2026-W47', '2026-W48'])
    expect((await factsInWeeks(['2026-W47'])).map((f) => f.id).sort()).toEqual(['crm::a', 'crm::b'])
  })

  it('moves a handoff whose booking moved to another week, leaving no copy behind', async () => {
    await putHandoffs([stored('a', '2026-11-16'), stored('b', '2026-11-17')])
    await putHandoffs([stored('a', '2026-11-24')])
    expect((await factsInWeeks(['2026-W47'])).map((f) => f.id)).toEqual(['crm::b'])
    expect((await factsInWeeks(['2026-W48'])).map((f) => f.id)).toEqual(['crm::a'])
  })

  it('replaces a handoff written again in the same week', async () => {
    await putHandoffs([stored('a', '2026-11-16')])
    await putHandoffs([{ ...stored('a', '2026-11-16'), status: 'accepted' }])
    const facts = await factsInWeeks(['2026-W47'])
    expect(facts).toHaveLength(1)
    expect(facts[0]!.status).toBe('accepted')
  })

  it('deletes a block when its last handoff goes', async () => {
    await putHandoffs([stored('a', '2026-11-16'), stored('c', '2026-11-23')])
    await database.transaction('rw', handoffTables(database), () =>
      deleteHandoffRows(new Map([['crm::a', '2026-W47']])),
    )
    expect(await database.weekFacts.get('2026-W47')).toBeUndefined()
    expect(await database.handoffs.get('crm::a')).toBeUndefined()
  })

  it('rebuilt from the handoffs, holds the same facts', async () => {
    await putHandoffs([stored('a', '2026-11-16'), stored('c', '2026-11-23')])
    const before = await allFacts()
    await database.transaction('rw', handoffTables(database), () => rebuildFactBlocks())
    expect(await allFacts()).toEqual(before)
    expect(before).toEqual((await database.handoffs.toArray()).map(toFacts))
  })

  it('finds the handoffs a run wrote by their run, with their weeks', async () => {
    await putHandoffs([stored('a', '2026-11-16', 1), stored('b', '2026-11-23', 2), stored('c', '2026-11-24', 2)])
    expect(await writtenByRun(2)).toEqual(
      new Map([
        ['crm::b', '2026-W48'],
        ['crm::c', '2026-W48'],
      ]),
    )
  })
})
