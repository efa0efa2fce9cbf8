/**
 * The team file a manager publishes for the leader (`<team name>.huddle-team.json`): the team's
 * name, the settings its numbers depend on, its weeks (team-week.ts), its huddles' decisions and
 * action items, and, only when the manager ticks "include handoff details", its handoffs. One
 * JSON object, written compactly, checked as backups are (backup.ts):
 *
 *   {"format":"handoff-huddle-team","schemaVersion":1,"appVersion":"0.1.0",
 *    "createdAt":"…","asOf":"…","team":{"name":"Team East"},"settings":{…},
 *    "counts":{"weeks":52,…},"sha256":"…","data":{"weeks":[…],…}}
 *
 * `sha256` is the SHA-256 of the canonical JSON of the whole object without `sha256`, so a file
 * cut short or rewritten while read never matches. Each team writes only its own file, so a
 * shared folder never holds a conflict; the leader's app only reads them.
 */
import { z } from 'zod'
import { canonicalJson } from '../export/backup'
import { sha256Hex } from '../hash'
import { handoffSchema, type Handoff } from '../handoff'
import { icpSchema, settingsSchema, type Icp, type Settings } from '../settings'
import { TEAM_WEEK_COUNTS, UNKNOWABLE_KEYS, type TeamWeek, type TeamWeekCount } from './team-week'

export const TEAM_FILE_FORMAT = 'handoff-huddle-team'
/** Raised when the file's shape changes; this app reads files up to it and refuses newer ones. */
export const TEAM_FILE_SCHEMA_VERSION = 1
const TEAM_FILE_SUFFIX = '.huddle-team.json'

const count = z.number().int().nonnegative()
const isoWeek = z.string().regex(/^\d{4}-W\d{2}$/)
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)))

const teamWeekSchema = z.object({
  week: isoWeek,
  ...(Object.fromEntries(
    TEAM_WEEK_COUNTS.map((k) => [k, k === 'rubricSum' ? z.number().nonnegative() : count]),
  ) as Record<TeamWeekCount, typeof count>),
  unknown: z.array(z.enum(UNKNOWABLE_KEYS)),
})

export const teamFileSettingsSchema = z.object({
  timeZone: settingsSchema.shape.timeZone,
  fiscalYearStartMonth: settingsSchema.shape.fiscalYearStartMonth,
  slaWindowDays: settingsSchema.shape.slaWindowDays,
  holidays: settingsSchema.shape.holidays,
  requiredFields: settingsSchema.shape.requiredFields,
  /** The ICP in force from each week on (the first one since the beginning). */
  icpVersions: z.array(z.object({ effectiveWeek: isoWeek, icp: icpSchema })),
})
export type TeamFileSettings = z.infer<typeof teamFileSettingsSchema>

export const teamHuddleSchema = z.object({
  week: isoWeek,
  date: z.string(),
  status: z.enum(['open', 'finished']),
  decisions: z.array(z.string()),
})
export type TeamHuddle = z.infer<typeof teamHuddleSchema>

export const teamActionItemSchema = z.object({
  huddleWeek: isoWeek,
  text: z.string(),
  owner: z.string(),
  due: day.nullable(),
  /** ISO instant when ticked done; '' while open. */
  doneAt: z.union([z.literal(''), instant]),
})
export type TeamActionItem = z.infer<typeof teamActionItemSchema>

/** The tables of a team file, in the order the file lists them, with what a row must be. */
export const TEAM_FILE_TABLES = {
  weeks: teamWeekSchema,
  huddles: teamHuddleSchema,
  actionItems: teamActionItemSchema,
  handoffs: handoffSchema,
} as const
export type TeamFileTable = keyof typeof TEAM_FILE_TABLES
export const TEAM_FILE_TABLE_NAMES = Object.keys(TEAM_FILE_TABLES) as TeamFileTable[]

export interface TeamFileData {
  weeks: TeamWeek[]
  huddles: TeamHuddle[]
  actionItems: TeamActionItem[]
  /** Empty unless the manager chose to include handoff details. */
  handoffs: Handoff[]
}

export interface TeamFile {
  format: typeof TEAM_FILE_FORMAT
  schemaVersion: number
  appVersion: string
  /** When the file was written (ISO instant): a leader sees a team that stopped publishing. */
  createdAt: string
  /** The instant open SLAs were judged at (usually createdAt). */
  asOf: string
  team: { name: string }
  settings: TeamFileSettings
  counts: Record<TeamFileTable, number>
  sha256: string
  data: TeamFileData
}

export interface TeamFileInput {
  name: string
  settings: Pick<Settings, 'timeZone' | 'fiscalYearStartMonth' | 'slaWindowDays' | 'holidays' | 'requiredFields'>
  icpVersions: readonly { effectiveWeek: string; icp: Icp }[]
  weeks: readonly TeamWeek[]
  huddles: readonly TeamHuddle[]
  actionItems: readonly TeamActionItem[]
  handoffs?: readonly Handoff[]
  appVersion: string
  createdAt: string
  asOf: string
}

/** The SHA-256 a team file's `sha256` must hold: of everything else in it. */
export function teamFileChecksum(file: Record<string, unknown>): Promise<string> {
  const { sha256: _ignored, ...rest } = file
  return sha256Hex(canonicalJson(rest))
}

/** The file's text. Only the fields listed are written, so nothing else of a row leaks out. */
export async function buildTeamFile(input: TeamFileInput): Promise<string> {
  const data: TeamFileData = {
    weeks: input.weeks.map((w) => ({ ...w, unknown: [...w.unknown] })),
    huddles: input.huddles.map(({ week, date, status, decisions }) => ({
      week,
      date,
      status,
      decisions: [...decisions],
    })),
    actionItems: input.actionItems.map(({ huddleWeek, text, owner, due, doneAt }) => ({
      huddleWeek,
      text,
      owner,
      due,
      doneAt,
    })),
    handoffs: (input.handoffs ?? []).map((h) => handoffSchema.parse(h)),
  }
  const { timeZone, fiscalYearStartMonth, slaWindowDays, holidays, requiredFields } = input.settings
  const body = {
    format: TEAM_FILE_FORMAT,
    schemaVersion: TEAM_FILE_SCHEMA_VERSION,
    appVersion: input.appVersion,
    createdAt: input.createdAt,
    asOf: input.asOf,
    team: { name: input.name.trim() },
    settings: {
      timeZone,
      fiscalYearStartMonth,
      slaWindowDays,
      holidays: [...holidays],
      requiredFields: [...requiredFields],
      icpVersions: input.icpVersions.map(({ effectiveWeek, icp }) => ({ effectiveWeek, icp })),
    },
    counts: Object.fromEntries(TEAM_FILE_TABLE_NAMES.map((t) => [t, data[t].length])) as Record<TeamFileTable, number>,
  }
  const sha256 = await teamFileChecksum({ ...body, data })
  // `data` last so a person opening the file sees the summary first.
  return JSON.stringify({ ...body, sha256, data })
}

/**
 * `Team East.huddle-team.json`: the team's name with the characters file systems refuse
 * replaced, so every sync service can hold it.
 */
export function teamFileName(name: string): string {
  const safe = name
    .trim()
    // eslint-disable-next-line no-control-regex -- control characters are refused by file systems too
    .replace(/[<>:"/\\|?*\u0000-\u001f]+/g, '-')
    .replace(/^\.+/, '')
  return `${safe.slice(0, 120) || 'team'}${TEAM_FILE_SUFFIX}`
}
