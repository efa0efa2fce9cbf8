/**
 * The running huddle: the record being edited, its autosave, the agenda timer and finishing.
 * Part of the huddle store (./index.ts); it owns no reads beyond the record it is given.
 */
import { nowMs } from '@/domain/clock'
import { computed, ref, shallowRef, type ComputedRef, type Ref } from 'vue'
import { saveHuddle, type StoredHuddle } from '@/db/huddle-repo'
import { AGENDA_SECTIONS, type AgendaSection, type Settings } from '@/domain/settings'
import { agendaFromSettings } from '@/domain/huddle/agenda'
import { newHuddle, type Huddle } from '@/domain/huddle/huddle'
import * as timer from '@/domain/huddle/timer'
import { addDecision, removeDecision } from '@/domain/huddle/decisions'
import { addAttendees, toggleAttendee } from '@/domain/huddle/session'
import { failureText } from '@/stores/shared/db-error-notices'

/** Autosave waits this long after the last keystroke; a flush writes at once. */
const AUTOSAVE_DELAY_MS = 400
/** While the timer runs, its elapsed time is saved this often (a crash loses at most this much). */
const TIMER_SAVE_INTERVAL_MS = 5000

export type SaveState = 'saved' | 'pending' | 'saving' | 'error'

export function createRunningHuddle(deps: {
  settings: ComputedRef<Settings>
  week: Ref<string>
  error: Ref<string | null>
}) {
  const { settings, week, error } = deps
  const huddle = ref<Huddle | null>(null)
  const timerState = shallowRef<timer.TimerState>(timer.createTimer(AGENDA_SECTIONS.length))
  const agenda = computed(() => agendaFromSettings(settings.value.agendaMinutes))
  const currentSection = computed<AgendaSection>(() => agenda.value[timerState.value.sectionIndex]?.id ?? 'numbers')
  const saveState = ref<SaveState>('saved')

  /** Shows a stored huddle (or none) after the store has read the week. */
  function restore(stored: StoredHuddle | null): void {
    if (stored) {
      huddle.value = stored.huddle
      const index = Math.max(
        0,
        agenda.value.findIndex((a) => a.id === stored.currentSection),
      )
      timerState.value = timer.timerFromElapsedSeconds(agenda.value, stored.huddle.elapsedSeconds, index)
      saveState.value = 'saved'
    } else {
      huddle.value = null
      timerState.value = timer.createTimer(agenda.value.length)
    }
  }

  /** Starts this week's huddle: a new record with the facilitator, date and attendees. */
  async function start(
    fields: { date: string; facilitator: string; attendees: string[] },
    now = new Date(nowMs()),
  ): Promise<void> {
    if (!week.value) return
    huddle.value = newHuddle({ week: week.value, ...fields }, now.toISOString())
    timerState.value = timer.createTimer(agenda.value.length)
    await persist()
  }

  // ------------------------------------------------------------------ autosave

  let saveHandle: ReturnType<typeof setTimeout> | null = null
  let writing: Promise<void> = Promise.resolve()

  async function persist(now = nowMs()): Promise<void> {
    const h = huddle.value
    if (!h) return
    const snapshot: Huddle = {
      ...h,
      elapsedSeconds: timer.toElapsedSeconds(timerState.value, agenda.value, now),
      updatedAt: new Date(now).toISOString(),
    }
    const section = currentSection.value
    saveState.value = 'saving'
    writing = writing
      .then(() => saveHuddle(snapshot, section))
      .then(
        () => {
          if (saveState.value === 'saving') saveState.value = 'saved'
        },
        (e: unknown) => {
          saveState.value = 'error'
          error.value = `Could not save the huddle: ${failureText(e)}`
        },
      )
    await writing
  }

  /** Marks the huddle changed and writes it within AUTOSAVE_DELAY_MS of the last change. */
  function scheduleSave(): void {
    if (!huddle.value) return
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

  function update(change: (h: Huddle) => void): void {
    if (!huddle.value) return
    change(huddle.value)
    scheduleSave()
  }

  const setNotes = (key: string, text: string) => update((h) => (h.notes = { ...h.notes, [key]: text }))
  const setFacilitator = (name: string) => update((h) => (h.facilitator = name))
  const setDate = (day: string) => update((h) => (h.date = day))
  const toggleAttendeeName = (name: string) => update((h) => (h.attendees = toggleAttendee(h.attendees, name)))
  const addTypedAttendees = (typed: string) => update((h) => (h.attendees = addAttendees(h.attendees, typed)))
  const addDecisionText = (text: string) => update((h) => (h.decisions = addDecision(h.decisions, text)))
  const removeDecisionAt = (index: number) => update((h) => (h.decisions = removeDecision(h.decisions, index)))
  const setNamesInNotes = (choice: 'roles' | 'names') => update((h) => (h.namesInNotes = choice))
  /** Remembers that the room saw role labels, so the notes default to roles too. */
  const noteBlamelessShown = () => {
    if (huddle.value && !huddle.value.shownBlameless) update((h) => (h.shownBlameless = true))
  }
  /** Strong and weak are never the same handoff: picking one as the other clears the other. */
  const pick = (kind: 'strong' | 'weak', id: string | null) =>
    update((h) => {
      if (kind === 'strong') {
        h.strongHandoffId = id
        if (id !== null && h.weakHandoffId === id) h.weakHandoffId = null
      } else {
        h.weakHandoffId = id
        if (id !== null && h.strongHandoffId === id) h.strongHandoffId = null
      }
    })

  // ------------------------------------------------------------------ timer

  let timerSaveHandle: ReturnType<typeof setInterval> | null = null
  function stopTimerSaves(): void {
    if (timerSaveHandle !== null) clearInterval(timerSaveHandle)
    timerSaveHandle = null
  }

  function applyTimer(next: timer.TimerState): void {
    if (next === timerState.value) return
    timerState.value = next
    stopTimerSaves()
    if (next.running) timerSaveHandle = setInterval(() => void persist(), TIMER_SAVE_INTERVAL_MS)
    void persist()
  }

  const toggleTimer = (now = nowMs()) => applyTimer(timer.toggle(timerState.value, now))
  const nextSection = (now = nowMs()) => applyTimer(timer.next(timerState.value, now))
  const previousSection = (now = nowMs()) => applyTimer(timer.previous(timerState.value, now))
  const goToSection = (index: number, now = nowMs()) => applyTimer(timer.goTo(timerState.value, index, now))

  /** Pauses the timer and marks the huddle finished; the caller reloads the history. */
  async function finish(now = nowMs()): Promise<void> {
    if (!huddle.value) return
    timerState.value = timer.pause(timerState.value, now)
    stopTimerSaves()
    huddle.value.status = 'finished'
    await persist(now)
  }

  async function resume(): Promise<void> {
    if (!huddle.value) return
    huddle.value.status = 'open'
    await persist()
  }

  return {
    huddle,
    timerState,
    agenda,
    currentSection,
    saveState,
    restore,
    start,
    flush,
    stopTimerSaves,
    setNotes,
    setFacilitator,
    setDate,
    setNamesInNotes,
    noteBlamelessShown,
    toggleAttendeeName,
    addTypedAttendees,
    addDecisionText,
    removeDecisionAt,
    pick,
    toggleTimer,
    nextSection,
    previousSection,
    goToSection,
    finish,
    resume,
  }
}
