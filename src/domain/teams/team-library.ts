/**
 * The leader's team files, refresh after refresh: each source (a path in a watched folder, a
 * file picked by hand) keeps its last good copy, so a file caught half-written by a sync service
 * is refused for that refresh and the team's numbers stay as they were. What a leader should
 * know about a file is one line: stale, from a newer app, damaged, or a second file for a team.
 */
import { compareAppVersions, teamFileRefusal, type ReadTeamFile, type TeamFileRefusalKind } from './read-team-file'
import type { TeamFile } from './team-file'
import { MONTH_NAMES } from '../calendar/months'

/** No update for this long and a team file is stale (issue 22). */
const STALE_AFTER_DAYS = 14
const DAY_MS = 86_400_000

export interface TeamSource {
  /** Where the file comes from (a path, or a name for a file picked by hand): the key of a source. */
  source: string
  /** The file's name, as the leader sees it. */
  fileName: string
  /** The last copy that passed every check; null when none ever did. */
  lastGood: TeamFile | null
  /** Why the latest read was refused (a sentence); null when it was good. */
  refusal: string | null
  refusalKind: TeamFileRefusalKind | null
}

/** The source after one read of its file: a good read replaces the copy, a refused one keeps it. */
export function afterRead(
  previous: TeamSource | undefined,
  source: string,
  fileName: string,
  read: ReadTeamFile,
): TeamSource {
  if (read.ok) return { source, fileName, lastGood: read.file, refusal: null, refusalKind: null }
  const lastGood = previous?.lastGood ?? null
  return {
    source,
    fileName,
    lastGood,
    refusal: teamFileRefusal(fileName, read.reason, lastGood !== null),
    refusalKind: read.kind,
  }
}

export type NoticeKind = 'stale' | 'newer' | 'damaged' | 'duplicate' | 'fiscal'

export interface TeamNotice {
  source: string
  kind: NoticeKind
  text: string
}

/** Team names compared as a person would: case and spacing do not make another team. */
const teamKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase()

const dayOf = (iso: string): string => iso.slice(0, 10)

/**
 * The teams counted: one file per team, the most recently written where a team has several
 * (a copy left behind by a rename, two managers publishing the same team).
 */
export function countedSources(sources: readonly TeamSource[]): TeamSource[] {
  const newest = new Map<string, TeamSource>()
  for (const s of sources) {
    if (!s.lastGood) continue
    const key = teamKey(s.lastGood.team.name)
    const kept = newest.get(key)
    if (!kept || kept.lastGood!.createdAt < s.lastGood.createdAt) newest.set(key, s)
  }
  return sources.filter((s) => s.lastGood && newest.get(teamKey(s.lastGood.team.name)) === s)
}

/**
 * One line per thing a leader should know about a file, in the order of the sources. With the
 * leader's `fiscalYearStartMonth`, a team whose fiscal year starts in another month is said too:
 * its weeks are counted in the leader's quarters.
 */
export function teamNotices(
  sources: readonly TeamSource[],
  now: number,
  appVersion: string,
  fiscalYearStartMonth?: number,
): TeamNotice[] {
  const notices: TeamNotice[] = []
  const counted = new Set(countedSources(sources))
  for (const s of sources) {
    if (s.refusal)
      notices.push({ source: s.source, kind: s.refusalKind === 'newer' ? 'newer' : 'damaged', text: s.refusal })
    const file = s.lastGood
    if (!file) continue
    if (!counted.has(s)) {
      const kept = [...counted].find((c) => teamKey(c.lastGood!.team.name) === teamKey(file.team.name))!
      notices.push({
        source: s.source,
        kind: 'duplicate',
        text:
          `${s.fileName}: a second file for ${file.team.name} (also in ${kept.fileName}); only the newer one, ` +
          `written ${dayOf(kept.lastGood!.createdAt)}, is counted.`,
      })
      continue
    }
    const days = Math.floor((now - Date.parse(file.createdAt)) / DAY_MS)
    if (days >= STALE_AFTER_DAYS) {
      notices.push({
        source: s.source,
        kind: 'stale',
        text: `${s.fileName}: no update for ${days} days (last written ${dayOf(file.createdAt)}); ask its manager to publish again.`,
      })
    }
    const start = file.settings.fiscalYearStartMonth
    if (fiscalYearStartMonth !== undefined && start !== fiscalYearStartMonth) {
      notices.push({
        source: s.source,
        kind: 'fiscal',
        text: `${s.fileName}: ${file.team.name} starts its fiscal year in ${MONTH_NAMES[start - 1]}; its weeks are counted in your quarters (from ${MONTH_NAMES[fiscalYearStartMonth - 1]}).`,
      })
    }
    if (compareAppVersions(file.appVersion, appVersion) > 0) {
      notices.push({
        source: s.source,
        kind: 'newer',
        text: `${s.fileName}: written by a newer Handoff Huddle (${file.appVersion}; this is ${appVersion}); update the app to be sure it reads every number.`,
      })
    }
  }
  return notices
}
