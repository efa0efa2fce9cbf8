import { nowMs } from '../domain/clock'
import { basename } from 'node:path'
import { isImportError } from '../domain/import/errors'
import { parseReportArgs, parseRollupArgs, parseTeamFileArgs, UsageError } from './args'
import { buildReport, reportToMarkdown } from './report'
import { loadExport } from './load-export'
import { ReportRows } from './report-rows'
import { teamFileCommand } from './team-file'
import { rollupCommand } from './rollup'

/**
 * `report FILE …`, `team-file EXPORT …` and `rollup FILE…`: the app's own import, metrics and
 * team-file code, headless. Exit 0 ran, 2 unusable input.
 */
export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const command = argv[0] === 'team-file' || argv[0] === 'rollup' ? argv[0] : 'report'
  let file = ''
  try {
    if (command === 'team-file') return await teamFileCommand(parseTeamFileArgs(argv.slice(1)), out)
    if (command === 'rollup') return await rollupCommand(parseRollupArgs(argv.slice(1)), out, err)
    const args = parseReportArgs(argv)
    file = basename(args.file)
    const asOf = args.asOf ?? nowMs()
    // The rows are counted as they are read, not kept: memory does not grow with the file.
    let rows: ReportRows | undefined
    const { parsed, settings } = await loadExport(args, (s) => (rows = new ReportRows(s, asOf)))
    const report = buildReport(file, parsed, rows!, settings, asOf)
    out.write(args.format === 'json' ? `${JSON.stringify(report)}\n` : `${reportToMarkdown(report)}\n`)
    return 0
  } catch (e) {
    err.write(`${command}: ${oneLine(e, file)}\n`)
    return 2
  }
}

/** Longest refusal printed: a sentence, never a file's worth of quoted text. */
const MAX_MESSAGE = 500

/**
 * A refusal as one line naming the file. Import errors are the app's own words; anything else is
 * a fault of the app's, and its engine text (a stack overflow, "Invalid string length") is not
 * for the person who ran the command.
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
