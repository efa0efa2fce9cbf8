import { isValidTimeZone } from '../domain/settings'
import { DATE_ORDERS, type DateOrder } from '../domain/import/mapping'

/** How to read one export: what `report` and `team-file` share. */
export interface ExportArgs {
  file: string
  mapping?: string
  /** CSV: name, role, partner, aliases (split by `;`). */
  team?: string
  timeZone?: string
  asOf?: number
  holidays: string[]
  /** Day/month order for every date column (wins over the mapping file's). */
  dateOrder?: DateOrder
}

export interface ReportArgs extends ExportArgs {
  format: 'json' | 'md'
}

export class UsageError extends Error {}

const USAGE =
  'usage: report FILE [--mapping FILE] [--team FILE] [--tz IANA] [--as-of ISO-8601] [--holidays YYYY-MM-DD,...] [--date-order MDY|DMY|YMD] [--format json|md]'

/** Reads `--flag value` / `--flag=value` options, handing each to `onFlag`; `-o` is `--out`. */
function readOptions(
  rest: readonly string[],
  onFlag: (flag: string, value: () => string) => void,
  onPositional: (arg: string) => void,
): void {
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg === '-o' ? '--out' : arg, undefined]
    const value = (): string => {
      const v = inline ?? rest[++i]
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`)
      return v
    }
    if (flag.startsWith('--')) onFlag(flag, value)
    else onPositional(flag)
  }
}

/** The options that say how to read an export, shared by `report` and `team-file`; false when `flag` is another. */
function exportOption(args: ExportArgs, flag: string, value: () => string): boolean {
  switch (flag) {
    case '--mapping':
      args.mapping = value()
      return true
    case '--team':
      args.team = value()
      return true
    case '--tz': {
      const tz = value()
      if (!isValidTimeZone(tz)) throw new UsageError(`--tz: "${tz}" is not an IANA time zone`)
      args.timeZone = tz
      return true
    }
    case '--as-of': {
      const raw = value()
      const ms = Date.parse(raw)
      if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(ms))
        throw new UsageError(`--as-of: "${raw}" is not an ISO 8601 date or time`)
      args.asOf = ms
      return true
    }
    case '--holidays': {
      const days = value()
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean)
      const bad = days.find((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d)))
      if (bad) throw new UsageError(`--holidays: "${bad}" is not a date as YYYY-MM-DD`)
      args.holidays = days
      return true
    }
    case '--date-order': {
      const o = value().toUpperCase()
      if (!(DATE_ORDERS as readonly string[]).includes(o))
        throw new UsageError(`--date-order must be MDY, DMY or YMD, not "${o}"`)
      args.dateOrder = o as DateOrder
      return true
    }
    default:
      return false
  }
}

function formatOption(flag: string, value: () => string): 'json' | 'md' {
  const f = value()
  if (f !== 'json' && f !== 'md') throw new UsageError(`${flag} must be json or md, not "${f}"`)
  return f
}

/** Parses `report` arguments; every mistake is a UsageError with a one-line reason. */
export function parseReportArgs(argv: string[]): ReportArgs {
  const [command, ...rest] = argv
  if (command !== 'report') throw new UsageError(command ? `unknown command "${command}"; ${USAGE}` : USAGE)
  const args: ReportArgs = { file: '', holidays: [], format: 'json' }
  readOptions(
    rest,
    (flag, value) => {
      if (exportOption(args, flag, value)) return
      if (flag === '--format') args.format = formatOption(flag, value)
      else throw new UsageError(`unknown option ${flag}; ${USAGE}`)
    },
    (arg) => {
      if (args.file) throw new UsageError(`only one FILE, got "${args.file}" and "${arg}"`)
      args.file = arg
    },
  )
  if (!args.file) throw new UsageError(`FILE is missing; ${USAGE}`)
  return args
}

const TEAM_FILE_USAGE =
  'usage: team-file EXPORT [--mapping FILE] [--team FILE] [--tz IANA] [--as-of ISO-8601] [--holidays YYYY-MM-DD,...] [--date-order MDY|DMY|YMD] --name "Team East" -o FILE'

export interface TeamFileArgs extends ExportArgs {
  name: string
  out: string
}

/** Parses `team-file` arguments (the command word already taken off). */
export function parseTeamFileArgs(rest: string[]): TeamFileArgs {
  const args: TeamFileArgs = { file: '', holidays: [], name: '', out: '' }
  readOptions(
    rest,
    (flag, value) => {
      if (exportOption(args, flag, value)) return
      if (flag === '--name') args.name = value().trim()
      else if (flag === '--out') args.out = value()
      else throw new UsageError(`unknown option ${flag}; ${TEAM_FILE_USAGE}`)
    },
    (arg) => {
      if (args.file) throw new UsageError(`only one EXPORT, got "${args.file}" and "${arg}"`)
      args.file = arg
    },
  )
  if (!args.file) throw new UsageError(`EXPORT is missing; ${TEAM_FILE_USAGE}`)
  if (!args.name) throw new UsageError(`--name is missing: the team's name, as the leader will see it`)
  if (!args.out) throw new UsageError(`-o is missing: the team file to write, such as east.huddle-team.json`)
  return args
}

const ROLLUP_USAGE = 'usage: rollup FILE... [--quarter YYYY-Qn] [--format json|md]'

export interface RollupArgs {
  files: string[]
  /** `2025-Q1`: the fiscal year (named by the year it ends in) and quarter. */
  quarter?: string
  format: 'json' | 'md'
}

/** Parses `rollup` arguments (the command word already taken off). */
export function parseRollupArgs(rest: string[]): RollupArgs {
  const args: RollupArgs = { files: [], format: 'json' }
  readOptions(
    rest,
    (flag, value) => {
      if (flag === '--format') args.format = formatOption(flag, value)
      else if (flag === '--quarter') {
        const q = value().toUpperCase()
        if (!/^\d{4}-Q[1-4]$/.test(q)) throw new UsageError(`--quarter: "${q}" is not a quarter such as 2025-Q1`)
        args.quarter = q
      } else throw new UsageError(`unknown option ${flag}; ${ROLLUP_USAGE}`)
    },
    (arg) => args.files.push(arg),
  )
  if (args.files.length === 0) throw new UsageError(`FILE is missing; ${ROLLUP_USAGE}`)
  return args
}
