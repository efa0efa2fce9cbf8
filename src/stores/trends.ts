import { nowMs } from '@/domain/clock'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, type ComputedRef } from 'vue'
import { handoffsMatching, readWeeks } from '@/db/trends-repo'
import { isoWeekOfDay } from '@/domain/calendar/weeks'
import { localDayOf } from '@/domain/calendar/zoned'
import { quarterOfWeek, weeksOfQuarter } from '@/domain/calendar/quarters'
import type { HandoffField, StoredHandoff } from '@/domain/handoff'
import { MASKED_FIELDS } from '@/domain/rules/checklist'
import { quarterComparison } from '@/domain/trends/comparison'
import { handoffFacts, type HandoffFact } from '@/domain/trends/facts'
import { notCarriedMessage } from '@/domain/carried'
import { MIN_DECIDED_FOR_A_RATE, rejectionPredictors } from '@/domain/trends/predictors'
import {
  comparedQuarters,
  DEFAULT_RANGE,
  rangeLabel,
  rangeProblem,
  rangeWeeks,
  type TrendRange,
} from '@/domain/trends/range'
import { rubricResults } from '@/domain/trends/rubric-results'
import {
  SCORECARD_DIMENSIONS,
  scorecards,
  type ScorecardDimension,
  type ScorecardRow,
} from '@/domain/trends/scorecards'
import { seriesOfTallies } from '@/domain/trends/series'
import { emptyTally, mergeTallies, talliesByWeek, talliesFor, type Tally } from '@/domain/trends/tally'
import type { Progress } from './handoffs'
import { useSettingsStore } from './settings'
import { failureText } from '@/composables/use-db-errors'

/**
 * The Trends screen's data: facts per week, read through the week index and kept while the
 * screen is open, so switching ranges only reads the weeks not seen yet. Everything shown is
 * derived from the facts by the pure functions of src/domain/trends.
 */
export const useTrendsStore = defineStore('trends', () => {
  const settingsStore = useSettingsStore()
  const range = ref<TrendRange>(DEFAULT_RANGE)
  const asOf = ref(nowMs())
  const factsByWeek = shallowRef(new Map<string, HandoffFact[]>())
  // Tallied once per week read: the charts, the weekly table, the total and the quarter comparison
  // all add weeks up instead of going over every fact again.
  const tallyByWeek = shallowRef(new Map<string, Tally>())
  const progress = ref<Progress | null>(null)
  const isLoading = ref(false)
  const error = ref<string | null>(null)
  let cachedFor: unknown = null
  let queue: Promise<void> = Promise.resolve()

  const requiredFields = computed<HandoffField[]>(() => settingsStore.settings.requiredFields.slice(0, MASKED_FIELDS))
  const fiscalStart = computed(() => settingsStore.settings.fiscalYearStartMonth)
  const currentWeek = computed(() => isoWeekOfDay(localDayOf(asOf.value, settingsStore.settings.timeZone)))
  const weeks = computed(() => rangeWeeks(range.value, currentWeek.value, fiscalStart.value))
  const label = computed(() => rangeLabel(range.value, weeks.value, fiscalStart.value))
  const problem = computed(() => rangeProblem(range.value))
  const quarters = computed(() => comparedQuarters(range.value, weeks.value, currentWeek.value, fiscalStart.value))
  const quarterWeeks = computed(() => ({
    current: weeksOfQuarter(quarters.value.current, fiscalStart.value),
    previous: weeksOfQuarter(quarters.value.previous, fiscalStart.value),
  }))

  const factsOf = (ws: readonly string[]): HandoffFact[] => ws.flatMap((w) => factsByWeek.value.get(w) ?? [])
  const rangeFacts = computed(() => factsOf(weeks.value))
  const weekly = computed(() => talliesFor(tallyByWeek.value, weeks.value))
  /** Checklist fields some export in the range did not carry: said once above the charts. */
  const notCarried = computed(() => {
    let mask = 0
    for (const f of rangeFacts.value) mask |= f.notAssessedMask
    return notCarriedMessage(requiredFields.value.filter((_, i) => (mask & (1 << i)) !== 0))
  })
  const series = computed(() => seriesOfTallies(weekly.value, weeks.value))
  // One computed per dimension: only the scorecard on screen is worked out on a range change.
  const scorecardComputeds = Object.fromEntries(
    SCORECARD_DIMENSIONS.map((d) => [d, computed(() => scorecards(rangeFacts.value, d, weeks.value))]),
  ) as Record<ScorecardDimension, ComputedRef<ScorecardRow[]>>
  const scorecardsOf = (dimension: ScorecardDimension): ScorecardRow[] => scorecardComputeds[dimension].value
  const comparison = computed(() =>
    quarterComparison(
      mergeTallies(talliesFor(tallyByWeek.value, quarterWeeks.value.current)),
      mergeTallies(talliesFor(tallyByWeek.value, quarterWeeks.value.previous)),
    ),
  )
  const predictorQuarters = computed(() => [
    ...new Set(weeks.value.map((w) => quarterOfWeek(w, fiscalStart.value).key)),
  ])
  const predictors = computed(() =>
    rejectionPredictors(
      { requiredFields: requiredFields.value, facts: rangeFacts.value },
      (w) => quarterOfWeek(w, fiscalStart.value).key,
      predictorQuarters.value,
      MIN_DECIDED_FOR_A_RATE,
    ),
  )
  const total = computed(() => mergeTallies(weekly.value))

  async function readMissing(): Promise<void> {
    const settings = settingsStore.settings
    if (cachedFor !== settings) {
      factsByWeek.value = new Map()
      tallyByWeek.value = new Map()
      cachedFor = settings
    }
    const wanted = [...new Set([...weeks.value, ...quarterWeeks.value.current, ...quarterWeeks.value.previous])]
    const missing = wanted.filter((w) => !factsByWeek.value.has(w)).sort()
    if (missing.length === 0) return
    isLoading.value = true
    progress.value = { label: 'Reading handoffs', done: 0, total: missing.length }
    try {
      const { handoffs, scores } = await readWeeks(missing, (done, total) => {
        progress.value = { label: 'Reading handoffs', done, total }
      })
      const rubric = rubricResults(scores)
      const set = handoffFacts(handoffs, { settings, asOf: asOf.value, rubricOf: (id) => rubric.get(id) ?? null })
      const next = new Map(factsByWeek.value)
      for (const w of missing) next.set(w, [])
      for (const f of set.facts) next.get(f.week)?.push(f)
      const read = talliesByWeek(set.facts)
      const nextTallies = new Map(tallyByWeek.value)
      for (const w of missing) nextTallies.set(w, read.get(w) ?? emptyTally())
      tallyByWeek.value = nextTallies
      factsByWeek.value = next
      error.value = null
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
    factsByWeek.value = new Map()
    tallyByWeek.value = new Map()
    cachedFor = null
    return load()
  }

  function setRange(next: TrendRange): Promise<void> {
    range.value = next
    return load()
  }

  /** The handoffs in the range behind one scorecard row (the drill-down). */
  const handoffsOfRow = (dimension: Parameters<typeof handoffsMatching>[1], key: string): Promise<StoredHandoff[]> =>
    handoffsMatching(weeks.value, dimension, key)

  return {
    notCarried,
    range,
    asOf,
    currentWeek,
    weeks,
    label,
    problem,
    quarters,
    rangeFacts,
    series,
    scorecardsOf,
    comparison,
    predictors,
    weekly,
    total,
    isLoading,
    progress,
    error,
    load,
    reload,
    setRange,
    handoffsOfRow,
  }
})
