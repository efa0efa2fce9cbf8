import type { Handoff } from '@/domain/handoff'
import { HANDOFF_FIELDS } from '@/domain/handoff'
import { buildTeamFile } from '@/domain/teams/team-file'
import { teamWeeks } from '@/domain/teams/team-week'
import { rubricResults } from '@/domain/trends/rubric-results'
import { db } from './database'
import { allFacts, allHandoffs } from './handoff-repo'
import { listIcpVersions, ORIGINAL_ICP_WEEK } from './icp-repo'
import { loadSettings } from './settings-repo'
import { scoresInWeeks } from './score-repo'

export interface PublishOptions {
  /** The team's name, as the leader will see it. */
  name: string
  /** Include every handoff with its CRM notes and prospect texts (off unless the manager ticks it). */
  includeDetails: boolean
  appVersion: string
  /** When the file is written; open SLAs are judged at this instant too. */
  now: string
}

/**
 * The team file's text from this database: the weeks worked out from the handoffs' facts (no CRM
 * notes are read unless details are included), the huddles' decisions and the action items.
 */
export async function buildTeamFileFromDb(options: PublishOptions): Promise<{ text: string; weeks: number }> {
  const database = db()
  const [settings, icpVersions, facts, huddles, actionItems] = await Promise.all([
    loadSettings(),
    listIcpVersions(),
    allFacts(),
    database.huddles.orderBy('week').toArray(),
    database.actionItems.orderBy('huddleWeek').toArray(),
  ])
  const scoredWeeks = [...new Set(facts.map((f) => f.week))]
  const rubric = rubricResults(await scoresInWeeks(scoredWeeks))
  const weeks = teamWeeks(facts, settings, Date.parse(options.now), {
    rubricOf: (id) => rubric.get(id)?.total ?? null,
  })
  const handoffs: Handoff[] = options.includeDetails
    ? (await allHandoffs()).map((h) => Object.fromEntries(HANDOFF_FIELDS.map((f) => [f, h[f]])) as Handoff)
    : []
  const text = await buildTeamFile({
    name: options.name,
    settings,
    icpVersions: icpVersions.length > 0 ? icpVersions : [{ effectiveWeek: ORIGINAL_ICP_WEEK, icp: settings.icp }],
    weeks,
    huddles,
    actionItems,
    handoffs,
    appVersion: options.appVersion,
    createdAt: options.now,
    asOf: options.now,
  })
  return { text, weeks: weeks.length }
}
