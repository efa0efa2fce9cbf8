import { nowMs } from '@/domain/clock'
import { computed, onScopeDispose, shallowRef, watch } from 'vue'
import type { AgendaItem } from '@/domain/huddle/agenda'
import {
  formatClock,
  isSectionOverTime,
  isTotalOverTime,
  sectionElapsed,
  sectionRemaining,
  totalRemaining,
  type TimerState,
} from '@/domain/huddle/timer'

export interface UseHuddleTimerOptions {
  /** The timer state (owned by the huddle store). */
  state: () => TimerState
  /** The agenda with its timeboxes. */
  agenda: () => readonly AgendaItem[]
  /** The clock; injectable for tests. */
  now?: () => number
  /** How often the faces refresh while running, in ms. */
  intervalMs?: number
}

/** "over by 1:05" for a negative remaining time; '' while within the timebox. */
function overByText(remainingMs: number): string {
  return remainingMs < 0 ? `over by ${formatClock(-remainingMs, 'elapsed')}` : ''
}

/**
 * Thin wiring over the pure timer: a ticking `now` while the timer runs, and the faces the screen
 * shows (section and whole-huddle countdowns, over-time flags and text). Stops ticking on dispose.
 */
export function useHuddleTimer(options: UseHuddleTimerOptions) {
  const clock = options.now ?? nowMs
  const now = shallowRef(clock())
  let handle: ReturnType<typeof setInterval> | null = null

  const stopTicking = () => {
    if (handle !== null) clearInterval(handle)
    handle = null
  }
  watch(
    () => options.state().running,
    (running) => {
      now.value = clock()
      stopTicking()
      if (running) handle = setInterval(() => (now.value = clock()), options.intervalMs ?? 250)
    },
    { immediate: true },
  )
  // Any change of state (section switch, pause) refreshes the faces at once.
  watch(options.state, () => (now.value = clock()))
  onScopeDispose(stopTicking)

  const sectionLeftMs = computed(() => sectionRemaining(options.state(), options.agenda(), now.value))
  const totalLeftMs = computed(() => totalRemaining(options.state(), options.agenda(), now.value))
  const isSectionOver = computed(() => isSectionOverTime(options.state(), options.agenda(), now.value))
  const isTotalOver = computed(() => isTotalOverTime(options.state(), options.agenda(), now.value))
  /** Per section: elapsed ms and whether it ran over, for the agenda strip. */
  const sections = computed(() =>
    options.agenda().map((item, i) => {
      const spent = sectionElapsed(options.state(), now.value, i)
      return { id: item.id, spentMs: spent, isOver: spent > item.seconds * 1000 }
    }),
  )

  return {
    now,
    sectionLeftMs,
    totalLeftMs,
    isSectionOver,
    isTotalOver,
    sectionClock: computed(() => formatClock(sectionLeftMs.value)),
    totalClock: computed(() => formatClock(totalLeftMs.value)),
    sectionOverBy: computed(() => overByText(sectionLeftMs.value)),
    totalOverBy: computed(() => overByText(totalLeftMs.value)),
    sections,
  }
}
