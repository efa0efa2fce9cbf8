import { basename } from 'node:path'
import { version } from '../../package.json'
import { nowMs } from '../domain/clock'
import { readTeamFile } from '../domain/teams/read-team-file'
import { quartersOf, rollupQuarter, type QuarterRollup, type RollupTeam } from '../domain/teams/rollup'
import { countedSources, teamNotices, type TeamSource } from '../domain/teams/team-library'
import { rollupToMarkdown } from '../domain/teams/rollup-markdown'
import { UsageError, type RollupArgs } from './args'
import { readInput } from './load-export'

/** The rollup as printed: quarters named `2025-Q1` (fiscal year, named by the year it ends in). */
type PrintedRollup = Omit<QuarterRollup, 'quarter'> & { quarter: string }

/**
 * `rollup FILE… [--quarter YYYY-Qn]`: the teams' files side by side, quarter by quarter, with a
 * total from their counts. A file that fails a check stops the rollup (exit 2, one sentence); a
 * stale file, a newer app's file or a second file for a team is said on stderr and the rollup runs.
 */
export async function rollupCommand(
  args: RollupArgs,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const sources: TeamSource[] = []
  for (const path of args.files) {
    const fileName = basename(path)
    const read = await readTeamFile(new TextDecoder().decode(await readInput(path, 'team file')))
    if (!read.ok) throw new UsageError(`${fileName}: ${read.reason}, so no rollup was printed`)
    sources.push({ source: path, fileName, lastGood: read.file, refusal: null, refusalKind: null })
  }
  for (const n of teamNotices(sources, nowMs(), version)) err.write(`rollup: ${n.text}\n`)
  const teams: RollupTeam[] = countedSources(sources).map(({ lastGood }) => ({
    name: lastGood!.team.name,
    weeks: lastGood!.data.weeks,
    actionItems: lastGood!.data.actionItems,
  }))
  const fiscalStart = sharedFiscalStart(sources, err)
  const quarters = args.quarter ? [`FY${args.quarter}`] : quartersOf(teams, fiscalStart)
  const rollups: PrintedRollup[] = quarters.map((q) => {
    const r = rollupQuarter(teams, q, fiscalStart)
    return { ...r, quarter: q.slice(2) }
  })
  if (args.format === 'md') out.write(`${rollupToMarkdown(rollups)}\n`)
  else out.write(`${JSON.stringify(args.quarter ? rollups[0] : { quarters: rollups })}\n`)
  return 0
}

/** The fiscal year start the files share; January, said on stderr, when they differ. */
function sharedFiscalStart(sources: readonly TeamSource[], err: NodeJS.WritableStream): number {
  const starts = new Set(sources.map((s) => s.lastGood!.settings.fiscalYearStartMonth))
  if (starts.size === 1) return [...starts][0]!
  err.write('rollup: the team files start their fiscal years in different months, so calendar quarters are used\n')
  return 1
}
