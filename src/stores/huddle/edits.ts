/**
 * What the facilitator changes in the running huddle's record: notes, date and crew, decisions,
 * how names show in the notes, and the two handoffs walked. Each edit is autosaved. Part of the
 * running huddle (./running.ts).
 */
import type { Ref } from 'vue'
import type { Huddle } from '@/domain/huddle/huddle'
import { addDecision, removeDecision } from '@/domain/huddle/decisions'
import { addAttendees, toggleAttendee } from '@/domain/huddle/session'

/** Strong and weak are never the same handoff: picking one as the other clears the other. */
function picked(h: Huddle, kind: 'strong' | 'weak', id: string | null): void {
  if (kind === 'strong') {
    h.strongHandoffId = id
    if (id !== null && h.weakHandoffId === id) h.weakHandoffId = null
  } else {
    h.weakHandoffId = id
    if (id !== null && h.strongHandoffId === id) h.strongHandoffId = null
  }
}

export function createHuddleEdits(deps: { huddle: Ref<Huddle | null>; scheduleSave: () => void }) {
  const { huddle } = deps

  function update(change: (h: Huddle) => void): void {
    if (!huddle.value) return
    change(huddle.value)
    deps.scheduleSave()
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
  const pick = (kind: 'strong' | 'weak', id: string | null) => update((h) => picked(h, kind, id))

  return {
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
  }
}
