import { BACKUP_TABLE_NAMES, buildBackup, canonicalJson, type BackupTable } from '@/domain/export/backup'
import { handoffId, type StoredHandoff } from '@/domain/handoff'
import { sha256Hex } from '@/domain/hash'
import { newHuddle } from '@/domain/huddle/huddle'
import { defaultSettings } from '@/domain/settings'
import { aHandoff } from './handoffs'

export const BACKUP_META = { schemaVersion: 1, appVersion: '0.1.0', createdAt: '2026-11-23T10:00:00.000Z' }
const AT = '2026-11-23T09:00:00.000Z'

/** A handoff as the database stores it, imported from "demo" in week 2026-W47. */
export function storedHandoff(externalId: string): StoredHandoff {
  return {
    ...aHandoff({ externalId }),
    id: handoffId('demo', externalId),
    importSource: 'demo',
    week: '2026-W47',
    importRunId: 1,
    updatedAt: AT,
  }
}

/** One full, valid row for every table: a crafted backup changes one field of one of them. */
export function oneRowOfEachTable(): Record<BackupTable, Record<string, unknown>> {
  const handoff = storedHandoff('A-1')
  return {
    handoffs: { ...handoff },
    importRuns: {
      id: 1,
      fileName: 'week 47.csv',
      fileSize: 1200,
      sha256: 'ab',
      importSource: 'demo',
      startedAt: AT,
      finishedAt: AT,
      rows: 1,
      inserted: 1,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      mapping: {},
      undone: false,
    },
    importUndo: { runId: 1, handoffId: handoff.id, before: handoff },
    settings: { key: 'app', value: defaultSettings('Europe/Berlin') },
    icpVersions: {
      id: 1,
      effectiveWeek: '2026-W40',
      icp: defaultSettings('UTC').icp,
      createdAt: AT,
      note: 'Bigger companies',
    },
    rubricScores: {
      id: 1,
      handoffId: handoff.id,
      week: '2026-W47',
      scorer: 'Maya',
      scoredAt: AT,
      rubricVersion: 1,
      criteria: { pain: true },
      comment: '',
    },
    weeklySamples: { week: '2026-W47', handoffIds: [handoff.id], seed: '', updatedAt: AT },
    huddles: {
      ...newHuddle({ week: '2026-W47', date: '2026-11-24', facilitator: 'Maya', attendees: ['Ana'] }, AT),
      strongHandoffId: handoff.id,
      weakHandoffId: handoff.id,
    },
    actionItems: {
      id: 1,
      huddleWeek: '2026-W47',
      text: 'Fix the trigger field',
      owner: 'Ana',
      due: '2026-11-27',
      doneAt: '',
      createdAt: AT,
    },
    mappings: { importSource: 'demo', mapping: {}, updatedAt: AT },
  }
}

/** A valid backup file's text with these rows in each table (one of each unless given). */
export function backupOf(rows: Partial<Record<BackupTable, unknown[]>> = {}): Promise<string> {
  const one = oneRowOfEachTable()
  const data = Object.fromEntries(BACKUP_TABLE_NAMES.map((t) => [t, rows[t] ?? [one[t]]]))
  return buildBackup(data as Record<BackupTable, unknown[]>, BACKUP_META)
}

// The edits reach into arbitrary JSON paths; typing each path would hide what they change.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type BackupJson = Record<string, any>

/** Edits a backup's object and signs it again, as a writer with a bug (or a person) would. */
export async function edited(text: string, edit: (file: BackupJson) => void): Promise<string> {
  const file = JSON.parse(text) as BackupJson
  edit(file)
  const { sha256: _old, ...rest } = file
  return JSON.stringify({ ...file, sha256: await sha256Hex(canonicalJson(rest)) })
}
