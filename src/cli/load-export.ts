import { basename } from 'node:path'
import { parseMapping } from '../domain/import/mapping'
import { parseExport } from '../domain/import/pipeline'
import { defaultSettings, type Settings } from '../domain/settings'
import { parseTeamFile } from '../domain/team/team-file'
import { rosterSchema, type TeamMember } from '../domain/team/roster'
import { UsageError, type ExportArgs } from './args'
import { InputFileError, readBounded } from './read-bounded'
import type { ParsedExport } from './report'

/**
 * One export read with the default settings plus the options, as `report` and `team-file` read
 * it: the app's own import code, headless. Unusable input is a UsageError with a one-line reason.
 */
export async function loadExport(args: ExportArgs): Promise<{ parsed: ParsedExport; settings: Settings }> {
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
  return { parsed: { ...parsed, encoding: parsed.encoding ?? 'xlsx' }, settings }
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

/** A file's bytes, within the CLI's size bound; a missing file or a folder is a UsageError. */
export async function readInput(path: string, what = 'file'): Promise<Uint8Array> {
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
