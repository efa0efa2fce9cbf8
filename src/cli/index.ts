import { nowMs } from '../domain/clock'
import { basename } from 'node:path'
import { isImportError } from '../domain/import/errors'
import { textOfFile } from '../domain/import/decode'
import { MAPPING_LIMITS, readMappingFile } from '../domain/import/mapping-file'
import { parseCsvChunks, parseExport, type ImportOptions, type ImportParse } from '../domain/import/pipeline'
import { isZip } from '../domain/import/xlsx'
import { defaultSettings } from '../domain/settings'
import { parseReportArgs, UsageError } from './args'
import { parseTeamFile } from '../domain/team/team-file'
import { rosterSchema, type TeamMember } from '../domain/team/roster'
import { buildReport, reportToMarkdown } from './report'
import { fileChunks, InputFileError, readBounded, type FileChunks } from '../node/read-bounded'

/** `report FILE …`: the app's own import and metrics code, headless. Exit 0 ran, 2 unusable input. */
export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  let file = ''
  try {
    const args = parseReportArgs(argv)
    file = basename(args.file)
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
    const parsed = await readExport(args.file, { timeZone: settings.timeZone, mapping, dateOrder: args.dateOrder })
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
    err.write(`report: ${oneLine(e, file)}\n`)
    return 2
  }
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

async function readInput(path: string, what = 'file', limit?: number): Promise<Uint8Array> {
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

/** Longest refusal printed: a sentence, never a file's worth of quoted text. */
const MAX_MESSAGE = 500

/**
 * A refusal as one line naming the file. Import errors are the app's own words; anything else is
 * a fault of the app's, and its engine text (a stack overflow, "Invalid string length") is not
 * for the person who ran the report.
 */
function oneLine(e: unknown, file: string): string {
  let message: string
  if (e instanceof UsageError) message = e.message
  else if (isImportError(e)) {
    message = e.message.replace(/\s+/g, ' ')
    if (file && !message.startsWith(file)) message = `${file}: ${message}`
  } else message = `${file || 'the file'}: the report could not be made (an error inside the app; please report it)`
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message
}

if (process.argv[1] && /cli[\\/]index\.[jt]s$/.test(process.argv[1])) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
