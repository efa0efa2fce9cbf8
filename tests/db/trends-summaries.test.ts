import { beforeEach, describe, expect, it } from 'vitest'
import type { HuddleDatabase } from '@/db/database'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { loadWeekSummaries } from '@/db/trends-repo'
import { defaultSettings } from '@/domain/settings'
import { aHandoff } from '../helpers/handoffs'
import { scoreByLee } from '../helpers/scores'
import { freshDatabase } from '../helpers/fresh-db'

const settings = defaultSettings('UTC')
// Wednesday 2026-11-18 12:00 UTC, in 2026-W47.
const NOW = Date.parse('2026-11-18T12:00:00.000Z')
const HOUR = 3_600_000
const W47 = '2026-W47'
const stored = (externalId: string, extra: Parameters<typeof aHandoff>[0] = {}) =>
  toStored(aHandoff({ externalId, bookedAt: '2026-11-16T10:00:00.000Z', ...extra }), 'crm', 'UTC', null)
const all = { icp_signal: true, prospect_words: true, trigger_timing: true, stack_budget: true, complete: true }

describe('Trends summaries kept per week', () => {
  let database: HuddleDatabase
  beforeEach(() => {
    database = freshDatabase()
  })

  it('are worked out from the facts the first time and kept', async () => {
    await putHandoffs([stored('a', { status: 'accepted', respondedAt: '2026-11-16T12:00:00.000Z' })])
    const summaries = await loadWeekSummaries([W47], settings, NOW)
    expect(summaries.get(W47)?.tally.accepted).toBe(1)
    expect(await database.weekSummaries.get(W47)).toBeDefined()
    expect((await loadWeekSummaries([W47], settings, NOW)).get(W47)).toEqual(summaries.get(W47))
  })

  it('are read back as kept, without reading the facts again', async () => {
    await putHandoffs([stored('a', { status: 'accepted', respondedAt: '2026-11-16T12:00:00.000Z' })])
    await loadWeekSummaries([W47], settings, NOW)
    // Doctor the kept row: a second read returning it proves the facts were not read again.
    await database.weekSummaries.update(W47, { 'summary.tally.booked': 99 } as never)
    expect((await loadWeekSummaries([W47], settings, NOW + HOUR)).get(W47)?.tally.booked).toBe(99)
  })

  it('are worked out again when kept by an older version without the assessed bases', async () => {
    await putHandoffs([stored('a', { status: 'accepted', respondedAt: '2026-11-16T12:00:00.000Z' })])
    await loadWeekSummaries([W47], settings, NOW)
    // A summary kept before the bases existed: keyed by the settings alone, without `decisions`.
    const row = (await database.weekSummaries.get(W47))!
    const { decisions: _dropped, ...oldTally } = row.summary.tally
    await database.weekSummaries.put({
      ...row,
      key: JSON.stringify(settings),
      summary: { ...row.summary, tally: oldTally as typeof row.summary.tally },
    })
    expect((await loadWeekSummaries([W47], settings, NOW + HOUR)).get(W47)?.tally.decisions).toBe(1)
  })

  it('are dropped when a handoff of the week is written', async () => {
    await putHandoffs([stored('a')])
    await loadWeekSummaries([W47], settings, NOW)
    await putHandoffs([stored('b')])
    expect(await database.weekSummaries.get(W47)).toBeUndefined()
    expect((await loadWeekSummaries([W47], settings, NOW)).get(W47)?.tally.booked).toBe(2)
  })

  it('are dropped when a handoff of the week is scored', async () => {
    await putHandoffs([stored('a', { status: 'accepted', respondedAt: '2026-11-16T12:00:00.000Z' })])
    await loadWeekSummaries([W47], settings, NOW)
    await scoreByLee('crm::a', all, W47)
    expect((await loadWeekSummaries([W47], settings, NOW)).get(W47)?.tally.rubricCount).toBe(1)
  })

  it('are worked out again once a pending handoff passes its deadline', async () => {
    // Booked Wednesday 10:00: due Thursday 10:00, the next business day.
    await putHandoffs([stored('p', { bookedAt: '2026-11-18T10:00:00.000Z', status: 'pending' })])
    const before = await loadWeekSummaries([W47], settings, NOW)
    expect(before.get(W47)?.tally.openOverdue).toBe(0)
    expect((await database.weekSummaries.get(W47))?.changesAt).toBe(Date.parse('2026-11-19T10:00:00.000Z'))
    const after = await loadWeekSummaries([W47], settings, Date.parse('2026-11-19T10:00:00.000Z'))
    expect(after.get(W47)?.tally.openOverdue).toBe(1)
  })

  it('are worked out again with other settings', async () => {
    await putHandoffs([stored('p', { bookedAt: '2026-11-18T10:00:00.000Z', status: 'pending' })])
    await loadWeekSummaries([W47], settings, NOW)
    const longer = await loadWeekSummaries([W47], { ...settings, slaWindowDays: 0 }, NOW)
    expect(longer.get(W47)?.tally.openOverdue).toBe(1)
  })

  it('give an empty summary for a week without handoffs', async () => {
    const summaries = await loadWeekSummaries(['2026-W01'], settings, NOW)
    expect(summaries.get('2026-W01')?.tally.booked).toBe(0)
  })
})
