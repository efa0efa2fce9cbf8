/**
 * Teams side by side for a quarter: each team's weeks added up, then a total added up from the
 * teams' counts (never an average of their rates). A count a team's export could not show is
 * left out of the team's sum week by week and out of the total team by team, and the total says
 * which teams it leaves out. A week belongs to the quarter that holds its Thursday.
 */
import { quarterOfWeek, weeksOfQuarter } from '../calendar/quarters'
import { TEAM_WEEK_COUNTS, UNKNOWABLE_KEYS, type TeamWeek, type TeamWeekCount, type UnknowableKey } from './team-week'
import type { TeamActionItem } from './team-file'

export type QuarterCounts = Record<TeamWeekCount, number> & {
  /** Open action items at the quarter's end (or now, for the current quarter). */
  openActionItems: number
  /** The counts none of the summed weeks could show. */
  unknown: UnknowableKey[]
}

/** What a rollup needs of a team: its name, weeks and action items (a read team file gives it). */
export interface RollupTeam {
  name: string
  weeks: readonly TeamWeek[]
  actionItems: readonly TeamActionItem[]
}

export interface TeamQuarterRow extends QuarterCounts {
  name: string
}

export interface QuarterTotal extends QuarterCounts {
  /** Per count, the teams left out of it because their export could not show it. */
  leftOut: Partial<Record<UnknowableKey, string[]>>
}

export interface QuarterRollup {
  /** Fiscal quarter key, `FY2026-Q1`. */
  quarter: string
  teams: TeamQuarterRow[]
  total: QuarterTotal
}

const zeroCounts = (): QuarterCounts => ({
  ...(Object.fromEntries(TEAM_WEEK_COUNTS.map((k) => [k, 0])) as Record<TeamWeekCount, number>),
  openActionItems: 0,
  unknown: [],
})

/**
 * Adds weeks (or teams' quarters) together: a count that one of them could not show adds
 * nothing from it; the sum's count is unknown only when none of those with bookings could show it.
 */
export function sumCounts(
  parts: readonly (Record<TeamWeekCount, number> & { unknown: readonly string[] })[],
): QuarterCounts {
  const sum = zeroCounts()
  const knownSomewhere = new Set<string>()
  let hasBookings = false
  for (const p of parts) {
    const unknown = new Set(p.unknown)
    for (const k of TEAM_WEEK_COUNTS) if (!unknown.has(k)) sum[k] += p[k]
    if (p.booked === 0) continue
    hasBookings = true
    for (const k of UNKNOWABLE_KEYS) if (!unknown.has(k)) knownSomewhere.add(k)
  }
  sum.unknown = hasBookings ? UNKNOWABLE_KEYS.filter((k) => !knownSomewhere.has(k)) : []
  return sum
}

/** The fiscal quarter key (`FY2026-Q1`) a week counts in. */
const quarterOf = (week: string, fiscalYearStartMonth: number): string => quarterOfWeek(week, fiscalYearStartMonth).key

/**
 * Action items agreed up to the quarter's last week and not done by its end (the day after its
 * last day, compared as UTC days: close enough for a count of open items).
 */
function openItemsAtEnd(items: readonly TeamActionItem[], lastWeek: string, dayAfterEnd: string): number {
  let n = 0
  for (const item of items) {
    if (item.huddleWeek > lastWeek) continue
    if (item.doneAt === '' || item.doneAt.slice(0, 10) >= dayAfterEnd) n++
  }
  return n
}

function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** One team's counts for one quarter. */
export function teamQuarter(team: RollupTeam, quarter: string, fiscalYearStartMonth: number): TeamQuarterRow {
  const weeks = new Set(weeksOfQuarter(quarter, fiscalYearStartMonth))
  const counts = sumCounts(team.weeks.filter((w) => weeks.has(w.week)))
  const all = [...weeks]
  const lastDay = quarterOfWeek(all[all.length - 1]!, fiscalYearStartMonth).lastDay
  counts.openActionItems = openItemsAtEnd(team.actionItems, all[all.length - 1]!, dayAfter(lastDay))
  return { name: team.name, ...counts }
}

/** The total of the teams' rows: each count summed over the teams that could show it. */
function totalOf(rows: readonly TeamQuarterRow[]): QuarterTotal {
  const total: QuarterTotal = { ...sumCounts(rows), leftOut: {} }
  total.openActionItems = rows.reduce((n, r) => n + r.openActionItems, 0)
  for (const k of UNKNOWABLE_KEYS) {
    const out = rows.filter((r) => r.unknown.includes(k)).map((r) => r.name)
    if (out.length > 0) total.leftOut[k] = out
  }
  return total
}

export function rollupQuarter(
  teams: readonly RollupTeam[],
  quarter: string,
  fiscalYearStartMonth: number,
): QuarterRollup {
  const rows = teams.map((t) => teamQuarter(t, quarter, fiscalYearStartMonth))
  return { quarter, teams: rows, total: totalOf(rows) }
}

/** Every quarter any team has a week in, ascending. */
export function quartersOf(teams: readonly RollupTeam[], fiscalYearStartMonth: number): string[] {
  const keys = new Set<string>()
  for (const t of teams) for (const w of t.weeks) keys.add(quarterOf(w.week, fiscalYearStartMonth))
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
