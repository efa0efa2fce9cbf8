import { describe, expect, it } from 'vitest'
import { agendaFromSettings } from '@/domain/huddle/agenda'
import {
  createTimer,
  formatClock,
  goTo,
  isSectionOverTime,
  isTotalOverTime,
  next,
  pause,
  previous,
  sectionElapsed,
  sectionRemaining,
  start,
  timerFromElapsedSeconds,
  toElapsedSeconds,
  toggle,
  totalElapsed,
  totalRemaining,
  type TimerState,
} from '@/domain/huddle/timer'

// 8 + 10 + 6 + 6 minutes.
const agenda = agendaFromSettings({ numbers: 8, handoffs: 10, breaches: 6, calibration: 6 })
const T0 = 1_700_000_000_000
const s = (seconds: number): number => T0 + seconds * 1000
const fresh = (): TimerState => createTimer(agenda.length)

describe('huddle timer', () => {
  it('starts paused on the first section with no time spent', () => {
    expect(fresh()).toEqual({ sectionIndex: 0, running: false, startedAt: null, elapsedBySection: [0, 0, 0, 0] })
  })

  it('counts time in the current section while running', () => {
    expect(sectionElapsed(start(fresh(), s(0)), s(90))).toBe(90_000)
  })

  it('stops counting while paused', () => {
    const paused = pause(start(fresh(), s(0)), s(30))
    expect(sectionElapsed(paused, s(500))).toBe(30_000)
  })

  it('adds up separate running stretches in one section', () => {
    let t = start(fresh(), s(0))
    t = pause(t, s(10))
    t = start(t, s(100))
    expect(sectionElapsed(t, s(105))).toBe(15_000)
  })

  it('toggles between running and paused', () => {
    const running = toggle(fresh(), s(0))
    expect(running.running).toBe(true)
    expect(toggle(running, s(5))).toMatchObject({ running: false, elapsedBySection: [5000, 0, 0, 0] })
  })

  it('ignores start while already running, keeping the original start time', () => {
    const running = start(fresh(), s(0))
    expect(start(running, s(50))).toBe(running)
  })

  it('ignores pause while already paused', () => {
    const paused = fresh()
    expect(pause(paused, s(50))).toBe(paused)
  })

  it('does not change the state it was given', () => {
    const before = start(fresh(), s(0))
    const copy = structuredClone(before)
    next(pause(before, s(10)), s(20))
    expect(before).toEqual(copy)
  })

  it('keeps running when moving to the next section and books the time to the section it was spent in', () => {
    let t = start(fresh(), s(0))
    t = next(t, s(60))
    expect(t).toMatchObject({ sectionIndex: 1, running: true })
    expect(sectionElapsed(t, s(100), 0)).toBe(60_000)
    expect(sectionElapsed(t, s(100), 1)).toBe(40_000)
  })

  it('resumes counting a section where it left off when going back to it', () => {
    let t = start(fresh(), s(0))
    t = next(t, s(60))
    t = previous(t, s(90))
    expect(t.sectionIndex).toBe(0)
    expect(sectionElapsed(t, s(100))).toBe(70_000)
    expect(sectionElapsed(t, s(100), 1)).toBe(30_000)
  })

  it('moves between sections while paused without counting time', () => {
    const t = next(fresh(), s(60))
    expect(t).toMatchObject({ sectionIndex: 1, running: false, elapsedBySection: [0, 0, 0, 0] })
  })

  it('stays on the last section when asked for the next one', () => {
    const last = goTo(fresh(), 3, s(0))
    expect(next(last, s(1))).toBe(last)
  })

  it('stays on the first section when asked for the previous one', () => {
    const first = fresh()
    expect(previous(first, s(1))).toBe(first)
  })

  it('jumps straight to a section, clamping an index outside the agenda', () => {
    expect(goTo(fresh(), 2, s(0)).sectionIndex).toBe(2)
    expect(goTo(fresh(), 9, s(0)).sectionIndex).toBe(3)
    expect(goTo(fresh(), -1, s(0)).sectionIndex).toBe(0)
  })

  it('counts no time when the clock goes backwards', () => {
    expect(sectionElapsed(start(fresh(), s(100)), s(40))).toBe(0)
  })

  it('gives the time left in the section, negative once it runs over', () => {
    const t = start(fresh(), s(0))
    expect(sectionRemaining(t, agenda, s(60))).toBe(7 * 60_000)
    expect(sectionRemaining(t, agenda, s(8 * 60 + 65))).toBe(-65_000)
  })

  it('flags a section as over time only after its timebox is used up', () => {
    const t = start(fresh(), s(0))
    expect(isSectionOverTime(t, agenda, s(8 * 60))).toBe(false)
    expect(isSectionOverTime(t, agenda, s(8 * 60 + 1))).toBe(true)
  })

  it('keeps an earlier section over time after moving on', () => {
    const t = next(start(fresh(), s(0)), s(9 * 60))
    expect(isSectionOverTime(t, agenda, s(9 * 60 + 5), 0)).toBe(true)
    expect(isSectionOverTime(t, agenda, s(9 * 60 + 5))).toBe(false)
  })

  it('sums time across all sections including the running stretch', () => {
    let t = start(fresh(), s(0))
    t = next(t, s(100))
    t = next(t, s(250))
    expect(totalElapsed(t, s(300))).toBe(300_000)
  })

  it('gives the time left in the whole huddle against the 30-minute agenda', () => {
    const t = next(start(fresh(), s(0)), s(600))
    expect(totalRemaining(t, agenda, s(900))).toBe(15 * 60_000)
  })

  it('flags the huddle as over time once all sections together exceed the agenda', () => {
    const t = goTo(start(fresh(), s(0)), 3, s(0))
    expect(isTotalOverTime(t, agenda, s(30 * 60))).toBe(false)
    expect(isTotalOverTime(t, agenda, s(30 * 60 + 1))).toBe(true)
  })

  it('survives a JSON round trip unchanged', () => {
    const t = next(start(fresh(), s(0)), s(42))
    expect(JSON.parse(JSON.stringify(t))).toEqual(t)
  })

  it('saves seconds per section id for HuddleRow.elapsedSeconds, counting the running stretch', () => {
    const t = next(start(fresh(), s(0)), s(90))
    expect(toElapsedSeconds(t, agenda, s(100.5))).toEqual({ numbers: 90, handoffs: 10.5, breaches: 0, calibration: 0 })
  })

  it('resumes paused from saved seconds on the section it was on', () => {
    const resumed = timerFromElapsedSeconds(agenda, { numbers: 90, handoffs: 10.5 }, 1)
    expect(resumed).toEqual({
      sectionIndex: 1,
      running: false,
      startedAt: null,
      elapsedBySection: [90_000, 10_500, 0, 0],
    })
  })

  it('ignores unknown, negative and non-numeric saved seconds when resuming', () => {
    const saved = { numbers: -5, stale: 100, breaches: Number.NaN } as Record<string, number>
    expect(timerFromElapsedSeconds(agenda, saved).elapsedBySection).toEqual([0, 0, 0, 0])
  })
})

describe('formatClock', () => {
  it.each([
    [299_000, '04:59'],
    [298_001, '04:59'],
    [480_000, '08:00'],
    [1, '00:01'],
    [0, '00:00'],
    [-1, '00:00'],
    [-1000, '\u221200:01'],
    [-65_000, '\u221201:05'],
    [75 * 60_000, '75:00'],
  ])('shows %i ms left as %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text)
  })

  it('rounds an elapsed clock down', () => {
    expect(formatClock(59_999, 'elapsed')).toBe('00:59')
  })

  it('shows a non-finite value as zero rather than NaN', () => {
    expect(formatClock(Number.NaN)).toBe('00:00')
  })
})
