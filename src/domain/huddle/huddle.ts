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
