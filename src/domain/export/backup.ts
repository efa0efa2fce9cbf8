import { z } from 'zod'
import { sha256Hex } from '../hash'
import { carriedByMapping, carriedMaskOf } from '@/domain/carried'
import type { StoredHandoff } from '@/domain/handoff'
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
 * The full backup file: one JSON object, written compactly (no whitespace, no trailing newline)
 *
 *   {"format":"handoff-huddle-backup","schemaVersion":1,"appVersion":"0.1.0",
 *    "createdAt":"2026-11-23T10:00:00.000Z","counts":{"handoffs":2,…},"sha256":"…","data":{…}}
 *
 * - `schemaVersion` is the database version the rows belong to; this app reads backups up to its
 *   own version and refuses newer ones.
 * - `sha256` is the hex SHA-256 of the canonical JSON (keys sorted at every level) of the whole
 *   object WITHOUT the `sha256` key — not of `data` alone: a flipped digit in `createdAt` or
 *   `counts` is corruption too, and a checksum over `data` alone would let it through.
 * - `counts` holds the number of rows per table; `data` the rows per table, in key order.
 */
export const BACKUP_FORMAT = 'handoff-huddle-backup'

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

type Row = Record<string, unknown>

/** Rows per table; handoffs and settings typed because they are validated in full. */
export type BackupData = Omit<Record<BackupTable, Row[]>, 'handoffs' | 'settings'> & {
  handoffs: StoredHandoff[]
  settings: z.infer<typeof settingsRowSchema>[]
}

export type BackupCounts = Record<BackupTable, number>

export interface BackupMeta {
  /** The Dexie version of the database the rows come from. */
  schemaVersion: number
  appVersion: string
  /** ISO instant. */
  createdAt: string
}

export interface Backup extends BackupMeta {
  format: typeof BACKUP_FORMAT
  counts: BackupCounts
  sha256: string
  data: BackupData
}

export type ParsedBackup = { ok: true; backup: Backup; counts: BackupCounts } | { ok: false; error: string }

/** JSON.stringify with the keys of every object sorted, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

const checksumOf = (backup: Omit<Backup, 'sha256'> | Record<string, unknown>): Promise<string> => {
  const { sha256: _ignored, ...rest } = backup as Record<string, unknown>
  return sha256Hex(canonicalJson(rest))
}

/** The backup file's text for these rows (every table of BACKUP_TABLES must be present). */
export async function buildBackup(data: Record<BackupTable, readonly unknown[]>, meta: BackupMeta): Promise<string> {
  const counts = Object.fromEntries(BACKUP_TABLE_NAMES.map((t) => [t, data[t].length])) as BackupCounts
  const tables = Object.fromEntries(BACKUP_TABLE_NAMES.map((t) => [t, data[t]]))
  const body = {
    format: BACKUP_FORMAT,
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt,
    counts,
  }
  const sha256 = await checksumOf({ ...body, data: tables })
  // `data` last so a person opening the file sees the summary first.
  return JSON.stringify({ ...body, sha256, data: tables })
}

const MAX_ROW_ERRORS = 5
const notBackup = (why: string): ParsedBackup => ({
  ok: false,
  error: `This file is not a Handoff Huddle backup: ${why}.`,
})
const corrupt = (why: string): ParsedBackup => ({ ok: false, error: `The file is corrupt: ${why}.` })

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Reads a backup file and checks everything before anything is restored: JSON, format tag,
 * schema version (newer than `currentSchemaVersion` is refused), checksum, counts, and every
 * row. The error is one sentence a person can act on.
 */
export async function parseBackup(text: string, currentSchemaVersion: number): Promise<ParsedBackup> {
  const trimmed = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (trimmed.trim() === '') return notBackup('the file is empty')
  let parsed: unknown
  try {
    parsed = JSON.parse(trimmed)
  } catch {
    return notBackup('it is not valid JSON (it may have been cut short)')
  }
  if (!isObject(parsed)) return notBackup('it is not a JSON object')
  if (parsed.format !== BACKUP_FORMAT) return notBackup(`it has no "format": "${BACKUP_FORMAT}" tag`)

  const { schemaVersion } = parsed
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return corrupt('its schema version is missing or not a whole number')
  }
  if (schemaVersion > currentSchemaVersion) {
    return {
      ok: false,
      error:
        `This backup was made by a newer version of Handoff Huddle (schema ${schemaVersion}); ` +
        `this app reads up to schema ${currentSchemaVersion}. Update the app to restore it.`,
    }
  }
  if (typeof parsed.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(parsed.sha256)) {
    return corrupt('its checksum is missing')
  }
  if ((await checksumOf(parsed)) !== parsed.sha256) return corrupt('its checksum does not match')

  // The checksum matches, so what follows is what the writer wrote: problems now are a writer's
  // bug or a hand-edited file, still refused before anything is touched.
  const { appVersion, createdAt, counts, data } = parsed
  if (typeof appVersion !== 'string' || typeof createdAt !== 'string') {
    return corrupt('its app version or creation time is missing')
  }
  if (!isObject(counts) || !isObject(data)) return corrupt('it has no counts or no data')

  const expected = BACKUP_TABLE_NAMES.filter((t) => BACKUP_TABLES[t].since <= schemaVersion)
  const unknown = Object.keys(data).filter((t) => !Object.hasOwn(BACKUP_TABLES, t))
  if (unknown.length > 0) return corrupt(`it holds tables this app does not know (${unknown.join(', ')})`)
  const missing = expected.filter((t) => !Object.hasOwn(data, t))
  if (missing.length > 0) return corrupt(`tables are missing (${missing.join(', ')})`)

  const rowErrors: string[] = []
  const rows = {} as Record<BackupTable, Row[]>
  const finalCounts = {} as BackupCounts
  for (const table of BACKUP_TABLE_NAMES) {
    const tableRows = Object.hasOwn(data, table) ? data[table] : []
    if (!Array.isArray(tableRows)) return corrupt(`${table} is not a list of rows`)
    const count = Object.hasOwn(counts, table) ? counts[table] : 0
    if (count !== tableRows.length) {
      return corrupt(`it says ${table} has ${String(count)} rows but it holds ${tableRows.length}`)
    }
    rowErrors.push(...validateRows(table, tableRows))
    rows[table] = tableRows as Row[]
    finalCounts[table] = tableRows.length
  }
  const extraCounts = Object.keys(counts).filter((t) => !Object.hasOwn(data, t))
  if (extraCounts.length > 0) return corrupt(`it counts tables it does not hold (${extraCounts.join(', ')})`)
  if (rowErrors.length > 0) {
    const shown = rowErrors.slice(0, MAX_ROW_ERRORS).join('; ')
    const more = rowErrors.length > MAX_ROW_ERRORS ? ` (and ${rowErrors.length - MAX_ROW_ERRORS} more)` : ''
    return { ok: false, error: `The backup holds rows this app cannot use: ${shown}${more}.` }
  }

  if (schemaVersion < 2) markCarriedV2(rows)
  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion,
    appVersion,
    createdAt,
    counts: finalCounts,
    sha256: parsed.sha256,
    // Every row passed its table's schema above; the rows stay as written (extra keys kept).
    data: rows as unknown as BackupData,
  }
  return { ok: true, backup, counts: finalCounts }
}

/**
 * The database's v2 upgrade applied to a v1 backup's rows (see database.ts): each run gets the
 * fields its recorded mapping had a column for, and its handoffs that mask. Rows are copied, not
 * changed in place.
 */
function markCarriedV2(rows: Record<BackupTable, Row[]>): void {
  const masks = new Map<number, number>()
  rows.importRuns = rows.importRuns.map((run) => {
    const carried = carriedByMapping(run.mapping)
    if (carried === null || typeof run.id !== 'number') return run
    masks.set(run.id, carriedMaskOf(carried))
    return { ...run, carried }
  })
  if (masks.size === 0) return
  rows.handoffs = rows.handoffs.map((h) => {
    const mask = typeof h.importRunId === 'number' ? masks.get(h.importRunId) : undefined
    return mask === undefined || h.carried !== undefined ? h : { ...h, carried: mask }
  })
}

/** Problems with one table's rows: schema failures (first issue per row) and duplicate keys. */
function validateRows(table: BackupTable, rows: unknown[]): string[] {
  const { key, schema } = BACKUP_TABLES[table]
  const errors: string[] = []
  const seen = new Set<string>()
  rows.forEach((row, i) => {
    const result = schema.safeParse(row)
    if (!result.success) {
      const issue = result.error.issues[0]
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
      errors.push(`${table} row ${i + 1}: ${where}${issue?.message ?? 'invalid'}`)
      return
    }
    const keyText = JSON.stringify(key.map((k) => (row as Row)[k]))
    if (seen.has(keyText)) errors.push(`${table} row ${i + 1}: key ${keyText} appears twice`)
    seen.add(keyText)
  })
  return errors
}
