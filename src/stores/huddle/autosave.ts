/**
 * The running huddle's autosave: a change is written within AUTOSAVE_DELAY_MS of the last
 * keystroke, writes run one after another, and a flush writes at once (on leaving the screen,
 * hiding or closing the window). Part of the running huddle (./running.ts).
 */
import { nowMs } from '@/domain/clock'
import { ref, type ComputedRef, type Ref } from 'vue'
import { saveHuddle } from '@/db/huddle-repo'
import type { AgendaSection } from '@/domain/settings'
import type { Huddle } from '@/domain/huddle/huddle'
import { failureText } from '@/stores/shared/db-error-notices'

/** Autosave waits this long after the last keystroke; a flush writes at once. */
const AUTOSAVE_DELAY_MS = 400

export type SaveState = 'saved' | 'pending' | 'saving' | 'error'

export function createHuddleAutosave(deps: {
  huddle: Ref<Huddle | null>
  /** The agenda section being run, saved with the record so a reopen continues there. */
  currentSection: ComputedRef<AgendaSection>
  /** Each section's elapsed seconds at `now`, saved with the record. */
  elapsedSeconds: (now: number) => Huddle['elapsedSeconds']
  error: Ref<string | null>
}) {
  const saveState = ref<SaveState>('saved')
  let saveHandle: ReturnType<typeof setTimeout> | null = null
  let writing: Promise<void> = Promise.resolve()

  async function persist(now = nowMs()): Promise<void> {
    const h = deps.huddle.value
    if (!h) return
    const snapshot: Huddle = {
      ...h,
      elapsedSeconds: deps.elapsedSeconds(now),
      updatedAt: new Date(now).toISOString(),
    }
    const section = deps.currentSection.value
    saveState.value = 'saving'
    writing = writing
      .then(() => saveHuddle(snapshot, section))
      .then(
        () => {
          if (saveState.value === 'saving') saveState.value = 'saved'
        },
        (e: unknown) => {
          saveState.value = 'error'
          deps.error.value = `Could not save the huddle: ${failureText(e)}`
        },
      )
    await writing
  }

  /** Marks the huddle changed and writes it within AUTOSAVE_DELAY_MS of the last change. */
  function scheduleSave(): void {
    if (!deps.huddle.value) return
    saveState.value = 'pending'
    if (saveHandle !== null) clearTimeout(saveHandle)
    saveHandle = setTimeout(() => {
      saveHandle = null
      void persist()
    }, AUTOSAVE_DELAY_MS)
  }

  /** Writes any pending change now (on leaving the screen, hiding the window, closing it). */
  async function flush(): Promise<void> {
    if (saveHandle !== null) {
      clearTimeout(saveHandle)
      saveHandle = null
      await persist()
    } else await writing
  }

  return { saveState, persist, scheduleSave, flush }
}
