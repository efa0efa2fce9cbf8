import type { Handoff, HandoffField } from '@/domain/handoff'
import type { Icp, Settings } from '@/domain/settings'
import type { Huddle } from '@/domain/huddle/huddle'
import type { ActionItem } from '@/domain/huddle/action-items'
import type { WeekSummary } from '@/domain/trends/week-summary'

/** Stored shapes. Domain types live in src/domain; these add only what storage needs. */
export interface SettingsRow {
  key: 'app'
  value: Settings
}

export interface ImportRunRow {
  id?: number
  fileName: string
  fileSize: number
  sha256: string
  importSource: string
  startedAt: string
  finishedAt: string
  rows: number
  inserted: number
  updated: number
  unchanged: number
  rejected: number
  /** The mapping used, as the mapping file of docs/product.md. */
  mapping: unknown
  undone: boolean
  /**
   * The Handoff fields the file carried (a column, or the handoff note template), from schema v2
   * on; older runs were given it by the v2 upgrade when their mapping says.
   */
  carried?: readonly HandoffField[]
}

/** What a run changed, so the last run can be undone: null before = the run inserted it. */
export interface ImportUndoRow {
  runId: number
  handoffId: string
  before:
    | (Handoff & {
        importSource: string
        week: string
        importRunId: number | null
        updatedAt: string
        id: string
        carried?: number
      })
    | null
}

export interface IcpVersionRow {
  id?: number
  /** First ISO week this version judges. */
  effectiveWeek: string
  icp: Icp
  createdAt: string
  note: string
}

export interface RubricScoreRow {
  id?: number
  handoffId: string
  week: string
  scorer: string
  scoredAt: string
  rubricVersion: number
  /** Criterion id → pass. */
  criteria: Record<string, boolean>
  comment: string
}

export interface WeeklySampleRow {
  week: string
  handoffIds: string[]
  seed: string
  updatedAt: string
}

/** Stored as the domain defines them: a huddle and its action items need no storage-only fields. */
export type HuddleRow = Huddle
export type ActionItemRow = ActionItem

export interface MappingRow {
  importSource: string
  mapping: unknown
  updatedAt: string
}

/** A week's Trends numbers as last worked out (src/domain/trends/summary-validity.ts says when they hold). */
export interface WeekSummaryRow {
  week: string
  /** summaryKey of the settings they were made with. */
  key: string
  /** The instant they were made as of (UTC ms). */
  asOf: number
  /** The first instant after asOf at which they change by time alone; null: never. */
  changesAt: number | null
  summary: WeekSummary
}

/**
 * The last good copy of a team file a leader added (Teams screen): kept as the file's text, read
 * again through every check when the app starts. Other teams' data, read only: never in a backup.
 */
export interface TeamFileRow {
  /** `folder:<file name>` or `file:<file name>`: where the file comes from. */
  source: string
  fileName: string
  text: string
  /** When this copy was read (ISO instant). */
  readAt: string
}
