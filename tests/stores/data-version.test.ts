import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { defaultSettings } from '@/domain/settings'
import { useDataVersionStore } from '@/stores/data-version'
import { useHandoffsStore } from '@/stores/handoffs'
import { useHuddleStore } from '@/stores/huddle'
import { useSettingsStore } from '@/stores/settings'
import { useWeeklyStore } from '@/stores/weekly'
import { useHandoffDetailStore } from '@/stores/handoff-detail'
import { useIcpVersionsStore } from '@/stores/icp-versions'
import { useTeamStore } from '@/stores/team'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

// Tuesday of 2026-W48: the huddle and the weekly numbers both show W47.
const NOW = Date.parse('2026-11-24T09:00:00Z')

const booked = (sdr: string, ae: string, day: string) =>
  toStored(aHandoff({ sdr, ae, status: 'accepted', bookedAt: `${day}T10:00:00.000Z` }), 'test', 'UTC', null)

afterEach(() => {
  vi.useRealTimers()
})

beforeEach(async () => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
  freshDatabase()
  setActivePinia(createPinia())
  useSettingsStore().settings = defaultSettings('UTC')
  await putHandoffs([booked('Ana', 'Ben', '2026-11-17')])
})

describe('data version', () => {
  it('has every follower read again before a write is reported done', async () => {
    const version = useDataVersionStore()
    const reads: string[] = []
    version.follow(async () => void reads.push('table'))
    version.follow(async () => void reads.push('huddle'))
    await version.changed()
    expect(version.version).toBe(1)
    expect(reads).toEqual(['table', 'huddle'])
  })

  it('keeps the other followers reading when one fails', async () => {
    const version = useDataVersionStore()
    const reads: string[] = []
    version.follow(() => Promise.reject(new Error('disk gone')))
    version.follow(async () => void reads.push('weekly'))
    await version.changed()
    expect(reads).toEqual(['weekly'])
  })

  it('shows the open huddle the same numbers as Weekly numbers after a write, without reopening', async () => {
    const huddle = useHuddleStore()
    const weekly = useWeeklyStore()
    await huddle.open('2026-W47', NOW)
    await weekly.load('2026-W47')
    expect(huddle.comparison.thisWeek.booked).toBe(1)

    await putHandoffs([booked('Cy', 'Dee', '2026-11-18')])
    await useDataVersionStore().changed()

    expect(weekly.metrics?.booked).toBe(2)
    expect(huddle.comparison.thisWeek.booked).toBe(2)
    expect(huddle.attendeeChoices.aes).toEqual(['Ben', 'Dee'])
  })

  it('keeps the huddle being run, its typing and its week, when the figures are read again', async () => {
    const huddle = useHuddleStore()
    await huddle.open('2026-W47', NOW)
    await huddle.start({ date: '2026-11-24', facilitator: 'Maya', attendees: ['Ana'] })
    huddle.setNotes('numbers', 'Typed before the import')

    await putHandoffs([booked('Cy', 'Dee', '2026-11-18')])
    await useDataVersionStore().changed()

    expect(huddle.week).toBe('2026-W47')
    expect(huddle.huddle?.facilitator).toBe('Maya')
    expect(huddle.huddle?.notes.numbers).toBe('Typed before the import')
    expect(huddle.comparison.thisWeek.booked).toBe(2)
  })

  it('has the week pickers and the footer follow a write', async () => {
    const handoffs = useHandoffsStore()
    await handoffs.refresh()
    expect(handoffs.range.count).toBe(1)
    await putHandoffs([booked('Cy', 'Dee', '2026-11-10')])
    await useDataVersionStore().changed()
    expect(handoffs.range.count).toBe(2)
    expect(handoffs.weeks).toEqual(['2026-W47', '2026-W46'])
  })

  it('is bumped by every write: settings, roster, ICP, a score, the sample, demo data and a clear', async () => {
    const version = useDataVersionStore()
    const settings = useSettingsStore()
    const bumps: string[] = []
    const after = async (what: string, write: () => Promise<unknown>) => {
      const before = version.version
      await write()
      if (version.version > before) bumps.push(what)
    }
    await after('settings', () => settings.save({ ...settings.settings, sampleSize: 4 }))
    await after('roster', () => useTeamStore().name('48213977', 'Omar Haddad', 'AE'))
    await after('ICP', () =>
      useIcpVersionsStore().recordIfChanged(
        settings.settings.icp,
        { ...settings.settings.icp, minCompanySize: 80 },
        '2026-W48',
      ),
    )
    const detail = useHandoffDetailStore()
    await useHandoffsStore().refresh()
    await detail.load(useHandoffsStore().rows[0]!.id)
    detail.scorer = 'Maya'
    await after('score', () => detail.saveScore())
    const weekly = useWeeklyStore()
    await weekly.load('2026-W47')
    await after('sample', () => weekly.redraw())
    await after('demo', () => useHandoffsStore().loadDemo())
    await after('clear', () => useHandoffsStore().clearAll())
    expect(bumps).toEqual(['settings', 'roster', 'ICP', 'score', 'sample', 'demo', 'clear'])
  })
})
