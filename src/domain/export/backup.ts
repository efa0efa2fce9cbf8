import { z } from 'zod'
import { sha256Hex } from '../hash'
import { nestingDepth } from '../text/json-error'
import { carriedByMapping, carriedMaskOf } from '@/domain/carried'
import type { StoredHandoff } from '@/domain/handoff'
import { settingsRowSchema } from './backup-schemas'
import { BACKUP_TABLES, BACKUP_TABLE_NAMES, type BackupTable } from './backup-tables'
import { formatThousands, joinAnd, oneOrMany } from '../format'
import { duplicateProblem, listProblems, quotedNames, rowProblems } from './backup-problems'
import { BACKUP_TABLE_WORDS } from './backup-table-words'

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

export { BACKUP_TABLES, BACKUP_TABLE_NAMES, type BackupTable } from './backup-tables'

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

/**
 * `error` says why a file is refused, as a clause to follow its name ("the huddle of week
 * 2026-W47 has attendees that are not a list of names"): backupRefusal (backup-problems.ts)
 * makes it the sentence shown.
 */
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

/** Why a file that is not text is refused (the caller decodes it, so says it). */
export const NOT_TEXT = 'this is not a Handoff Huddle backup (it is not text)'

/**
 * How deeply a backup's JSON may nest: its rows are a few levels deep (a mapping inside an import
 * run is the deepest). Checked on the text before anything walks the value recursively.
 */
const MAX_NESTING = 64

const refused = (error: string): Refused => ({ ok: false, error })
const notBackup = (why: string) => refused(`this is not a Handoff Huddle backup (${why})`)
const damaged = (why: string) => refused(`the file is damaged (${why})`)
const plural = (table: BackupTable) => BACKUP_TABLE_WORDS[table].plural
/** Table names from the file: the app's words for the tables it knows, quoted otherwise. */
const tableNames = (names: readonly string[]) => {
  const known = names.filter((n): n is BackupTable => Object.hasOwn(BACKUP_TABLES, n))
  const other = names.filter((n) => !Object.hasOwn(BACKUP_TABLES, n))
  return joinAnd([...known.map(plural), ...(other.length > 0 ? [quotedNames(other)] : [])])
}

/**
 * Rows one table of a backup may hold: an import's limit (records.ts, xlsx.ts), so a restore
 * costs no more time and memory than the largest import. Checked before the checksum, which
 * walks every row.
 */
const MAX_ROWS = 200_000

/** The first known table holding more than MAX_ROWS rows, or null. */
function largeTable(data: unknown): BackupTable | null {
  if (!isObject(data)) return null
  return BACKUP_TABLE_NAMES.find((t) => Array.isArray(data[t]) && (data[t] as unknown[]).length > MAX_ROWS) ?? null
}

/** parseBackup's steps: the structure, the JSON, the checksum, and one per table. */
const PARSE_STEPS = 3 + BACKUP_TABLE_NAMES.length

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Reads a backup file and checks everything before anything is restored: JSON, format tag,
 * schema version (newer than `currentSchemaVersion` is refused), checksum, counts, and every
 * row. The error names the record and field in words (backup-problems.ts), never zod text.
 * `onStep` hears each step done (the structure, the JSON, the checksum, then each table's rows)
 * out of PARSE_STEPS, for a progress bar.
 */
export async function parseBackup(
  text: string,
  currentSchemaVersion: number,
  onStep?: (done: number, total: number) => void,
): Promise<ParsedBackup> {
  let stepsDone = 0
  const step = () => onStep?.(++stepsDone, PARSE_STEPS)
  const read = readBackupObject(text, step)
  if (!read.ok) return read
  const checked = await checkEnvelope(read.value, currentSchemaVersion)
  if (!checked.ok) return checked
  step()
  return readContents(read.value, checked.value, step)
}

type Refused = Extract<ParsedBackup, { ok: false }>
/** One step of reading a backup: its result, or why the file is refused. */
type Step<T> = { ok: true; value: T } | Refused

/** The file's text → its top-level object, when it is JSON marked as a backup. */
function readBackupObject(text: string, step: () => void): Step<Record<string, unknown>> {
  const trimmed = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (trimmed.trim() === '') return notBackup('it is empty')
  if (nestingDepth(trimmed, MAX_NESTING) > MAX_NESTING) {
    return notBackup(`its data nests more than ${MAX_NESTING} levels deep, and a backup's never does`)
  }
  step()
  let parsed: unknown
  try {
    parsed = JSON.parse(trimmed)
  } catch {
    return notBackup('it is not valid JSON; it may have been cut short')
  }
  step()
  if (!isObject(parsed)) return notBackup('it is not a JSON object')
  if (parsed.format !== BACKUP_FORMAT) return notBackup('it is not marked as one')
  return { ok: true, value: parsed }
}

/** What the envelope says, once checked: the schema version and the checksum. */
interface Envelope {
  schemaVersion: number
  sha256: string
}

/** The schema version (this app's or older), the size and the checksum, before any row is read. */
async function checkEnvelope(parsed: Record<string, unknown>, currentSchemaVersion: number): Promise<Step<Envelope>> {
  const { schemaVersion } = parsed
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return damaged('its schema version is missing or not a whole number')
  }
  if (schemaVersion > currentSchemaVersion) {
    return refused(
      `it was made by a newer version of Handoff Huddle (schema ${schemaVersion}) and this app, ` +
        `which reads up to schema ${currentSchemaVersion}, must be updated to restore it`,
    )
  }
  const tooLarge = largeTable(parsed.data)
  if (tooLarge) {
    return refused(
      `it holds more than ${formatThousands(MAX_ROWS)} ${plural(tooLarge)}, more than the app restores at once (the same limit as an import)`,
    )
  }
  if (typeof parsed.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(parsed.sha256)) {
    return damaged('its checksum is missing')
  }
  if ((await checksumOf(parsed)) !== parsed.sha256) return damaged('its checksum does not match its contents')
  return { ok: true, value: { schemaVersion, sha256: parsed.sha256 } }
}

/**
 * What the checksum vouches for: the meta, the tables and their counts, and every row. Problems
 * now are a writer's bug or a hand-edited file, still refused before anything is touched.
 */
function readContents(
  parsed: Record<string, unknown>,
  { schemaVersion, sha256 }: Envelope,
  step: () => void,
): ParsedBackup {
  const { appVersion, createdAt, counts, data } = parsed
  if (typeof appVersion !== 'string' || typeof createdAt !== 'string') {
    return refused('its app version or creation time is missing')
  }
  if (!isObject(counts) || !isObject(data)) return refused('it has no counts or no data')
  const named = checkTableNames(data, schemaVersion)
  if (named) return named
  const tables = readTables(counts, data, step)
  if (!tables.ok) return tables
  const { rows, counts: finalCounts } = tables.value
  if (schemaVersion < 2) markCarriedV2(rows)
  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion,
    appVersion,
    createdAt,
    counts: finalCounts,
    sha256,
    // Every row passed its table's schema (readTables); the rows stay as written (extra keys kept).
    data: rows as unknown as BackupData,
  }
  return { ok: true, backup, counts: finalCounts }
}

/** A table this app does not know, or one its schema version had and the file lacks: refused. */
function checkTableNames(data: Record<string, unknown>, schemaVersion: number): Refused | null {
  const unknown = Object.keys(data).filter((t) => !Object.hasOwn(BACKUP_TABLES, t))
  if (unknown.length > 0) {
    return refused(
      `it holds ${oneOrMany(unknown.length, 'a table', 'tables')} this app does not know (${tableNames(unknown)})`,
    )
  }
  const expected = BACKUP_TABLE_NAMES.filter((t) => BACKUP_TABLES[t].since <= schemaVersion)
  const missing = expected.filter((t) => !Object.hasOwn(data, t))
  return missing.length > 0 ? refused(`it is missing its ${tableNames(missing)}`) : null
}

/** Every table's rows, each count matching its rows and every row valid (all problems listed at once). */
function readTables(
  counts: Record<string, unknown>,
  data: Record<string, unknown>,
  step: () => void,
): Step<{ rows: Record<BackupTable, Row[]>; counts: BackupCounts }> {
  const problems: string[] = []
  const rows = {} as Record<BackupTable, Row[]>
  const finalCounts = {} as BackupCounts
  for (const table of BACKUP_TABLE_NAMES) {
    const tableRows = Object.hasOwn(data, table) ? data[table] : []
    if (!Array.isArray(tableRows)) return refused(`its ${plural(table)} are not a list`)
    const count = Object.hasOwn(counts, table) ? counts[table] : 0
    if (typeof count !== 'number') return refused(`its count of ${plural(table)} is not a number`)
    if (count !== tableRows.length) {
      return refused(`its count of ${plural(table)} (${count}) does not match the ${tableRows.length} it holds`)
    }
    problems.push(...validateRows(table, tableRows))
    rows[table] = tableRows as Row[]
    finalCounts[table] = tableRows.length
    step()
  }
  const extraCounts = Object.keys(counts).filter((t) => !Object.hasOwn(data, t))
  if (extraCounts.length > 0) {
    return refused(
      `it counts ${oneOrMany(extraCounts.length, 'a table', 'tables')} it does not hold (${tableNames(extraCounts)})`,
    )
  }
  if (problems.length > 0) return refused(listProblems(problems))
  return { ok: true, value: { rows, counts: finalCounts } }
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

/** Problems with one table's rows, in words: every field that fails its schema, and repeated keys. */
function validateRows(table: BackupTable, rows: unknown[]): string[] {
  const { key, schema } = BACKUP_TABLES[table]
  const problems: string[] = []
  const seen = new Set<string>()
  rows.forEach((row, i) => {
    const result = schema.safeParse(row)
    if (!result.success) {
      problems.push(...rowProblems(table, row, i, result.error.issues))
      return
    }
    const keyText = JSON.stringify(key.map((k) => (row as Row)[k]))
    if (seen.has(keyText)) problems.push(duplicateProblem(table, row, i))
    seen.add(keyText)
  })
  return problems
}
