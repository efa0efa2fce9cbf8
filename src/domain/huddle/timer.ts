import type { AgendaItem } from './agenda'

/**
 * The huddle timer as an immutable state machine. Every action and selector takes the current
 * time (`now`, epoch ms) from its caller, so the same inputs always give the same answer and
 * tests need no fake clocks. The state is plain JSON: it can be saved and restored as is.
 */
export interface TimerState {
  readonly sectionIndex: number
  readonly running: boolean
  /** When the current running stretch began, in the current section; null while paused. */
  readonly startedAt: number | null
  /** Time already accounted to each section, in ms, not counting the running stretch. */
  readonly elapsedBySection: readonly number[]
}

export function createTimer(sectionCount: number): TimerState {
  return { sectionIndex: 0, running: false, startedAt: null, elapsedBySection: new Array<number>(sectionCount).fill(0) }
}

/** The running stretch so far; a clock that went backwards counts as no time, never negative. */
function liveMs(state: TimerState, now: number): number {
  return state.running && state.startedAt !== null ? Math.max(0, now - state.startedAt) : 0
}

/** Moves the running stretch into the current section's account. */
function settle(state: TimerState, now: number): TimerState {
  if (!state.running) return state
  const elapsedBySection = state.elapsedBySection.map((ms, i) =>
    i === state.sectionIndex ? ms + liveMs(state, now) : ms,
  )
  return { ...state, elapsedBySection, startedAt: now }
}

export function start(state: TimerState, now: number): TimerState {
  return state.running ? state : { ...state, running: true, startedAt: now }
}

export function pause(state: TimerState, now: number): TimerState {
  return state.running ? { ...settle(state, now), running: false, startedAt: null } : state
}

export function toggle(state: TimerState, now: number): TimerState {
  return state.running ? pause(state, now) : start(state, now)
}

/** Switches section; a running timer keeps running and the time so far stays with the old section. */
export function goTo(state: TimerState, index: number, now: number): TimerState {
  const last = state.elapsedBySection.length - 1
  const target = Math.min(Math.max(Math.trunc(index), 0), Math.max(last, 0))
  if (target === state.sectionIndex) return state
  return { ...settle(state, now), sectionIndex: target }
}

export function next(state: TimerState, now: number): TimerState {
  return goTo(state, state.sectionIndex + 1, now)
}

export function previous(state: TimerState, now: number): TimerState {
  return goTo(state, state.sectionIndex - 1, now)
}

export function sectionElapsed(state: TimerState, now: number, index = state.sectionIndex): number {
  const banked = state.elapsedBySection[index] ?? 0
  return index === state.sectionIndex ? banked + liveMs(state, now) : banked
}

/** Time left in a section's timebox in ms; negative once the section runs over. */
export function sectionRemaining(
  state: TimerState,
  agenda: readonly AgendaItem[],
  now: number,
  index = state.sectionIndex,
): number {
  return (agenda[index]?.seconds ?? 0) * 1000 - sectionElapsed(state, now, index)
}

export function totalElapsed(state: TimerState, now: number): number {
  return state.elapsedBySection.reduce((sum, ms) => sum + ms, 0) + liveMs(state, now)
}

/** Time left in the whole huddle in ms; negative once the huddle runs over. */
export function totalRemaining(state: TimerState, agenda: readonly AgendaItem[], now: number): number {
  return agenda.reduce((sum, item) => sum + item.seconds * 1000, 0) - totalElapsed(state, now)
}

export function isSectionOverTime(
  state: TimerState,
  agenda: readonly AgendaItem[],
  now: number,
  index = state.sectionIndex,
): boolean {
  return sectionRemaining(state, agenda, now, index) < 0
}

export function isTotalOverTime(state: TimerState, agenda: readonly AgendaItem[], now: number): boolean {
  return totalRemaining(state, agenda, now) < 0
}

const MINUS = '\u2212'
const pad2 = (n: number): string => String(n).padStart(2, '0')

/**
 * `mm:ss` for a timer face; minutes are not capped at 59. Over time reads with a minus sign
 * (U+2212): `−01:05`. A countdown rounds up, so it shows 00:01 until the timebox is fully used
 * and 00:00 for its first second over; an elapsed clock rounds down.
 */
export function formatClock(ms: number, rounding: 'countdown' | 'elapsed' = 'countdown'): string {
  const safe = Number.isFinite(ms) ? ms : 0
  const seconds = rounding === 'countdown' ? Math.ceil(safe / 1000) : Math.floor(safe / 1000)
  const abs = Math.abs(seconds)
  const clock = `${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
  return seconds < 0 ? MINUS + clock : clock
}

/** For HuddleRow.elapsedSeconds: seconds spent per section id (ms precision kept as a fraction). */
export function toElapsedSeconds(
  state: TimerState,
  agenda: readonly AgendaItem[],
  now: number,
): Record<string, number> {
  return Object.fromEntries(agenda.map((item, i) => [item.id, sectionElapsed(state, now, i) / 1000]))
}

/** A paused timer resumed from HuddleRow.elapsedSeconds; unknown section ids are ignored. */
export function timerFromElapsedSeconds(
  agenda: readonly AgendaItem[],
  elapsedSeconds: Readonly<Record<string, number>>,
  sectionIndex = 0,
): TimerState {
  const elapsedBySection = agenda.map((item) => {
    const seconds = elapsedSeconds[item.id]
    return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0
  })
  return goTo({ ...createTimer(agenda.length), elapsedBySection }, sectionIndex, 0)
}
