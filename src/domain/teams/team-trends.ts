/**
 * One team's Trends, read from its team file: each team week becomes the week summary the Trends
 * screen adds up (week-summary.ts), so the leader sees the charts and the quarter table the team's
 * manager sees, from the same counts as the team's row on the Teams screen. A team file carries
 * weekly totals only: no rejection reasons, response times or per-person groupings, so the
 * scorecards, the predictors, the reason mix and the median response are "not in the team file",
 * never an empty table or a zero.
 */
import { MONTH_NAMES } from '../calendar/months'
import { isQuarterKey, quarterOfWeek, weeksOfQuarter } from '../calendar/quarters'
import { carriedBit } from '../carried'
import { countOf } from '../format'
import { MASKED_FIELDS } from '../rules/checklist'
import type { ComparisonRow } from '../trends/comparison'
import type { TrendRange } from '../trends/range'
import type { ChartSeries } from '../trends/series'
import { emptyTally, type Tally } from '../trends/tally'
import { emptySummary, type WeekSummary } from '../trends/week-summary'
import type { TeamFile, TeamFileSettings } from './team-file'
import type { TeamWeek } from './team-week'

/** Said where the team's Trends would show something its file does not hold. */
export const NOT_IN_TEAM_FILE = 'not in the team file'
/** The same words leading a note: "Not in the team file. A team file carries …". */
export const NOT_IN_TEAM_FILE_HEADING = 'Not in the team file.'

/** Why the screen has no scorecards, predictors or reason mix for a team. */
export const TEAM_FILE_TOTALS_ONLY =
  "A team file carries the team's weekly totals, not its people, its rejection reasons or its response times."

const STATUS = carriedBit('status')
const RESPONDED = carriedBit('respondedAt')
const FEEDBACK = carriedBit('aeFeedback')

/**
 * What the week's imports carried, as far as its counts tell: the decision, its time, the
 * feedback, and the checklist (all or none of its fields: the file keeps no finer account).
 */
function carriedOfWeek(w: TeamWeek, requiredBits: number): number {
  const unknown = new Set<string>(w.unknown)
  let carried = 0
  if (!unknown.has('accepted')) carried |= STATUS
  if (!unknown.has('onTime')) carried |= RESPONDED
  if (!unknown.has('vagueFeedback')) carried |= FEEDBACK
  if (!unknown.has('incomplete')) carried |= requiredBits
  return carried
}

/** A team week as a Trends tally: the same counts under the names Trends adds up. */
function tallyOfTeamWeek(w: TeamWeek, requiredBits: number): Tally {
  const carried = carriedOfWeek(w, requiredBits)
  return {
    ...emptyTally(),
    booked: w.booked,
    accepted: w.accepted,
    rejected: w.rejected,
    pending: w.pending,
    onTime: w.onTime,
    late: w.late,
    openOverdue: w.openOverdue,
    incomplete: w.incomplete,
    vague: w.vagueFeedback,
    noFeedback: w.noFeedback,
    decisions: w.statusAssessed,
    // Decision times were carried wherever a decision was: the week's on-time count is known.
    timed: (carried & RESPONDED) !== 0 ? w.statusAssessed : 0,
    checked: w.checklistAssessed,
    feedbackRejected: w.feedbackAssessed,
    carried,
    rubricSum: w.rubricSum,
    rubricCount: w.rubricCount,
  }
}

/** The week summaries of a team file, by week: what the Trends screen adds up for that team. */
export function teamWeekSummaries(file: Pick<TeamFile, 'settings' | 'data'>): Map<string, WeekSummary> {
  const required = file.settings.requiredFields.slice(0, MASKED_FIELDS)
  const requiredBits = required.reduce((mask, f) => mask | carriedBit(f), 0)
  const summaries = new Map<string, WeekSummary>()
  for (const w of file.data.weeks) {
    const summary = emptySummary(w.week, required.length)
    summary.tally = tallyOfTeamWeek(w, requiredBits)
    // A week that could not assess the checklist carried none of its fields.
    if (w.unknown.includes('incomplete')) summary.notAssessedMask = (1 << required.length) - 1
    summaries.set(w.week, summary)
  }
  return summaries
}

/**
 * The range a team's Trends opens on for a quarter of the Teams screen (the leader's fiscal
 * year): that quarter in the team's own fiscal year when both years start in the same month,
 * else the same weeks as a custom range. Without a quarter, the team's latest 13 weeks.
 */
export function teamTrendRange(quarter: string | null, leaderFiscalStart: number, teamFiscalStart: number): TrendRange {
  if (quarter === null || !isQuarterKey(quarter)) return { kind: 'last13' }
  const weeks = weeksOfQuarter(quarter, leaderFiscalStart)
  const teamQuarter = quarterOfWeek(weeks[0]!, teamFiscalStart).key
  const same = weeksOfQuarter(teamQuarter, teamFiscalStart).join() === weeks.join()
  return same ? { kind: 'fiscalQuarter', quarter: teamQuarter } : { kind: 'custom', from: weeks[0]!, to: weeks.at(-1)! }
}

/** The quarter table with the rows a team file cannot fill said so, never "—". */
export function teamComparison(rows: readonly ComparisonRow[]): ComparisonRow[] {
  return rows.map((r) =>
    r.key === 'medianResponseHours'
      ? {
          ...r,
          current: null,
          previous: null,
          delta: null,
          currentNote: NOT_IN_TEAM_FILE,
          previousNote: NOT_IN_TEAM_FILE,
          currentBase: null,
          previousBase: null,
        }
      : r,
  )
}

/** The reason mix of a team: the file holds none, so the chart says so instead of "no rejection". */
export const teamReasonSeries = (s: ChartSeries): ChartSeries => ({
  ...s,
  datasets: [],
  notAssessedNote: TEAM_FILE_TOTALS_ONLY,
})

/**
 * A note on what an export could not show, said of the team rather than to its manager: "Team
 * West's export has no decision time: …" (the leader passes the fix on).
 */
export const teamNote = (note: string, teamName: string): string =>
  note.replace(/^Your export\b/, `${teamName}'s export`)

/** "25 Nov 2026, 10:00 (Europe/Berlin)": when the team's manager wrote the file, in the team's time. */
export function updatedText(iso: string, timeZone: string): string {
  const at = Date.parse(iso)
  if (Number.isNaN(at)) return iso
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  )
  const month = MONTH_NAMES[Number(parts.month) - 1]!.slice(0, 3)
  return `${Number(parts.day)} ${month} ${parts.year}, ${parts.hour}:${parts.minute} (${timeZone})`
}

/**
 * The settings a team's numbers were worked out with, as one line: "Time zone Europe/Berlin ·
 * fiscal year from April · AE response SLA 1 business day · ICP: 2 versions, the latest from 2026-W10".
 */
export function teamSettingsLine(s: TeamFileSettings): string {
  const sla = countOf(s.slaWindowDays, 'business day')
  const latest = s.icpVersions.reduce((w, v) => (v.effectiveWeek > w ? v.effectiveWeek : w), '')
  const icp =
    s.icpVersions.length <= 1 ? 'ICP: one version' : `ICP: ${s.icpVersions.length} versions, the latest from ${latest}`
  return [
    `Time zone ${s.timeZone}`,
    `fiscal year from ${MONTH_NAMES[s.fiscalYearStartMonth - 1]}`,
    `AE response SLA ${sla}`,
    icp,
  ].join(' · ')
}
