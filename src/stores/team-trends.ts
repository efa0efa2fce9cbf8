import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { nowMs } from '@/domain/clock'
import { DEFAULT_RANGE, type TrendRange } from '@/domain/trends/range'
import {
  teamComparison,
  teamNote,
  teamReasonSeries,
  teamSettingsLine,
  teamTrendRange,
  teamWeekSummaries,
  updatedText,
} from '@/domain/teams/team-trends'
import type { WeekSummary } from '@/domain/trends/week-summary'
import { trendFigures } from './trends'
import { useTeamsStore } from './teams'
import { useSettingsStore } from './settings'

/**
 * One team's Trends, read-only, from its team file (the leader's Teams screen opens it): the
 * manager's Trends figures (trendFigures) over the file's week summaries, judged with the team's
 * own time zone, fiscal year and checklist and as of the instant the file was written. Nothing is
 * read from or written to this app's own tables.
 */
export const useTeamTrendsStore = defineStore('team-trends', () => {
  const teams = useTeamsStore()
  const leader = useSettingsStore()
  /** The team on screen, by name (the route's `:team`). */
  const teamName = ref<string | null>(null)
  const range = ref<TrendRange>(DEFAULT_RANGE)
  const isOpening = ref(false)

  const source = computed(() => (teamName.value === null ? null : teams.sourceOf(teamName.value)))
  const file = computed(() => source.value?.lastGood ?? null)
  const summaryByWeek = computed(() => (file.value ? teamWeekSummaries(file.value) : new Map<string, WeekSummary>()))
  const asOf = computed(() => (file.value ? Date.parse(file.value.asOf) : nowMs()))
  const figures = trendFigures(summaryByWeek, range, asOf, () => file.value?.settings ?? leader.settings)

  /** The weeks the team booked in: what the range captions and "latest booking" read. */
  const dataWeeks = computed(() => (file.value?.data.weeks ?? []).filter((w) => w.booked > 0).map((w) => w.week))
  const hasData = computed(() => dataWeeks.value.length > 0)
  const series = computed(() => ({ ...figures.series.value, reasons: teamReasonSeries(figures.series.value.reasons) }))
  const comparison = computed(() => teamComparison(figures.comparison.value))
  const name = computed(() => file.value?.team.name ?? teamName.value ?? '')
  const notAssessed = computed(() => figures.notAssessed.value.map((n) => teamNote(n, name.value)))
  const notCarried = computed(() => (figures.notCarried.value ? teamNote(figures.notCarried.value, name.value) : null))
  /** "Team East — read-only, from east.huddle-team.json, updated 25 Nov 2026, 10:00 (UTC)". */
  const banner = computed(() =>
    file.value && source.value
      ? `${file.value.team.name} — read-only, from ${source.value.fileName}, updated ${updatedText(file.value.createdAt, file.value.settings.timeZone)}`
      : null,
  )
  const settingsLine = computed(() => (file.value ? teamSettingsLine(file.value.settings) : ''))

  /**
   * Opens a team's Trends on a quarter of the Teams screen (or its latest 13 weeks), reading the
   * kept team files first when the screen is opened straight from its address.
   */
  async function open(name: string, quarter: string | null): Promise<void> {
    isOpening.value = true
    try {
      if (teams.sources.length === 0) await teams.restoreFolder()
      teamName.value = name
      const fiscal = file.value?.settings.fiscalYearStartMonth ?? leader.settings.fiscalYearStartMonth
      range.value = teamTrendRange(quarter, leader.settings.fiscalYearStartMonth, fiscal)
    } finally {
      isOpening.value = false
    }
  }

  function setRange(next: TrendRange): Promise<void> {
    range.value = next
    return Promise.resolve()
  }

  return {
    ...figures,
    series,
    comparison,
    notAssessed,
    notCarried,
    range,
    teamName,
    file,
    dataWeeks,
    hasData,
    banner,
    settingsLine,
    isOpening,
    /** Nothing is read on a range change: the file's weeks are all in memory. */
    isLoading: computed(() => false),
    isRead: computed(() => true),
    progress: computed(() => null),
    error: computed(() => teams.error),
    open,
    setRange,
  }
})
