import type { AgendaSection } from '@/domain/settings'
import { AGENDA_SECTIONS } from '@/domain/settings'
import type { Huddle } from '@/domain/huddle/huddle'
import { db } from './database'
import type { HuddleRow } from './rows'

/**
 * A huddle as stored. `currentSection` rides along in the same row (Dexie stores any property;
 * only indexed ones are in the schema, and backups keep rows loose) so a reopened huddle resumes
 * where the facilitator was; older rows without it start at the first section.
 */
export type HuddleRecord = HuddleRow & { currentSection?: AgendaSection }

export interface StoredHuddle {
  huddle: Huddle
  currentSection: AgendaSection
}

const isSection = (s: unknown): s is AgendaSection =>
  typeof s === 'string' && (AGENDA_SECTIONS as readonly string[]).includes(s)

function fromRecord(row: HuddleRecord): StoredHuddle {
  const { currentSection, ...rest } = row
  const huddle: Huddle = {
    ...rest,
    attendees: [...rest.attendees],
    notes: { ...rest.notes },
    decisions: [...rest.decisions],
    elapsedSeconds: { ...rest.elapsedSeconds },
  }
  return { huddle, currentSection: isSection(currentSection) ? currentSection : 'numbers' }
}

export async function getHuddle(week: string): Promise<StoredHuddle | null> {
  const row = (await db().huddles.get(week)) as HuddleRecord | undefined
  return row ? fromRecord(row) : null
}

/** One huddle per week: saving replaces that week's row. Plain copies, never reactive proxies. */
export async function saveHuddle(huddle: Huddle, currentSection: AgendaSection): Promise<void> {
  const record: HuddleRecord = {
    week: huddle.week,
    status: huddle.status,
    date: huddle.date,
    facilitator: huddle.facilitator,
    attendees: [...huddle.attendees],
    notes: { ...huddle.notes },
    decisions: [...huddle.decisions],
    strongHandoffId: huddle.strongHandoffId,
    weakHandoffId: huddle.weakHandoffId,
    elapsedSeconds: { ...huddle.elapsedSeconds },
    updatedAt: huddle.updatedAt,
    ...(huddle.namesInNotes ? { namesInNotes: huddle.namesInNotes } : {}),
    ...(huddle.shownBlameless ? { shownBlameless: true } : {}),
    currentSection,
  }
  await db().huddles.put(record)
}

export interface HuddleSummary {
  week: string
  status: Huddle['status']
  date: string
  facilitator: string
  attendeeCount: number
  updatedAt: string
}

/** Every huddle, newest week first. */
export async function listHuddles(): Promise<HuddleSummary[]> {
  const rows = await db().huddles.orderBy('week').reverse().toArray()
  return rows.map((r) => ({
    week: r.week,
    status: r.status,
    date: r.date,
    facilitator: r.facilitator,
    attendeeCount: r.attendees.length,
    updatedAt: r.updatedAt,
  }))
}

/** The weeks that have a huddle, ascending, from the primary key alone. */
export async function huddleWeeks(): Promise<string[]> {
  return (await db().huddles.orderBy('week').primaryKeys()) as string[]
}
