import { beforeEach, describe, expect, it } from 'vitest'
import { commitImport, planImport, undoRun, type RunMeta } from '@/db/import-repo'
import { allFacts, factsInWeeks, putHandoffs, recomputeWeeks, toStored } from '@/db/handoff-repo'
import type { HuddleDatabase } from '@/db/database'
import { injectWriteFault } from '../helpers/fault-injection'
import { toFacts } from '@/domain/handoff-facts'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

const factOf = async (id: string) => (await allFacts()).find((f) => f.id === id)

const LONG = 'Discovery call: three SDR teams, moving off spreadsheets before the audit, budget approved.'

const meta = (rows: number): RunMeta => ({
  fileName: 'export.csv',
  fileSize: 100,
  sha256: 'abc',
  mapping: null,
  rows,
  rejected: 0,
  startedAt: '2026-11-20T09:00:00.000Z',
})

describe('facts written with the handoffs', () => {
  let database: HuddleDatabase
  beforeEach(() => {
    database = freshDatabase()
  })

  it("an import writes the facts of every handoff into its week's block", async () => {
    const plan = await planImport(
      [1, 2, 3].map((n) => ({ line: n + 1, handoff: aHandoff({ externalId: `F-${n}`, crmNotes: LONG }) })),
      'crm',
      'UTC',
    )
    await commitImport(plan, meta(3))
    const handoffs = await database.handoffs.toArray()
    const facts = await allFacts()
    expect(facts).toEqual(handoffs.map(toFacts))
    expect(await database.weekFacts.count()).toBe(1)
    expect(await factsInWeeks([handoffs[0]!.week])).toHaveLength(3)
    expect(facts[0]!.crmNotes.length).toBeLessThan(LONG.length)
  })

  it('a failed facts write leaves neither the handoffs nor their facts', async () => {
    const plan = await planImport([{ line: 2, handoff: aHandoff({ externalId: 'F-1' }) }], 'crm', 'UTC')
    const fault = injectWriteFault(database, { afterWrites: 0, table: 'weekFacts' })
    await expect(commitImport(plan, meta(1))).rejects.toThrow(/Injected write fault/)
    expect(fault.hasFired).toBe(true)
    fault.remove()
    expect(await database.handoffs.count()).toBe(0)
    expect(await database.weekFacts.count()).toBe(0)
    expect(await database.importRuns.count()).toBe(0)
  })

  it('a failed handoff write leaves no facts either', async () => {
    const fault = injectWriteFault(database, { afterWrites: 0, table: 'handoffs' })
    await expect(putHandoffs([toStored(aHandoff(), 'crm', 'UTC', null)])).rejects.toThrow(/Injected write fault/)
    fault.remove()
    expect(await database.weekFacts.count()).toBe(0)
  })

  it('an undo removes and restores the facts with the handoffs', async () => {
    await putHandoffs([toStored(aHandoff({ externalId: 'old', status: 'pending' }), 'crm', 'UTC', null)])
    const plan = await planImport(
      [
        { line: 2, handoff: aHandoff({ externalId: 'old', status: 'accepted' }) },
        { line: 3, handoff: aHandoff({ externalId: 'new' }) },
      ],
      'crm',
      'UTC',
    )
    const run = await commitImport(plan, meta(2))
    expect((await factOf('crm::old'))?.status).toBe('accepted')
    await undoRun(run.id!)
    expect((await factOf('crm::old'))?.status).toBe('pending')
    expect(await factOf('crm::new')).toBeUndefined()
    expect(await allFacts()).toEqual((await database.handoffs.toArray()).map(toFacts))
  })

  it('a new time zone moves the facts to their new week with the handoffs', async () => {
    // Monday 00:30 in Berlin is still Sunday (the previous ISO week) in UTC.
    await putHandoffs([
      toStored(aHandoff({ externalId: 'tz', bookedAt: '2026-11-15T23:30:00.000Z' }), 'crm', 'UTC', null),
    ])
    await recomputeWeeks('Europe/Berlin')
    const [handoff, facts] = [await database.handoffs.get('crm::tz'), await factOf('crm::tz')]
    expect(handoff?.week).toBe('2026-W47')
    expect(facts?.week).toBe('2026-W47')
  })
})

describe('facts of a handoff whose booking moved', () => {
  beforeEach(() => {
    freshDatabase()
  })

  it('an undo puts the facts back in the week they were in, and only there', async () => {
    const first = await planImport(
      [{ line: 2, handoff: aHandoff({ externalId: 'M', bookedAt: '2026-11-16T10:00:00.000Z' }) }],
      'crm',
      'UTC',
    )
    await commitImport(first, meta(1))
    const moved = await planImport(
      [{ line: 2, handoff: aHandoff({ externalId: 'M', bookedAt: '2026-11-24T10:00:00.000Z' }) }],
      'crm',
      'UTC',
    )
    const run = await commitImport(moved, meta(1))
    expect((await factsInWeeks(['2026-W47'])).map((f) => f.id)).toEqual([])
    expect((await factsInWeeks(['2026-W48'])).map((f) => f.id)).toEqual(['crm::M'])
    await undoRun(run.id!)
    expect((await factsInWeeks(['2026-W47'])).map((f) => f.id)).toEqual(['crm::M'])
    expect((await factsInWeeks(['2026-W48'])).map((f) => f.id)).toEqual([])
  })
})

describe('an undo after the team moved time zone', () => {
  let database: HuddleDatabase
  beforeEach(() => {
    database = freshDatabase()
  })

  it('puts the restored handoff in its week in the new time zone', async () => {
    // Monday 00:30 in Berlin is still Sunday (the previous ISO week) in UTC.
    const bookedAt = '2026-11-15T23:30:00.000Z'
    await putHandoffs([toStored(aHandoff({ externalId: 'tz', bookedAt, status: 'pending' }), 'crm', 'UTC', null)])
    const plan = await planImport(
      [{ line: 2, handoff: aHandoff({ externalId: 'tz', bookedAt, status: 'accepted' }) }],
      'crm',
      'UTC',
    )
    const run = await commitImport(plan, meta(1))
    await recomputeWeeks('Europe/Berlin')
    await undoRun(run.id!, { timeZone: 'Europe/Berlin' })
    expect((await database.handoffs.get('crm::tz'))?.week).toBe('2026-W47')
    expect((await factsInWeeks(['2026-W47'])).map((f) => [f.id, f.status])).toEqual([['crm::tz', 'pending']])
    expect(await factsInWeeks(['2026-W46'])).toEqual([])
  })

  it('gives the restored handoff the names the roster now gives its owner ids', async () => {
    const dana = { name: 'Dana Reyes', role: 'SDR' as const, partner: '', aliases: ['0051x000003AbCd'] }
    const owner = { externalId: 'own', sdr: '0051x000003AbCd' }
    await putHandoffs([toStored(aHandoff({ ...owner, status: 'pending' }), 'crm', 'UTC', null)])
    const plan = await planImport([{ line: 2, handoff: aHandoff({ ...owner, status: 'accepted' }) }], 'crm', 'UTC')
    const run = await commitImport(plan, meta(1))
    await undoRun(run.id!, { timeZone: 'UTC', team: [dana] })
    const restored = await database.handoffs.get('crm::own')
    expect([restored?.sdr, restored?.sdrRaw, restored?.status]).toEqual(['Dana Reyes', '0051x000003AbCd', 'pending'])
  })
})
