/**
 * Reads a team file and checks all of it before a leader sees a number: JSON, format tag, schema
 * version (newer is refused), checksum, counts, and every row field by field. A file a sync
 * service is still writing (cut short, half old and half new) fails the JSON or the checksum and
 * is refused for this refresh; the caller keeps the last good copy (team-library.ts).
 */
import { listProblems } from '../export/backup-problems'
import {
  teamFileSettingsSchema,
  TEAM_FILE_FORMAT,
  TEAM_FILE_SCHEMA_VERSION,
  TEAM_FILE_TABLES,
  TEAM_FILE_TABLE_NAMES,
} from './team-file'
import { teamFileChecksum, type TeamFile, type TeamFileTable } from './team-file'
import { teamRowProblem, teamSettingsProblem } from './team-file-words'

/**
 * Why a file was refused: `damaged` (cut short, checksum, contents), `newer` (a newer schema than
 * this app reads), `foreign` (not a team file at all).
 */
export type TeamFileRefusalKind = 'damaged' | 'newer' | 'foreign'

export type ReadTeamFile =
  | { ok: true; file: TeamFile }
  /** `reason` is a clause to follow the file's name; teamFileRefusal makes it the sentence. */
  | { ok: false; kind: TeamFileRefusalKind; reason: string }

/** The one sentence shown when a team file is refused. */
export function teamFileRefusal(fileName: string, reason: string, hasLastGood = false): string {
  return `${fileName}: ${reason}, so ${hasLastGood ? 'the last good copy is shown' : 'it was not added'}.`
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
const refused = (kind: TeamFileRefusalKind, reason: string): ReadTeamFile => ({ ok: false, kind, reason })
const damaged = (why: string) => refused('damaged', `the file is damaged (${why})`)

const TABLE_WORDS: Record<TeamFileTable, string> = {
  weeks: 'weeks',
  huddles: 'huddles',
  actionItems: 'action items',
  handoffs: 'handoffs',
}

export async function readTeamFile(text: string): Promise<ReadTeamFile> {
  const trimmed = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (trimmed.trim() === '') return damaged('it is empty; it may still be being written')
  let parsed: unknown
  try {
    parsed = JSON.parse(trimmed)
  } catch {
    return damaged('it is not valid JSON; it may have been cut short or still be being written')
  }
  if (!isObject(parsed) || parsed.format !== TEAM_FILE_FORMAT)
    return refused('foreign', 'this is not a Handoff Huddle team file')
  const { schemaVersion } = parsed
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1)
    return damaged('its schema version is missing or not a whole number')
  if (schemaVersion > TEAM_FILE_SCHEMA_VERSION) {
    return refused(
      'newer',
      `it was written by a newer version of Handoff Huddle (team file schema ${schemaVersion}; this app reads ` +
        `up to ${TEAM_FILE_SCHEMA_VERSION}): update the app to read it`,
    )
  }
  if (typeof parsed.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(parsed.sha256))
    return damaged('its checksum is missing')
  if ((await teamFileChecksum(parsed)) !== parsed.sha256)
    return damaged('its checksum does not match its contents; it may have been cut short or edited')

  // The checksum matches: problems from here on are a writer's bug or a hand-made file.
  const { appVersion, createdAt, asOf, team, settings, counts, data } = parsed
  if (typeof appVersion !== 'string' || appVersion === '') return damaged('its app version is missing')
  for (const [value, words] of [
    [createdAt, 'the time it was written'],
    [asOf, 'the time its numbers were judged at'],
  ] as const) {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
      return damaged(`${words} is missing or not a date`)
  }
  if (!isObject(team) || typeof team.name !== 'string' || team.name.trim() === '') return damaged('it names no team')
  const settingsResult = teamFileSettingsSchema.safeParse(settings)
  if (!settingsResult.success) return damaged(teamSettingsProblem(settingsResult.error.issues[0]!))
  if (!isObject(counts) || !isObject(data)) return damaged('it has no counts or no data')

  const problems: string[] = []
  for (const table of TEAM_FILE_TABLE_NAMES) {
    const rows = data[table]
    if (!Array.isArray(rows)) return damaged(`its ${TABLE_WORDS[table]} are missing or not a list`)
    if (counts[table] !== rows.length) {
      return damaged(
        `its count of ${TABLE_WORDS[table]} (${String(counts[table])}) does not match the ${rows.length} it holds`,
      )
    }
    rows.forEach((row, i) => {
      const result = TEAM_FILE_TABLES[table].safeParse(row)
      if (!result.success) problems.push(teamRowProblem(table, row, i, result.error.issues[0]!))
    })
  }
  problems.push(...weekProblems(data.weeks as TeamFile['data']['weeks']))
  if (problems.length > 0) return damaged(listProblems(problems))
  return { ok: true, file: parsed as unknown as TeamFile }
}

/** Counts that cannot be true together: a week twice, more decided than booked. */
function weekProblems(weeks: TeamFile['data']['weeks']): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const w of weeks) {
    if (typeof w?.week !== 'string') continue
    if (seen.has(w.week)) problems.push(`week ${w.week} appears twice`)
    seen.add(w.week)
    if (w.accepted + w.rejected + w.pending !== w.booked)
      problems.push(`week ${w.week} has accepted, rejected and pending that do not add up to booked`)
    else if (Math.max(w.statusAssessed, w.checklistAssessed) > w.booked)
      problems.push(`week ${w.week} has more handoffs assessed than booked`)
  }
  return problems
}

/**
 * -1, 0 or 1 as app version `a` is older than, the same as or newer than `b` (`0.1.0`,
 * `0.10.2-beta`: numbers compared as numbers, anything after them ignored).
 */
export function compareAppVersions(a: string, b: string): number {
  const parts = (v: string) => (/^\d+(\.\d+)*/.exec(v)?.[0] ?? '0').split('.').map(Number)
  const x = parts(a)
  const y = parts(b)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return Math.sign(d)
  }
  return 0
}
