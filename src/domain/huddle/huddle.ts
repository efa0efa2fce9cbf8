import { AGENDA_SECTIONS, type AgendaSection } from '@/domain/settings'

/** One week's huddle; maps 1:1 onto HuddleRow. */
export interface Huddle {
  week: string
  status: 'open' | 'finished'
  /** Calendar day `YYYY-MM-DD` the huddle was held. */
  date: string
  facilitator: string
  attendees: string[]
  /** Section id → notes. */
  notes: Record<string, string>
  decisions: string[]
  strongHandoffId: string | null
  weakHandoffId: string | null
  /** Section id → seconds spent (see timer.ts, toElapsedSeconds). */
  elapsedSeconds: Record<string, number>
  updatedAt: string
  /** Whether exported notes name people or use role labels ("SDR A"); unset: as the screen showed. */
  namesInNotes?: 'roles' | 'names'
  /** Set once the shared screen showed role labels instead of names (presenting or blameless on). */
  shownBlameless?: boolean
}

const perSection = <T>(value: T): Record<AgendaSection, T> =>
  Object.fromEntries(AGENDA_SECTIONS.map((id) => [id, value])) as Record<AgendaSection, T>

export function newHuddle(
  fields: Pick<Huddle, 'week' | 'date' | 'facilitator'> & Partial<Pick<Huddle, 'attendees'>>,
  updatedAt: string,
): Huddle {
  return {
    week: fields.week,
    status: 'open',
    date: fields.date,
    facilitator: fields.facilitator,
    attendees: [...(fields.attendees ?? [])],
    notes: perSection(''),
    decisions: [],
    strongHandoffId: null,
    weakHandoffId: null,
    elapsedSeconds: perSection(0),
    updatedAt,
  }
}

/** The latest huddle week before `week`, for "done since last huddle"; null when there is none. */
export function previousHuddleWeek(huddleWeeks: readonly string[], week: string): string | null {
  let best: string | null = null
  for (const w of huddleWeeks) if (w < week && (best === null || w > best)) best = w
  return best
}

/**
 * Whether the notes use role labels: the facilitator's explicit choice, else roles when the room
 * saw roles at any point of this huddle (or sees them now), so notes never name people the screen
 * did not.
 */
export function notesAreBlameless(
  huddle: Pick<Huddle, 'namesInNotes' | 'shownBlameless'>,
  isScreenBlameless: boolean,
): boolean {
  if (huddle.namesInNotes) return huddle.namesInNotes === 'roles'
  return huddle.shownBlameless === true || isScreenBlameless
}
