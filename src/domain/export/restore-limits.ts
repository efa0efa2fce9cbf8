import { formatThousands } from '../format'
import { MAX_INPUT_BYTES } from '../input-file'
import { BACKUP_TABLE_WORDS } from './backup-table-words'
import { BACKUP_TABLE_NAMES, type BackupTable } from './backup-tables'

/**
 * The most rows of each table a backup may bring back. A restore is one transaction, so its
 * size is bounded by refusing files past these, before their rows are checked or written.
 * - handoffs: the same 200,000 rows an import accepts (src/domain/import/xlsx.ts); their import
 *   undo records and rubric scores are at most one per handoff.
 * - huddles, weekly samples and ICP versions: one per week for 100 years (5,200).
 * - action items: 50,000, about 20 a week for 48 years; a huddle writes a handful a week.
 * - import runs: 20,000, more than one import a day for 50 years.
 * - mappings: one per CRM source; settings: two keys exist.
 * No real team reaches these; a file that does is hand-made or damaged, and restoring it would
 * hold the database in one transaction for minutes (a million action items took 151 s).
 */
export const RESTORE_LIMITS: Readonly<Record<BackupTable, number>> = {
  handoffs: 200_000,
  importRuns: 20_000,
  importUndo: 200_000,
  settings: 100,
  icpVersions: 5_200,
  rubricScores: 200_000,
  weeklySamples: 5_200,
  huddles: 5_200,
  actionItems: 50_000,
  mappings: 1_000,
}

/** The largest backup file read, the same as any other input. */
export const MAX_BACKUP_BYTES = MAX_INPUT_BYTES

/** Why a file of this size is refused (a clause for backupRefusal), or null. */
export function backupSizeProblem(bytes: number): string | null {
  const mb = Math.round(MAX_BACKUP_BYTES / (1024 * 1024))
  return bytes > MAX_BACKUP_BYTES ? `it is larger than ${mb} MB, the most the app reads` : null
}

/**
 * Why a backup with these row counts is refused (a clause for backupRefusal), or null. Counts
 * that are not numbers are left to the backup's own check, which names them.
 */
export function restoreLimitProblem(counts: Readonly<Record<string, unknown>>): string | null {
  for (const table of BACKUP_TABLE_NAMES) {
    const count = counts[table]
    const limit = RESTORE_LIMITS[table]
    if (typeof count === 'number' && count > limit) {
      return (
        `it holds ${formatThousands(count)} ${BACKUP_TABLE_WORDS[table].plural}, ` +
        `more than the ${formatThousands(limit)} the app restores`
      )
    }
  }
  return null
}

/** How far into the file its counts may start: the writer puts them before the data. */
const HEAD_CHARS = 4096

/**
 * The counts a backup file declares, read from its first characters without parsing the whole
 * file, so a file past the limits is refused before its rows are parsed. Null when they are not
 * there (an older or hand-made file): the full check then counts the rows themselves.
 */
export function declaredCounts(text: string): Record<string, unknown> | null {
  const match = /"counts":(\{[^{}]*\})/.exec(text.slice(0, HEAD_CHARS))
  if (!match?.[1]) return null
  try {
    const counts: unknown = JSON.parse(match[1])
    return counts !== null && typeof counts === 'object' ? (counts as Record<string, unknown>) : null
  } catch {
    return null
  }
}
