import { nowMs } from '@/domain/clock'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, type ComputedRef, type Ref } from 'vue'
import { handoffsMatching, loadWeekSummaries } from '@/db/trends-repo'
import { isoWeekOfDay } from '@/domain/calendar/weeks'
import { localDayOf } from '@/domain/calendar/zoned'
import { quarterOfWeek, weeksOfQuarter } from '@/domain/calendar/quarters'
import type { HandoffField, StoredHandoff } from '@/domain/handoff'
import { MASKED_FIELDS } from '@/domain/rules/checklist'
import { quarterComparison } from '@/domain/trends/comparison'
import { notCarriedMessage } from '@/domain/carried'
import { MIN_DECIDED_FOR_A_RATE, predictorsOfSummaries } from '@/domain/trends/predictors'
import { comparisonCaption } from '@/domain/trends/quarter-columns'
import {
  comparedQuarters,
  DEFAULT_RANGE,
  rangeLabel,
  rangeProblem,
  rangeWeeks,
  type TrendRange,
} from '@/domain/trends/range'
import {
  offeredDimensions,
  SCORECARD_DIMENSIONS,
  scorecardsOfSummaries,
  type ScorecardDimension,
  type ScorecardRow,
} from '@/domain/trends/scorecards'
import { seriesOfTallies } from '@/domain/trends/series'
import { assessedOf, emptyTally, mergeTallies, type Tally } from '@/domain/trends/tally'
import { notAssessedNotes } from '@/domain/metrics/not-assessed'
import type { WeekSummary } from '@/domain/trends/week-summary'
import type { Settings } from '@/domain/settings'
import type { Progress } from './handoffs'
import { useSettingsStore } from './settings'
import { failureText } from '@/stores/shared/db-error-notices'
import { useDataVersionStore } from './data-version'

/** The settings the Trends numbers depend on: the manager's own, or a team file's. */
export type TrendSettings = Pick<Settings, 'timeZone' | 'fiscalYearStartMonth' | 'requiredFields'>

/**
 * Everything the Trends screen shows, worked out from week summaries, a range and "now": shared
 * by the manager's Trends (summaries read from this database) and a team's read-only Trends
 * (summaries from its team file, src/stores/team-trends.ts).
 */
export function trendFigures(
  summaryByWeek: Readonly<Ref<ReadonlyMap<string, WeekSummary>>>,
  range: Readonly<Ref<TrendRange>>,
  asOf: Readonly<Ref<number>>,
  settingsOf: () => TrendSettings,
) {
  const requiredFields = computed<HandoffField[]>(() => settingsOf().requiredFields.slice(0, MASKED_FIELDS))
  const fiscalStart = computed(() => settingsOf().fiscalYearStartMonth)
  const currentWeek = computed(() => isoWeekOfDay(localDayOf(asOf.value, settingsOf().timeZone)))
  const weeks = computed(() => rangeWeeks(range.value, currentWeek.value, fiscalStart.value))
  const label = computed(() => rangeLabel(range.value, weeks.value, fiscalStart.value))
  const problem = computed(() => rangeProblem(range.value))
  const quarters = computed(() => comparedQuarters(range.value, weeks.value, currentWeek.value, fiscalStart.value))
  /** "Q4 FY2026 so far (week 10 of 14) against Q3 FY2026": "so far" only for a running quarter. */
  const comparisonLabel = computed(() =>
    comparisonCaption(quarters.value.current, quarters.value.previous, currentWeek.value, fiscalStart.value),
  )
  const quarterWeeks = computed(() => ({
    current: weeksOfQuarter(quarters.value.current, fiscalStart.value),
    previous: weeksOfQuarter(quarters.value.previous, fiscalStart.value),
  }))

  const talliesOf = (ws: Iterable<string>): Tally[] =>
    Array.from(ws, (w) => summaryByWeek.value.get(w)?.tally ?? emptyTally())
  const weekly = computed(() => talliesOf(weeks.value))
  /** Checklist fields some export in the range did not carry: said once above the charts. */
  const notCarried = computed(() => {
    let mask = 0
    for (const w of weeks.value) mask |= summaryByWeek.value.get(w)?.notAssessedMask ?? 0
    return notCarriedMessage(requiredFields.value.filter((_, i) => (mask & (1 << i)) !== 0))
  })
  const series = computed(() => seriesOfTallies(weekly.value, weeks.value))
  // One computed per dimension: only the scorecard on screen is worked out on a range change.
  const scorecardComputeds = Object.fromEntries(
    SCORECARD_DIMENSIONS.map((d) => [d, computed(() => scorecardsOfSummaries(summaryByWeek.value, d, weeks.value))]),
  ) as Record<ScorecardDimension, ComputedRef<ScorecardRow[]>>
  const scorecardsOf = (dimension: ScorecardDimension): ScorecardRow[] => scorecardComputeds[dimension].value
  const comparison = computed(() =>
    quarterComparison(
      mergeTallies(talliesOf(quarterWeeks.value.current)),
      mergeTallies(talliesOf(quarterWeeks.value.previous)),
    ),
  )
  const predictorQuarters = computed(() => [
    ...new Set(weeks.value.map((w) => quarterOfWeek(w, fiscalStart.value).key)),
  ])
  const predictors = computed(() =>
    predictorsOfSummaries(
      requiredFields.value,
      weeks.value.flatMap((w) => summaryByWeek.value.get(w) ?? []),
      (w) => quarterOfWeek(w, fiscalStart.value).key,
      predictorQuarters.value,
      MIN_DECIDED_FOR_A_RATE,
    ),
  )
  const total = computed(() => mergeTallies(weekly.value))
  /** Whether any handoff was booked in the range. */
  const hasRangeData = computed(() => total.value.booked > 0)
  /** What the range's exports could not show (no decision, no decision time, no feedback), with what to do. */
  const notAssessed = computed(() => notAssessedNotes(assessedOf(total.value), total.value))
  /** The scorecard dimensions some export in the range carried. */
  const dimensions = computed(() => offeredDimensions(total.value))

  return {
    requiredFields,
    fiscalStart,
    currentWeek,
    weeks,
    label,
    problem,
    quarters,
    comparisonLabel,
    quarterWeeks,
    weekly,
    notCarried,
    series,
    scorecardsOf,
    comparison,
    predictors,
    total,
    hasRangeData,
    notAssessed,
    dimensions,
  }
}

/**
 * The Trends screen's data: one summary of numbers per week (src/domain/trends/week-summary.ts),
 * kept in the database until the week's handoffs, scores or the settings change, and in memory
 * while the screen is open, so switching ranges only reads the weeks not seen yet. Everything
 * shown is a sum of weeks, by the pure functions of src/domain/trends.
 */
export const useTrendsStore = defineStore('trends', () => {
  const settingsStore = useSettingsStore()
  const range = ref<TrendRange>(DEFAULT_RANGE)
  const asOf = ref(nowMs())
  const summaryByWeek = shallowRef(new Map<string, WeekSummary>())
  const progress = ref<Progress | null>(null)
  const isLoading = ref(false)
  /**
   * Whether the weeks shown have been read since the screen opened or the data changed: until
   * then every week would read as zero, and a chart's CSV would export those zeros.
   */
  const isRead = ref(false)
  const error = ref<string | null>(null)
  let cachedFor: unknown = null
  let queue: Promise<void> = Promise.resolve()

  const figures = trendFigures(summaryByWeek, range, asOf, () => settingsStore.settings)
  const { weeks, quarterWeeks } = figures

  async function readMissing(): Promise<void> {
    const settings = settingsStore.settings
    if (cachedFor !== settings) {
      summaryByWeek.value = new Map()
      cachedFor = settings
    }
    const wanted = [...new Set([...weeks.value, ...quarterWeeks.value.current, ...quarterWeeks.value.previous])]
    const missing = wanted.filter((w) => !summaryByWeek.value.has(w)).sort()
    if (missing.length === 0) {
      isRead.value = true
      return
    }
    isLoading.value = true
    try {
      const read = await loadWeekSummaries(missing, settings, asOf.value, (done, total) => {
        progress.value = { label: 'Reading handoffs', done, total }
      })
      const next = new Map(summaryByWeek.value)
      for (const [w, summary] of read) next.set(w, summary)
      summaryByWeek.value = next
      error.value = null
      isRead.value = true
    } catch (e) {
      error.value = `Could not read the handoffs for these weeks: ${failureText(e)}`
    } finally {
      isLoading.value = false
      progress.value = null
    }
  }

  /** Reads the weeks the range and the quarter comparison need and have not been read yet. */
  function load(): Promise<void> {
    queue = queue.then(readMissing)
    return queue
  }

  /** Forgets what was read (data or settings changed) and reads again as of now. */
  function reload(now = nowMs()): Promise<void> {
    asOf.value = now
    summaryByWeek.value = new Map()
    cachedFor = null
    isRead.value = false
    return load()
  }

  // A write drops every summary read so far; what was on screen is read again as of now.
  useDataVersionStore().follow(() => (summaryByWeek.value.size > 0 ? reload() : Promise.resolve()))

  function setRange(next: TrendRange): Promise<void> {
    range.value = next
    return load()
  }

  /** The handoffs in the range behind one scorecard row (the drill-down). */
  const handoffsOfRow = (dimension: Parameters<typeof handoffsMatching>[1], key: string): Promise<StoredHandoff[]> =>
    handoffsMatching(weeks.value, dimension, key)

  return {
    ...figures,
    range,
    asOf,
    isLoading,
    isRead,
    progress,
    error,
    load,
    reload,
    setRange,
    handoffsOfRow,
  }
})
