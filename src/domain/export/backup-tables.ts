/**
 * The tables a backup holds, on their own so the backup's reader and its words (backup-problems,
 * backup-table-words, backup-field-words) can all name a table without importing each other.
 */
import type { z } from 'zod'
import {
  actionItemRowSchema,
  huddleRowSchema,
  icpVersionRowSchema,
  importRunRowSchema,
  importUndoRowSchema,
  mappingRowSchema,
  rubricScoreRowSchema,
  settingsRowSchema,
  storedHandoffSchema,
  weeklySampleRowSchema,
} from './backup-schemas'

/**
 * Every table the backup knows, in the order the file lists them: since = the first schema
 * version that has it (older backups lack it and restore it empty), key = its primary key
 * fields, schema = what a row must satisfy, every field (backup-schemas.ts).
 */
export const BACKUP_TABLES = {
  handoffs: { since: 1, key: ['id'], schema: storedHandoffSchema },
  importRuns: { since: 1, key: ['id'], schema: importRunRowSchema },
  importUndo: { since: 1, key: ['runId', 'handoffId'], schema: importUndoRowSchema },
  settings: { since: 1, key: ['key'], schema: settingsRowSchema },
  icpVersions: { since: 1, key: ['id'], schema: icpVersionRowSchema },
  rubricScores: { since: 1, key: ['id'], schema: rubricScoreRowSchema },
  weeklySamples: { since: 1, key: ['week'], schema: weeklySampleRowSchema },
  huddles: { since: 1, key: ['week'], schema: huddleRowSchema },
  actionItems: { since: 1, key: ['id'], schema: actionItemRowSchema },
  mappings: { since: 1, key: ['importSource'], schema: mappingRowSchema },
} as const satisfies Record<string, { since: number; key: readonly string[]; schema: z.ZodType }>

export type BackupTable = keyof typeof BACKUP_TABLES
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTable[]
