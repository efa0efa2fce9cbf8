import { nowMs } from '@/domain/clock'
import { defineStore } from 'pinia'
import { isoWeekOfDay } from '@/domain/calendar/weeks'
import { localDayOf } from '@/domain/calendar/zoned'
import { defaultHuddleWeek } from '@/domain/huddle/session'
import { computed, ref, shallowRef } from 'vue'
import { factsInWeeks } from '@/db/handoff-repo'
import { getSample, saveSample, type WeeklySample } from '@/db/sample-repo'
import { scoresInWeeks, type StoredScore } from '@/db/score-repo'
import { listIcpVersions } from '@/db/icp-repo'
import { nextTask } from '@/db/slices'
import {
  breakdown,
  computeMetrics,
  offeredBreakdownKeys,
  type BreakdownKey,
  type Metrics,
  type MetricsContext,
} from '@/domain/metrics/metrics'
import type { StoredHandoff } from '@/domain/handoff'
import { handoffTotal, latestScorePerScorer } from '@/domain/rubric/scores'
import { drawSample, redraw as redrawSample, swapOne as swapSample } from '@/domain/sample/weekly-sample'
import { notCarriedBySome, notCarriedMessage } from '@/domain/carried'
import { notAssessedNotes } from '@/domain/metrics/not-assessed'
import { useHandoffsStore } from './handoffs'
import { useSettingsStore } from './settings'
import { failureText } from '@/stores/shared/db-error-notices'
import { useDataVersionStore } from './data-version'

export interface SampleEntry {
  id: string
  handoff: StoredHandoff | null
  scorers: string[]
  /** Mean of the scorers' latest totals (0–5); null when nobody scored it yet. */
  total: number | null
}

export const useWeeklyStore = defineStore('weekly', () => {
  /** Weeks with bookings, newest first (the handoffs store reads them from the week index). */
  const weeks = computed(() => useHandoffsStore().weeks)
  const week = ref<string>('')
  const handoffs = shallowRef<StoredHandoff[]>([])
  const scores = shallowRef<StoredScore[]>([])
  const sample = shallowRef<WeeklySample | null>(null)
  const metrics = shallowRef<Metrics | null>(null)
  const breakdowns = shallowRef<{ key: BreakdownKey; groups: { key: string; metrics: Metrics }[] }[]>([])
  const isLoading = ref(false)
  const error = ref<string | null>(null)

  const byId = computed(() => new Map(handoffs.value.map((h) => [h.id, h])))
  /** What this week's export did not carry of the checklist, said once with what to do. */
  const notCarried = computed(() =>
    notCarriedMessage(notCarriedBySome(handoffs.value, useSettingsStore().settings.requiredFields)),
  )
  /**
   * What else the week's numbers could not be assessed on (no decision, no decision time, no bar
   * inputs, no feedback), each with what to do.
   */
  const notAssessed = computed(() => (metrics.value ? notAssessedNotes(metrics.value.assessed, metrics.value) : []))
  const sampleEntries = computed<SampleEntry[]>(() =>
    (sample.value?.handoffIds ?? []).map((id) => {
      const own = scores.value.filter((s) => s.handoffId === id)
      return {
        id,
        handoff: byId.value.get(id) ?? null,
        scorers: latestScorePerScorer(own).map((s) => s.scorer),
        total: handoffTotal(own),
      }
    }),
  )

  const candidates = () => handoffs.value.map((h) => ({ id: h.id, sdr: h.sdr, status: h.status }))

  /** Reads one week through the 'week' index; draws and saves its sample on the first visit. */
  let generation = 0
  async function load(target: string): Promise<void> {
    const current = ++generation
    week.value = target
    isLoading.value = true
    error.value = null
    try {
      const [rows, weekScores, saved, icpVersions] = await Promise.all([
        factsInWeeks([target]),
        scoresInWeeks([target]),
        getSample(target),
        listIcpVersions(),
      ])
      // A later read (another week, or the same after a write) supersedes this one.
      if (current !== generation) return
      handoffs.value = rows
      scores.value = weekScores
      const scoresById = new Map<string, StoredScore[]>()
      for (const s of weekScores) scoresById.set(s.handoffId, [...(scoresById.get(s.handoffId) ?? []), s])
      const ctx: MetricsContext = {
        settings: useSettingsStore().settings,
        asOf: nowMs(),
        icpVersions,
        rubricScoreOf: (h) => handoffTotal(scoresById.get((h as StoredHandoff).id) ?? []),
      }
      metrics.value = computeMetrics(rows, ctx)
      // A breakdown by a field the export did not carry would be one "(none)" row: not offered.
      // Each in a task of its own: with the metrics, a week of 20,000 handoffs held the page 0.2 s.
      const offered: typeof breakdowns.value = []
      for (const key of offeredBreakdownKeys(rows)) {
        await nextTask()
        if (current !== generation) return
        offered.push({ key, groups: breakdown(rows, key, ctx) })
      }
      breakdowns.value = offered
      if (saved || rows.length === 0) {
        sample.value = saved
      } else {
        const drawn: WeeklySample = {
          week: target,
          handoffIds: drawSample(candidates(), target, useSettingsStore().settings.sampleSize),
          seed: '',
        }
        await saveSample(drawn)
        sample.value = drawn
      }
    } catch (e) {
      error.value = `Could not read week ${target}: ${failureText(e)}`
    } finally {
      if (current === generation) isLoading.value = false
    }
  }

  /**
   * Opens the week the next huddle reviews (the latest complete week with data, else the latest
   * with data) unless a week is already chosen.
   */
  async function open(now = nowMs()): Promise<void> {
    const currentWeek = isoWeekOfDay(localDayOf(now, useSettingsStore().settings.timeZone))
    const target =
      week.value && weeks.value.includes(week.value) ? week.value : defaultHuddleWeek(weeks.value, currentWeek)
    if (target) await load(target)
  }

  // After a write the week on screen is read again (the view moves off a week that lost its data).
  useDataVersionStore().follow(() => (week.value ? load(week.value) : Promise.resolve()))

  const index = computed(() => weeks.value.indexOf(week.value))
  const previousWeek = computed(() => (index.value >= 0 ? (weeks.value[index.value + 1] ?? null) : null))
  const nextWeek = computed(() => (index.value > 0 ? (weeks.value[index.value - 1] ?? null) : null))

  async function redraw(): Promise<void> {
    const current = sample.value
    if (!current) return
    const { salt, ids } = redrawSample(candidates(), current.week, useSettingsStore().settings.sampleSize, current.seed)
    const next = { week: current.week, handoffIds: ids, seed: salt }
    await saveSample(next)
    sample.value = next
    // The huddle walks the sample: it reads the week again too.
    await useDataVersionStore().changed()
  }

  async function swapOne(id: string): Promise<void> {
    const current = sample.value
    if (!current) return
    const next = {
      ...current,
      handoffIds: swapSample(current.handoffIds, id, candidates(), current.week, current.seed),
    }
    await saveSample(next)
    sample.value = next
    // The huddle walks the sample: it reads the week again too.
    await useDataVersionStore().changed()
  }

  return {
    weeks,
    week,
    handoffs,
    scores,
    metrics,
    breakdowns,
    sample,
    sampleEntries,
    notCarried,
    notAssessed,
    isLoading,
    error,
    previousWeek,
    nextWeek,
    load,
    open,
    redraw,
    swapOne,
  }
})
