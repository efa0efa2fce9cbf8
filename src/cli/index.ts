import { nowMs } from '../domain/clock'
import { basename } from 'node:path'
import { isImportError } from '../domain/import/errors'
import { parseMapping } from '../domain/import/mapping'
import { parseExport } from '../domain/import/pipeline'
import { defaultSettings } from '../domain/settings'
import { parseReportArgs, UsageError } from './args'
import { parseTeamFile } from '../domain/team/team-file'
import { rosterSchema, type TeamMember } from '../domain/team/roster'
import { buildReport, reportToMarkdown } from './report'
import { InputFileError, readBounded } from '../node/read-bounded'

/** `report FILE …`: the app's own import and metrics code, headless. Exit 0 ran, 2 unusable input. */
export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  try {
    const args = parseReportArgs(argv)
    const settings = {
      ...defaultSettings(args.timeZone ?? 'UTC'),
      holidays: args.holidays,
      team: args.team ? await readTeam(args.team) : [],
    }
    const bytes = await readInput(args.file)
    const mapping = args.mapping
      ? parseMapping(JSON.parse(new TextDecoder().decode(await readInput(args.mapping, 'mapping file'))))
      : undefined
    const parsed = await parseExport(
      { fileName: basename(args.file), bytes },
      { timeZone: settings.timeZone, mapping, dateOrder: args.dateOrder },
    )
    if (parsed.rows === 0) {
      throw new UsageError(
        `${basename(args.file)}: the header is on line ${parsed.headerLine} but there are no data rows below it`,
      )
    }
    const report = buildReport(
      basename(args.file),
      { ...parsed, encoding: parsed.encoding ?? 'xlsx' },
      settings,
      args.asOf ?? nowMs(),
    )
    out.write(args.format === 'json' ? `${JSON.stringify(report)}\n` : `${reportToMarkdown(report)}\n`)
    return 0
  } catch (e) {
    err.write(`report: ${oneLine(e)}\n`)
    return 2
  }
}

async function readTeam(path: string): Promise<TeamMember[]> {
  const { members, problems } = parseTeamFile(
    basename(path),
    new TextDecoder().decode(await readInput(path, 'team file')),
  )
  if (problems.length > 0) throw new UsageError(problems[0]!)
  const roster = rosterSchema.safeParse(members)
  if (!roster.success)
    throw new UsageError(`${basename(path)}: ${roster.error.issues[0]?.message ?? 'not a team file'}`)
  return roster.data
}

async function readInput(path: string, what = 'file'): Promise<Uint8Array> {
  try {
    return await readBounded(path)
  } catch (e) {
    if (e instanceof InputFileError) throw new UsageError(e.message)
    const code = (e as NodeJS.ErrnoException).code
    throw new UsageError(
      `${path}: ${code === 'ENOENT' ? `no such ${what}` : code === 'EISDIR' ? 'is a folder, not a file' : (e as Error).message}`,
    )
  }
}

function oneLine(e: unknown): string {
  if (e instanceof UsageError) return e.message
  if (isImportError(e)) return e.message.replace(/\s+/g, ' ')
  if (e instanceof SyntaxError) return `mapping file is not valid JSON (${e.message})`
  return (e as Error)?.message?.replace(/\s+/g, ' ') ?? String(e)
}

if (process.argv[1] && /cli[\\/]index\.[jt]s$/.test(process.argv[1])) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
