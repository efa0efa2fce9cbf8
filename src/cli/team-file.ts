import { rename, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { version } from '../../package.json'
import { carriedMaskOf } from '../domain/carried'
import { nowIso, nowMs } from '../domain/clock'
import { ORIGINAL_ICP_WEEK } from '../domain/rules/quality-bar'
import { buildTeamFile } from '../domain/teams/team-file'
import { teamWeeks } from '../domain/teams/team-week'
import { UsageError, type TeamFileArgs } from './args'
import { loadExport } from './load-export'

/**
 * `team-file EXPORT --name … -o FILE`: the team file a manager would publish, built from one
 * export with the default settings plus the options (no huddles: they live in the app). The
 * weeks are the report's, so `rollup` over it gives what `report` gives, summed by quarter.
 */
export async function teamFileCommand(args: TeamFileArgs, out: NodeJS.WritableStream): Promise<number> {
  const { parsed, settings } = await loadExport(args)
  if (parsed.handoffs.length === 0) {
    throw new UsageError(`${basename(args.file)}: no row could be imported, so there is no team file to write`)
  }
  const asOf = args.asOf ?? nowMs()
  const weeks = teamWeeks(
    parsed.handoffs.map((h) => h.handoff),
    settings,
    asOf,
    { carried: parsed.carried ? carriedMaskOf(parsed.carried) : undefined },
  )
  const text = await buildTeamFile({
    name: args.name,
    settings,
    icpVersions: [{ effectiveWeek: ORIGINAL_ICP_WEEK, icp: settings.icp }],
    weeks,
    huddles: [],
    actionItems: [],
    appVersion: version,
    createdAt: nowIso(),
    asOf: new Date(asOf).toISOString(),
  })
  await writeWhole(args.out, text)
  const booked = weeks.reduce((n, w) => n + w.booked, 0)
  out.write(`${args.out}: ${args.name}, ${booked} handoffs in ${weeks.length} weeks\n`)
  return 0
}

/**
 * Writes beside the target, then renames over it: a leader's app reading a synced folder sees
 * the old file or the new one, never half of one.
 */
async function writeWhole(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.partial`
  try {
    await writeFile(temporary, text, 'utf8')
    await rename(temporary, path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new UsageError(`${path}: cannot write the team file there (${code ?? (e as Error).message})`)
  }
}
