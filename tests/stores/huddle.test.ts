import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { getHuddle } from '@/db/huddle-repo'
import { defaultSettings } from '@/domain/settings'
import { useHuddleStore } from '@/stores/huddle'
import { useSettingsStore } from '@/stores/settings'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'
import { carriedMaskOf } from '@/domain/carried'

// Tuesday of 2026-W48: the huddle under test is last week's (W47), and "now" is before the
// next one (W49), so items done now count as done since the last huddle.
const NOW = Date.parse('2026-11-24T09:00:00Z')

afterEach(() => {
  vi.useRealTimers()
})

beforeEach(async () => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
  freshDatabase()
  setActivePinia(createPinia())
  useSettingsStore().settings = defaultSettings('UTC')
  await putHandoffs([
    toStored(
      aHandoff({ sdr: 'Ana', ae: 'Ben', status: 'accepted', bookedAt: '2026-11-17T10:00:00.000Z' }),
      'test',
      'UTC',
      null,
    ),
    toStored(
      aHandoff({ sdr: 'Cy', ae: 'Ben', status: 'rejected', bookedAt: '2026-11-18T10:00:00.000Z' }),
      'test',
      'UTC',
      null,
    ),
    toStored(
      aHandoff({ sdr: 'Ana', ae: 'Dee', status: 'accepted', bookedAt: '2026-11-10T10:00:00.000Z' }),
      'test',
      'UTC',
      null,
    ),
  ])
})

async function started(week = '2026-W47') {
  const store = useHuddleStore()
  await store.open(week, NOW)
  await store.start({ date: '2026-11-24', facilitator: 'Maya', attendees: ['Ana'] })
  return store
}

describe('huddle store', () => {
  it('computes the week against last week for a new huddle', async () => {
    const store = await started()
    expect(store.comparison.thisWeek).toMatchObject({ booked: 2, accepted: 1, rejected: 1 })
    expect(store.comparison.lastWeek).toMatchObject({ booked: 1, accepted: 1 })
    expect(store.people).toEqual({ sdrs: ['Ana', 'Cy'], aes: ['Ben'] })
  })

  it('offers the people of recent weeks for a week that has no bookings yet', async () => {
    const store = useHuddleStore()
    await store.open('2026-W48', NOW)
    expect(store.people).toEqual({ sdrs: [], aes: [] })
    expect(store.attendeeChoices).toEqual({ sdrs: ['Ana', 'Cy'], aes: ['Ben', 'Dee'] })
  })

  it("remembers the last huddle's facilitator and attendees for the next one", async () => {
    const store = await started('2026-W46')
    await store.flush()
    await store.open('2026-W47', NOW)
    expect(store.lastCrew).toEqual({ week: '2026-W46', facilitator: 'Maya', attendees: ['Ana'] })
  })

  it('remembers nobody before the first huddle, and nothing for a huddle already started', async () => {
    const store = useHuddleStore()
    await store.open('2026-W47', NOW)
    expect(store.lastCrew).toBeNull()
    await store.start({ date: '2026-11-24', facilitator: 'Maya', attendees: ['Ana'] })
    await store.flush()
    await store.open('2026-W47', NOW)
    expect(store.lastCrew).toBeNull()
  })

  it('autosaves notes: a flush writes what was typed', async () => {
    const store = await started()
    store.setNotes('numbers', 'Volume is up')
    expect(store.saveState).toBe('pending')
    await store.flush()
    expect((await getHuddle('2026-W47'))?.huddle.notes.numbers).toBe('Volume is up')
    expect(store.saveState).toBe('saved')
  })

  it('persists the timer: time per section and the current section survive a reopen', async () => {
    const store = await started()
    store.toggleTimer(1_000)
    store.nextSection(61_000)
    store.toggleTimer(91_000)
    await store.flush()
    setActivePinia(createPinia())
    useSettingsStore().settings = defaultSettings('UTC')
    const reopened = useHuddleStore()
    await reopened.open('2026-W47')
    expect(reopened.currentSection).toBe('handoffs')
    expect(reopened.timerState.elapsedBySection.slice(0, 2)).toEqual([60_000, 30_000])
    expect(reopened.timerState.running).toBe(false)
  })

  it('carries an open action item into the next huddle until it is done', async () => {
    const store = await started()
    expect(await store.addItem({ text: 'Fix the checklist', owner: 'Ana', due: null })).toEqual({})
    await store.open('2026-W48')
    expect(store.carried.map((i) => i.text)).toEqual(['Fix the checklist'])
    await store.setItemDone(store.carried[0]!, true)
    expect(store.carried).toEqual([])
    expect(store.doneSinceLast.map((i) => i.text)).toEqual(['Fix the checklist'])
  })

  it('keeps a carried-over item ticked in this huddle on screen, done, until another week is opened', async () => {
    const store = await started()
    await store.addItem({ text: 'Fix the checklist', owner: 'Ana', due: null })
    await store.open('2026-W48')
    await store.setItemDone(store.carried[0]!, true)
    expect(store.carriedShown.map((i) => [i.text, i.doneAt !== ''])).toEqual([['Fix the checklist', true]])
    await store.open('2026-W49')
    expect(store.carriedShown).toEqual([])
  })

  it('writes roles into the notes once the room saw roles, after presentation ends and on reopen', async () => {
    const store = await started()
    expect(store.isNotesBlameless(false)).toBe(false)
    store.noteBlamelessShown()
    await store.finish()
    expect(store.isNotesBlameless(false)).toBe(true)
    setActivePinia(createPinia())
    useSettingsStore().settings = defaultSettings('UTC')
    const reopened = useHuddleStore()
    await reopened.open('2026-W47')
    expect(reopened.isNotesBlameless(false)).toBe(true)
    reopened.setNamesInNotes('names')
    expect(reopened.isNotesBlameless(true)).toBe(false)
  })

  it('rejects an action item without an owner', async () => {
    const store = await started()
    expect(await store.addItem({ text: 'Something', owner: ' ', due: null })).toEqual({ owner: 'Name an owner' })
  })

  it('records a calibration decision and, when asked, a new ICP version', async () => {
    const store = await started()
    const icp = { ...useSettingsStore().settings.icp, minCompanySize: 100 }
    await store.proposeIcpChange({
      next: icp,
      effectiveWeek: '2026-W48',
      note: 'Too many small ones',
      createVersion: true,
    })
    expect(store.huddle?.decisions).toEqual([
      'ICP: minimum company size 50 → 100 — Too many small ones (new ICP version in force from 2026-W48)',
    ])
    expect(useSettingsStore().settings.icp.minCompanySize).toBe(100)
    expect(store.icpVersions.map((v) => v.effectiveWeek)).toEqual(['0001-W01', '2026-W48'])
  })

  it('finishes: the huddle is stored as finished and the timer paused', async () => {
    const store = await started()
    store.toggleTimer()
    await store.finish()
    expect((await getHuddle('2026-W47'))?.huddle.status).toBe('finished')
    expect(store.timerState.running).toBe(false)
    expect(store.history.map((h) => h.week)).toEqual(['2026-W47'])
  })
})

describe('the walk reads the handoffs in full', () => {
  it('suggests the strong example from its texts, not from the clipped facts', async () => {
    const quoted =
      'Priya (VP Sales) said: "half our meetings are with people who cannot buy", and they move off spreadsheets before the Q1 audit.'
    await putHandoffs([
      toStored(
        aHandoff({
          externalId: 'rich',
          sdr: 'Ana',
          ae: 'Ben',
          status: 'accepted',
          bookedAt: '2026-11-19T10:00:00.000Z',
          respondedAt: '2026-11-19T12:00:00.000Z',
          company: 'Mosaic Market',
          companySize: 700,
          industry: 'Software',
          segment: 'Mid-market',
          contactName: 'Priya Shah',
          contactTitle: 'VP Sales',
          contactInfluence: 'decision_maker',
          icpFit: '700 employees, software, three SDR teams: inside our ICP on every signal we check.',
          triggerEvent: 'New VP Sales hired in October; asked to rebuild the SDR to AE process this quarter.',
          triggerCategory: 'new_hire',
          timing: 'Wants a decision before the Q1 audit in February, budget released in January.',
          techStack: 'Salesforce, Outreach and Gong, moving off spreadsheets for handoffs.',
          budgetSignal: 'Budget of 40k approved for sales tooling this fiscal year.',
          discoverySummary: quoted,
          crmNotes: quoted,
        }),
        'test',
        'UTC',
        null,
      ),
    ])
    const store = await started()
    expect(store.suggestion.strong).toBe('test::rich')
    expect(store.suggestion.why.strong).toContain('reads as 5/5')
  })
})

describe('the huddle on an export without the package', () => {
  const THIN = carriedMaskOf(['externalId', 'sdr', 'ae', 'bookedAt', 'status', 'rejectionReason', 'aeFeedback'])
  const thin = (over: Parameters<typeof aHandoff>[0]) => ({
    // W45: a week of this export only (the other tests' handoffs carry everything).
    ...toStored(aHandoff({ bookedAt: '2026-11-04T10:00:00.000Z', ...over }), 'thin', 'UTC', null),
    carried: THIN,
  })

  beforeEach(async () => {
    await putHandoffs([
      thin({ externalId: 'acc', status: 'accepted' }),
      thin({ externalId: 'rej', status: 'rejected', rejectionReason: 'too_small', aeFeedback: 'Under 20 employees' }),
    ])
  })

  it('suggests an accepted handoff as strong and says the pick comes from the decision', async () => {
    const store = await started('2026-W45')
    expect(store.suggestion).toMatchObject({ strong: 'thin::acc', weak: 'thin::rej' })
    expect(store.suggestion.why.strong).toContain('This export has no handoff package')
    expect(store.strong?.why).toBe(store.suggestion.why.strong)
  })

  it('never shows one handoff as both: picking the weak one as strong clears the weak pick', async () => {
    const store = await started('2026-W45')
    const weak = store.suggestion.weak!
    store.pick('weak', weak)
    store.pick('strong', weak)
    expect(store.huddle).toMatchObject({ strongHandoffId: weak, weakHandoffId: null })
    expect(store.weak?.handoff.id).not.toBe(weak)
    expect(store.strong?.why).toBe('Chosen by the facilitator.')
  })
})
