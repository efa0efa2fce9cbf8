import { nowMs } from '../domain/clock'
import { basename } from 'node:path'
import { isImportError } from '../domain/import/errors'
import { parseReportArgs, parseRollupArgs, parseTeamFileArgs, UsageError } from './args'
import { buildReport, reportToMarkdown } from './report'
import { loadExport } from './load-export'
import { teamFileCommand } from './team-file'
import { rollupCommand } from './rollup'

/**
 * `report FILE …`, `team-file EXPORT …` and `rollup FILE…`: the app's own import, metrics and
 * team-file code, headless. Exit 0 ran, 2 unusable input.
 */
export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const command = argv[0] === 'team-file' || argv[0] === 'rollup' ? argv[0] : 'report'
  try {
    if (command === 'team-file') return await teamFileCommand(parseTeamFileArgs(argv.slice(1)), out)
    if (command === 'rollup') return await rollupCommand(parseRollupArgs(argv.slice(1)), out, err)
    const args = parseReportArgs(argv)
    const { parsed, settings } = await loadExport(args)
    const report = buildReport(basename(args.file), parsed, settings, args.asOf ?? nowMs())
    out.write(args.format === 'json' ? `${JSON.stringify(report)}\n` : `${reportToMarkdown(report)}\n`)
    return 0
  } catch (e) {
    err.write(`${command}: ${oneLine(e)}\n`)
    return 2
  }
}

function oneLine(e: unknown): string {
  if (e instanceof UsageError) return e.message
  if (isImportError(e)) return e.message.replace(/\s+/g, ' ')
  if (e instanceof SyntaxError) return `mapping file is not valid JSON (${e.message})`
  return (e as Error)?.message?.replace(/\s+/g, ' ') ?? String(e)
}

if (process.argv[1] && /cli[\\/]index\.ts$/.test(process.argv[1])) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
