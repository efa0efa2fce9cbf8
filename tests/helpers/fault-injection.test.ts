import { beforeEach, describe, expect, it } from 'vitest'
import type { HuddleDatabase } from '@/db/database'
import { injectWriteFault } from './fault-injection'
import { freshDatabase } from '../helpers/fresh-db'

const row = (week: string) => ({ week, handoffIds: [], seed: week, updatedAt: '2026-11-23T10:00:00.000Z' })

describe('injectWriteFault', () => {
  let database: HuddleDatabase
  beforeEach(() => {
    database = freshDatabase()
  })

  it('lets the given number of writes through, then fails the next one with the given error', async () => {
    const fault = injectWriteFault(database, { afterWrites: 2, error: new Error('disk full') })
    await database.weeklySamples.put(row('2026-W45'))
    await database.weeklySamples.put(row('2026-W46'))
    await expect(database.weeklySamples.put(row('2026-W47'))).rejects.toThrow('disk full')
    expect(fault).toMatchObject({ writes: 3, hasFired: true })
    expect(await database.weeklySamples.count()).toBe(2)
  })

  it('fails the very first write with afterWrites 0, even on a database that is already open', async () => {
    await database.open()
    injectWriteFault(database, { afterWrites: 0 })
    await expect(database.weeklySamples.put(row('2026-W47'))).rejects.toThrow('Injected write fault after 0 writes')
  })

  it('fails once: later writes go through', async () => {
    injectWriteFault(database, { afterWrites: 0 })
    await expect(database.weeklySamples.put(row('2026-W47'))).rejects.toThrow()
    await database.weeklySamples.put(row('2026-W47'))
    expect(await database.weeklySamples.count()).toBe(1)
  })

  it('counts only writes to the named table when one is given', async () => {
    const fault = injectWriteFault(database, { afterWrites: 0, table: 'huddles' })
    await database.weeklySamples.put(row('2026-W47'))
    await database.settings.clear()
    expect(fault.hasFired).toBe(false)
    await expect(
      database.huddles.put({
        week: '2026-W47',
        status: 'open',
        date: '2026-11-20',
        facilitator: 'Mia',
        attendees: [],
        notes: {},
        decisions: [],
        strongHandoffId: null,
        weakHandoffId: null,
        elapsedSeconds: {},
        updatedAt: '',
      }),
    ).rejects.toThrow()
  })

  it('does not count reads', async () => {
    const fault = injectWriteFault(database, { afterWrites: 0 })
    await database.weeklySamples.toArray()
    await database.handoffs.count()
    expect(fault.writes).toBe(0)
  })

  it('stops failing once removed', async () => {
    const fault = injectWriteFault(database, { afterWrites: 0 })
    fault.remove()
    await database.weeklySamples.put(row('2026-W47'))
    expect(fault.writes).toBe(0)
  })

  it('makes a transaction roll back the writes it already made', async () => {
    await database.weeklySamples.put(row('2026-W40'))
    injectWriteFault(database, { afterWrites: 2 })
    await expect(
      database.transaction('rw', database.weeklySamples, async () => {
        await database.weeklySamples.clear()
        await database.weeklySamples.put(row('2026-W46'))
        await database.weeklySamples.put(row('2026-W47'))
      }),
    ).rejects.toThrow()
    expect(await database.weeklySamples.toArray()).toEqual([row('2026-W40')])
  })
})
