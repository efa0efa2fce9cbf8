import { basename } from 'node:path'
import { isImportError } from '../domain/import/errors'
import { textOfFile } from '../domain/import/decode'
import { MAPPING_LIMITS, readMappingFile } from '../domain/import/mapping-file'
import { parseCsvChunks, parseExport, type ImportOptions, type ImportParse } from '../domain/import/pipeline'
import { isZip } from '../domain/import/xlsx'
import { defaultSettings, type Settings } from '../domain/settings'
import { parseTeamFile } from '../domain/team/team-file'
import { rosterSchema, type TeamMember } from '../domain/team/roster'
import { UsageError, type ExportArgs } from './args'
import { fileChunks, InputFileError, readBounded, type FileChunks } from '../node/read-bounded'
import type { ParsedExport } from './report'
import type { RowSink } from '../domain/import/row-sink'

/**
 * One export read with the default settings plus the options, as `report` and `team-file` read
 * it: the app's own import code, headless. Unusable input is a UsageError with a one-line reason.
 */
export async function loadExport(
  args: ExportArgs,
  /** Where imported rows go instead of the parse (`report` counts them as they are read). */
  rowsOf?: (settings: Settings) => RowSink,
): Promise<{ parsed: ParsedExport; settings: Settings }> {
  const settings = {
    ...defaultSettings(args.timeZone ?? 'UTC'),
    holidays: args.holidays,
    team: args.team ? await readTeam(args.team) : [],
  }
  const mapping = args.mapping
    ? asUsage(readMappingFile)(
        basename(args.mapping),
        await readInput(args.mapping, 'mapping file', MAPPING_LIMITS.bytes),
      )
    : undefined
  const parsed = await readExport(args.file, {
    timeZone: settings.timeZone,
    mapping,
    dateOrder: args.dateOrder,
    rows: rowsOf?.(settings),
  })
  if (parsed.rows === 0) {
    throw new UsageError(
      `${basename(args.file)}: the header is on line ${parsed.headerLine} but there are no data rows below it`,
    )
  }
  return { parsed: { ...parsed, encoding: parsed.encoding ?? 'xlsx' }, settings }
}

async function readTeam(path: string): Promise<TeamMember[]> {
  const name = basename(path)
  const text = asUsage(textOfFile)(name, await readInput(path, 'team file'), 'a team file')
  const { members, problems } = parseTeamFile(name, text)
  if (problems.length > 0) throw new UsageError(problems[0]!)
  const roster = rosterSchema.safeParse(members)
  if (!roster.success)
    throw new UsageError(`${basename(path)}: ${roster.error.issues[0]?.message ?? 'not a team file'}`)
  return roster.data
}

/**
 * The export, parsed: a workbook is read whole (a zip is read from its end), a text export in
 * chunks as it is parsed, so neither its bytes nor its whole text are held at once.
 */
async function readExport(path: string, options: ImportOptions): Promise<ImportParse> {
  const fileName = basename(path)
  if (/\.xlsx$/i.test(path)) return parseExport({ fileName, bytes: await readInput(path) }, options)
  let file: FileChunks
  try {
    file = fileChunks(path)
  } catch (e) {
    throw inputError(e, path, 'file')
  }
  try {
    if (isZip(file.head)) return await parseExport({ fileName, bytes: await readInput(path) }, options)
    return parseCsvChunks({ fileName, source: file }, options)
  } catch (e) {
    throw e instanceof InputFileError ? new UsageError(e.message) : e
  } finally {
    file.close()
  }
}

/** A file that could not be opened, in words. */
function inputError(e: unknown, path: string, what: string): UsageError {
  if (e instanceof InputFileError) return new UsageError(e.message)
  const code = (e as NodeJS.ErrnoException).code
  const why =
    code === 'ENOENT'
      ? `no such ${what}`
      : code === 'EISDIR'
        ? 'is a folder, not a file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'cannot be read (permission denied)'
          : 'cannot be opened'
  return new UsageError(`${path}: ${why}`)
}

/** A file's bytes, within the CLI's size bound (or `limit`); a missing file or a folder is a UsageError. */
export async function readInput(path: string, what = 'file', limit?: number): Promise<Uint8Array> {
  try {
    return await readBounded(path, limit)
  } catch (e) {
    throw inputError(e, path, what)
  }
}

/** A reader of a side file (mapping, team) whose refusals already name that file, not the export. */
const asUsage =
  <A extends unknown[], R>(read: (...args: A) => R) =>
  (...args: A): R => {
    try {
      return read(...args)
    } catch (e) {
      throw isImportError(e) ? new UsageError(e.message) : e
    }
  }
