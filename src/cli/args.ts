import { isValidTimeZone } from '../domain/settings'
import { DATE_ORDERS, type DateOrder } from '../domain/import/mapping'

export interface ReportArgs {
  file: string
  mapping?: string
  /** CSV: name, role, partner, aliases (split by `;`). */
  team?: string
  timeZone?: string
  asOf?: number
  holidays: string[]
  format: 'json' | 'md'
  /** Day/month order for every date column (wins over the mapping file's). */
  dateOrder?: DateOrder
}

export class UsageError extends Error {}

const USAGE =
  'usage: report FILE [--mapping FILE] [--team FILE] [--tz IANA] [--as-of ISO-8601] [--holidays YYYY-MM-DD,...] [--date-order MDY|DMY|YMD] [--format json|md]'

/** Parses `report` arguments; every mistake is a UsageError with a one-line reason. */
export function parseReportArgs(argv: string[]): ReportArgs {
  const [command, ...rest] = argv
  if (command !== 'report') throw new UsageError(command ? `unknown command "${command}"; ${USAGE}` : USAGE)
  const args: ReportArgs = { file: '', holidays: [], format: 'json' }
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined]
    const value = (): string => {
      const v = inline ?? rest[++i]
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`)
      return v
    }
    switch (flag) {
      case '--mapping':
        args.mapping = value()
        break
      case '--team':
        args.team = value()
        break
      case '--tz': {
        const tz = value()
        if (!isValidTimeZone(tz)) throw new UsageError(`--tz: "${tz}" is not an IANA time zone`)
        args.timeZone = tz
        break
      }
      case '--as-of': {
        const raw = value()
        const ms = Date.parse(raw)
        if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(ms))
          throw new UsageError(`--as-of: "${raw}" is not an ISO 8601 date or time`)
        args.asOf = ms
        break
      }
      case '--holidays': {
        const days = value()
          .split(',')
          .map((d) => d.trim())
          .filter(Boolean)
        const bad = days.find((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d)))
        if (bad) throw new UsageError(`--holidays: "${bad}" is not a date as YYYY-MM-DD`)
        args.holidays = days
        break
      }
      case '--date-order': {
        const o = value().toUpperCase()
        if (!(DATE_ORDERS as readonly string[]).includes(o))
          throw new UsageError(`--date-order must be MDY, DMY or YMD, not "${o}"`)
        args.dateOrder = o as DateOrder
        break
      }
      case '--format': {
        const f = value()
        if (f !== 'json' && f !== 'md') throw new UsageError(`--format must be json or md, not "${f}"`)
        args.format = f
        break
      }
      default:
        if (flag.startsWith('--')) throw new UsageError(`unknown option ${flag}; ${USAGE}`)
        if (args.file) throw new UsageError(`only one FILE, got "${args.file}" and "${flag}"`)
        args.file = flag
    }
  }
  if (!args.file) throw new UsageError(`FILE is missing; ${USAGE}`)
  return args
}
