/**
 * One chart per measure on the Teams screen, each team a line over the quarter's weeks: the
 * measure of each team's week alone, a gap where the team's export could not show it or there
 * was nothing to judge. Charts draw these series as they are.
 */
import type { ChartSeries, SeriesUnit } from '../trends/series'
import { chartValue, measureOf, TEAM_MEASURES, type TeamMeasure } from './measures'
import { sumCounts, type RollupTeam } from './rollup'
import type { TeamWeek } from './team-week'

/** The measures drawn (open action items have no weekly line). */
export const CHARTED_MEASURES = TEAM_MEASURES.filter((m) => m !== 'openItems')

const UNITS: Record<TeamMeasure, SeriesUnit> = {
  booked: 'count',
  acceptance: 'percent',
  onTime: 'percent',
  incomplete: 'percent',
  vague: 'percent',
  rubric: 'score',
  openItems: 'count',
}

/**
 * The team's line for one measure over `weeks`: a week without bookings is a gap, or 0 booked
 * when it lies between the team's first and last week (outside them, the file says nothing).
 */
function teamLine(team: RollupTeam, weeks: readonly string[], measure: TeamMeasure): (number | null)[] {
  const byWeek = new Map<string, TeamWeek>(team.weeks.map((w) => [w.week, w]))
  const first = team.weeks.reduce((m, w) => (w.week < m ? w.week : m), '9999')
  const last = team.weeks.reduce((m, w) => (w.week > m ? w.week : m), '')
  return weeks.map((week) => {
    const w = byWeek.get(week)
    if (!w) return measure === 'booked' && week > first && week < last ? 0 : null
    return chartValue(measureOf({ ...sumCounts([w]), openActionItems: 0 }, measure))
  })
}

export function teamChartSeries(
  teams: readonly RollupTeam[],
  weeks: readonly string[],
  measure: TeamMeasure,
): ChartSeries {
  const unit = UNITS[measure]
  return {
    labels: [...weeks],
    datasets: teams.map((t, i) => ({ key: `team-${i}`, label: t.name, data: teamLine(t, weeks, measure) })),
    unit,
    isStacked: false,
    max: unit === 'percent' ? 100 : unit === 'score' ? 5 : null,
  }
}

/** Every charted measure's series for these weeks. */
export function teamCharts(teams: readonly RollupTeam[], weeks: readonly string[]): Record<string, ChartSeries> {
  return Object.fromEntries(CHARTED_MEASURES.map((m) => [m, teamChartSeries(teams, weeks, m)]))
}
