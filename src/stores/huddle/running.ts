/**
 * The running huddle: the record being edited (./edits.ts), its autosave (./autosave.ts), the
 * agenda timer (./agenda-timer.ts), starting and finishing. Part of the huddle store (./index.ts);
 * it owns no reads beyond the record it is given.
 */
import { nowMs } from '@/domain/clock'
import { ref, type ComputedRef, type Ref } from 'vue'
import type { StoredHuddle } from '@/db/huddle-repo'
import type { Settings } from '@/domain/settings'
import { newHuddle, type Huddle } from '@/domain/huddle/huddle'
import { createAgendaTimer } from './agenda-timer'
import { createHuddleAutosave } from './autosave'
import { createHuddleEdits } from './edits'

export function createRunningHuddle(deps: {
  settings: ComputedRef<Settings>
  week: Ref<string>
  error: Ref<string | null>
}) {
  const { week } = deps
  const huddle = ref<Huddle | null>(null)
  const clock = createAgendaTimer({ settings: deps.settings, persist: () => autosave.persist() })
  const { currentSection, elapsedSeconds } = clock
  const autosave = createHuddleAutosave({ huddle, currentSection, elapsedSeconds, error: deps.error })
  const { persist } = autosave

  /** Shows a stored huddle (or none) after the store has read the week. */
  function restore(stored: StoredHuddle | null): void {
    if (stored) {
      huddle.value = stored.huddle
      clock.resetTo({ section: stored.currentSection, seconds: stored.huddle.elapsedSeconds })
      autosave.saveState.value = 'saved'
    } else {
      huddle.value = null
      clock.resetTo()
    }
  }

  /** Starts this week's huddle: a new record with the facilitator, date and attendees. */
  async function start(
    fields: { date: string; facilitator: string; attendees: string[] },
    now = new Date(nowMs()),
  ): Promise<void> {
    if (!week.value) return
    huddle.value = newHuddle({ week: week.value, ...fields }, now.toISOString())
    clock.resetTo()
    await persist()
  }

  /** Pauses the timer and marks the huddle finished; the caller reloads the history. */
  async function finish(now = nowMs()): Promise<void> {
    if (!huddle.value) return
    clock.pause(now)
    huddle.value.status = 'finished'
    await persist(now)
  }

  async function resume(): Promise<void> {
    if (!huddle.value) return
    huddle.value.status = 'open'
    await persist()
  }

  const { timerState, agenda, stopTimerSaves, toggleTimer, nextSection, previousSection, goToSection } = clock
  return {
    huddle,
    timerState,
    agenda,
    currentSection,
    saveState: autosave.saveState,
    restore,
    start,
    flush: autosave.flush,
    stopTimerSaves,
    ...createHuddleEdits({ huddle, scheduleSave: autosave.scheduleSave }),
    toggleTimer,
    nextSection,
    previousSection,
    goToSection,
    finish,
    resume,
  }
}
