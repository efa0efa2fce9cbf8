/**
 * How each backup table, and one record of it, reads in a manager's words: "huddles", "the huddle
 * of week 2026-W47", "import run #12", "handoff A-1". A record is named by its own key when that
 * key is sound, else by its place in the file ("the 3rd huddle in the file"), since the key may be
 * the very field that is wrong.
 */
import type { BackupTable } from './backup-tables'

export interface TableWords {
  /** Lower case, for sentences: "import runs". */
  plural: string
  /** One record: "import run". */
  singular: string
  /** Whether a record's name takes a plural verb ("the settings have"). */
  isPluralRecord?: boolean
  /** The record's name from its own fields, or null when they are not usable. */
  nameOf: (row: Record<string, unknown>) => string | null
}

const MAX_SHOWN = 40

/** A value from the file made fit for a sentence: one line, at most 40 characters. */
export function shown(value: string): string {
  const line = value.replace(/[\s\p{Cc}]+/gu, ' ').trim()
  return line.length > MAX_SHOWN ? `${line.slice(0, MAX_SHOWN - 1)}…` : line
}

const text = (v: unknown): string | null => (typeof v === 'string' && shown(v) !== '' ? shown(v) : null)
/** A record number as the app assigns them: a whole number from 1. */
const number = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null)
const week = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-W\d{2}$/.test(v) ? v : null)
/** The CRM record id inside a handoff key "source::externalId". */
const crmId = (key: unknown): string | null => (typeof key === 'string' ? text(key.split('::').pop()) : null)

const numbered = (what: string) => (row: Record<string, unknown>) => {
  const id = number(row.id)
  return id === null ? null : `${what} #${id}`
}
const ofWeek = (what: string, field: string) => (row: Record<string, unknown>) => {
  const w = week(row[field])
  return w === null ? null : `${what} ${w}`
}
const byText = (what: string, field: string) => (row: Record<string, unknown>) => {
  const t = text(row[field])
  return t === null ? null : `${what} ${t}`
}

export const BACKUP_TABLE_WORDS: Record<BackupTable, TableWords> = {
  handoffs: {
    plural: 'handoffs',
    singular: 'handoff',
    nameOf: byText('handoff', 'externalId'),
  },
  importRuns: { plural: 'import runs', singular: 'import run', nameOf: numbered('import run') },
  importUndo: {
    plural: 'undo records',
    singular: 'undo record',
    nameOf: (row) => {
      const run = number(row.runId)
      const handoff = crmId(row.handoffId)
      return run === null || handoff === null ? null : `the undo record of handoff ${handoff} in import run #${run}`
    },
  },
  settings: { plural: 'settings', singular: 'settings record', isPluralRecord: true, nameOf: () => 'the settings' },
  icpVersions: {
    plural: 'ICP versions',
    singular: 'ICP version',
    nameOf: ofWeek('the ICP version from week', 'effectiveWeek'),
  },
  rubricScores: {
    plural: 'rubric scores',
    singular: 'rubric score',
    nameOf: (row) => {
      const handoff = crmId(row.handoffId)
      return handoff === null ? numbered('rubric score')(row) : `the rubric score of handoff ${handoff}`
    },
  },
  weeklySamples: { plural: 'weekly samples', singular: 'weekly sample', nameOf: ofWeek('the sample of week', 'week') },
  huddles: { plural: 'huddles', singular: 'huddle', nameOf: ofWeek('the huddle of week', 'week') },
  actionItems: { plural: 'action items', singular: 'action item', nameOf: numbered('action item') },
  mappings: {
    plural: 'saved mappings',
    singular: 'saved mapping',
    nameOf: byText('the saved mapping for', 'importSource'),
  },
}

const ordinal = (n: number): string => {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

export interface RecordName {
  name: string
  /** Takes a plural verb ("the settings have"). */
  isPlural: boolean
}

/** The name of the `index`-th (0-based) record of `table`: by its key, else by its place. */
export function recordName(table: BackupTable, row: unknown, index: number): RecordName {
  const words = BACKUP_TABLE_WORDS[table]
  const isRecord = row !== null && typeof row === 'object' && !Array.isArray(row)
  const named = isRecord ? words.nameOf(row as Record<string, unknown>) : null
  return named === null
    ? { name: `the ${ordinal(index + 1)} ${words.singular} in the file`, isPlural: false }
    : { name: named, isPlural: words.isPluralRecord === true }
}
