/**
 * The huddle's agenda timer: the sections from Settings, the one being run and its clock, and
 * the running clock saved every few seconds so a crash loses little. Part of the running huddle
 * (./running.ts), which saves the record through `persist`.
 */
import { nowMs } from '@/domain/clock'
import { computed, shallowRef, type ComputedRef } from 'vue'
import { AGENDA_SECTIONS, type AgendaSection, type Settings } from '@/domain/settings'
import { agendaFromSettings } from '@/domain/huddle/agenda'
import * as timer from '@/domain/huddle/timer'
import type { Huddle } from '@/domain/huddle/huddle'

/** While the timer runs, its elapsed time is saved this often (a crash loses at most this much). */
const TIMER_SAVE_INTERVAL_MS = 5000

export function createAgendaTimer(deps: { settings: ComputedRef<Settings>; persist: () => Promise<void> }) {
  const timerState = shallowRef<timer.TimerState>(timer.createTimer(AGENDA_SECTIONS.length))
  const agenda = computed(() => agendaFromSettings(deps.settings.value.agendaMinutes))
  const currentSection = computed<AgendaSection>(() => agenda.value[timerState.value.sectionIndex]?.id ?? 'numbers')

  let timerSaveHandle: ReturnType<typeof setInterval> | null = null
  function stopTimerSaves(): void {
    if (timerSaveHandle !== null) clearInterval(timerSaveHandle)
    timerSaveHandle = null
  }

  function applyTimer(next: timer.TimerState): void {
    if (next === timerState.value) return
    timerState.value = next
    stopTimerSaves()
    if (next.running) timerSaveHandle = setInterval(() => void deps.persist(), TIMER_SAVE_INTERVAL_MS)
    void deps.persist()
  }

  const toggleTimer = (now = nowMs()) => applyTimer(timer.toggle(timerState.value, now))
  const nextSection = (now = nowMs()) => applyTimer(timer.next(timerState.value, now))
  const previousSection = (now = nowMs()) => applyTimer(timer.previous(timerState.value, now))
  const goToSection = (index: number, now = nowMs()) => applyTimer(timer.goTo(timerState.value, index, now))

  /** The time the record keeps: each section's elapsed seconds at `now`. */
  const elapsedSeconds = (now: number): Huddle['elapsedSeconds'] =>
    timer.toElapsedSeconds(timerState.value, agenda.value, now)

  /** The clock as a stored huddle left it (at `section`, with each section's `seconds`), or a fresh one. */
  function resetTo(stored?: { section: string; seconds: Huddle['elapsedSeconds'] }): void {
    if (!stored) {
      timerState.value = timer.createTimer(agenda.value.length)
      return
    }
    const index = Math.max(
      0,
      agenda.value.findIndex((a) => a.id === stored.section),
    )
    timerState.value = timer.timerFromElapsedSeconds(agenda.value, stored.seconds, index)
  }

  /** Pauses the clock for good (the huddle is finished). */
  function pause(now: number): void {
    timerState.value = timer.pause(timerState.value, now)
    stopTimerSaves()
  }

  return {
    timerState,
    agenda,
    currentSection,
    stopTimerSaves,
    toggleTimer,
    nextSection,
    previousSection,
    goToSection,
    elapsedSeconds,
    resetTo,
    pause,
  }
}
