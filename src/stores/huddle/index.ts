/**
 * The huddle screen's store. It reads a week once (`open`) and hands the pieces to its parts:
 * the running huddle (./running.ts), the review sections (./review.ts), the action items
 * (./action-items.ts) and the notes export (./notes.ts). Screens see one store.
 */
import { useTeamPublishStore } from '../team-publish'
import { defineStore } from 'pinia'
import { nowMs } from '@/domain/clock'
import { computed, ref, shallowRef } from 'vue'
import { factsInWeeks, handoffsByIds } from '@/db/handoff-repo'
import { getHuddle, huddleWeeks, listHuddles, type HuddleSummary, type StoredHuddle } from '@/db/huddle-repo'
import { doneItemsBefore, itemsForHuddle } from '@/db/action-item-repo'
import { getSample, saveSample } from '@/db/sample-repo'
import { scoresInWeeks } from '@/db/score-repo'
import { listIcpVersions } from '@/db/icp-repo'
import type { StoredHandoff } from '@/domain/handoff'
import { drawSample } from '@/domain/sample/weekly-sample'
import { crewSourceWeek, defaultHuddleWeek, type HuddleCrew } from '@/domain/huddle/session'
import { reviewWindows, splitByWindows } from '@/domain/huddle/windows'
import { useHandoffsStore } from '../handoffs'
import { useSettingsStore } from '../settings'
import { failureText } from '@/stores/shared/db-error-notices'
import { useDataVersionStore } from '../data-version'
import { createRunningHuddle } from './running'
import { createHuddleReview } from './review'
import { createHuddleActionItems } from './action-items'
import { createHuddleNotes } from './notes'

export type { SampleChoice } from './walk'

export const useHuddleStore = defineStore('huddle', () => {
  const settingsStore = useSettingsStore()
  const settings = computed(() => settingsStore.settings)

  const week = ref('')
  const isLoading = ref(false)
  const error = ref<string | null>(null)
  const history = shallowRef<HuddleSummary[]>([])
  /** The facilitator and attendees of the last huddle: the start form fills them in. */
  const lastCrew = shallowRef<HuddleCrew | null>(null)

  const running = createRunningHuddle({ settings, week, error })
  const review = createHuddleReview({
    settings,
    week,
    chosenIds: computed(() => ({
      strong: running.huddle.value?.strongHandoffId ?? null,
      weak: running.huddle.value?.weakHandoffId ?? null,
    })),
    addDecisionText: running.addDecisionText,
    flush: running.flush,
  })
  const actionItems = createHuddleActionItems({ settings, week })
  const notes = createHuddleNotes({
    huddle: running.huddle,
    sources: () => ({
      comparison: review.comparison.value,
      reasons: review.reasons.value,
      strong: review.strong.value,
      weak: review.weak.value,
      breaches: review.breachGroups.value,
      aeSla: review.aeSla.value,
      notCarried: review.notCarriedFields.value.phrase,
      reasonsWithoutColumn: review.reasonsNotCarried.value,
      isCalibrationComparable: review.calibration.value.length > 0,
      movers: review.movers.value,
      items: actionItems.ownItems.value,
      carried: actionItems.carried.value,
      doneSinceLast: actionItems.doneSinceLast.value,
      lastHuddleWeek: actionItems.lastHuddleWeek.value,
      labels: review.labels.value,
    }),
    icpVersions: () => review.icpVersions.value,
    isBlameless: review.isBlameless,
    flush: running.flush,
  })

  // ------------------------------------------------------------------ weeks

  /** Weeks with bookings, newest first (the handoffs store reads them from the week index). */
  const weeksWithData = computed(() => useHandoffsStore().weeks)
  const suggestedWeek = computed(() => defaultHuddleWeek(weeksWithData.value, review.currentWeek()))

  // ------------------------------------------------------------------ loading

  let generation = 0

  /** Reads everything the huddle for `target` shows, in one go, and draws its sample if new. */
  async function open(target: string, now = nowMs()): Promise<void> {
    await running.flush()
    running.stopTimerSaves()
    week.value = target
    isLoading.value = true
    error.value = null
    try {
      const stored = await readWeek(target, now)
      if (stored !== undefined) running.restore(stored)
    } catch (e) {
      error.value = `Could not open the huddle for ${target}: ${failureText(e)}`
    } finally {
      if (week.value === target) isLoading.value = false
    }
  }

  /**
   * After a write elsewhere (import, undo, restore, roster, settings, scores, ICP): reads the open
   * week's figures again in place. The huddle being run keeps its timer and unsaved typing; only a
   * record that appeared or vanished with the write (a restore, a clear) replaces it.
   */
  async function reread(now = nowMs()): Promise<void> {
    const target = week.value
    if (!target) return
    await running.flush()
    try {
      const stored = await readWeek(target, now)
      if (stored === undefined) return
      if ((stored === null) !== (running.huddle.value === null)) {
        running.stopTimerSaves()
        running.restore(stored)
      }
    } catch (e) {
      error.value = `Could not read the huddle for ${target} again: ${failureText(e)}`
    }
  }
  // The open week's figures, and the past huddles once they were listed (a restore or a clear).
  useDataVersionStore().follow(async () => {
    await reread()
    if (history.value.length > 0) await loadHistory()
  })

  /**
   * Reads the week's figures into the review and action items; returns the stored huddle record,
   * or undefined when a later read superseded this one (nothing was applied).
   */
  async function readWeek(target: string, now: number): Promise<StoredHuddle | null | undefined> {
    const current = ++generation
    const windows = reviewWindows(target, settings.value.fiscalYearStartMonth)
    const [rows, stored, weekScores, sample, versions, ownAndCarried, done, huddleList] = await Promise.all([
      factsInWeeks(windows.allWeeks),
      getHuddle(target),
      scoresInWeeks([target]),
      getSample(target),
      listIcpVersions(),
      itemsForHuddle(target),
      doneItemsBefore(target),
      huddleWeeks(),
    ])
    if (current !== generation || week.value !== target) return undefined
    const handoffs = splitByWindows(rows, windows)
    review.load({ handoffs, scores: weekScores, icpVersions: versions, asOf: now })
    actionItems.load({ items: ownAndCarried, doneBefore: done, huddleWeeks: huddleList })
    review.sampleIds.value = sample ? sample.handoffIds : await drawnSample(target, handoffs.week)
    // The whole week in full (the walk reads texts), and any sampled handoff since moved out of it.
    const ids = new Set([...handoffs.week.map((h) => h.id), ...review.sampleIds.value])
    review.fullHandoffs.value = await handoffsByIds([...ids])
    lastCrew.value = stored ? null : await crewBefore(target, huddleList)
    return current === generation ? stored : undefined
  }

  /** A new week's reproducible sample, saved so every reopen shows the same handoffs. */
  async function drawnSample(target: string, handoffs: readonly StoredHandoff[]): Promise<string[]> {
    if (handoffs.length === 0) return []
    const ids = drawSample(
      handoffs.map((h) => ({ id: h.id, sdr: h.sdr, status: h.status })),
      target,
      settings.value.sampleSize,
    )
    await saveSample({ week: target, handoffIds: ids, seed: '' })
    return ids
  }

  async function crewBefore(target: string, weeks: readonly string[]): Promise<HuddleCrew | null> {
    const source = crewSourceWeek(weeks, target)
    const previous = source ? await getHuddle(source) : null
    if (!previous) return null
    const { facilitator, attendees } = previous.huddle
    return { week: previous.huddle.week, facilitator, attendees: [...attendees] }
  }

  async function loadHistory(): Promise<void> {
    history.value = await listHuddles()
  }

  async function finish(now = nowMs()): Promise<void> {
    if (!running.huddle.value) return
    await running.finish(now)
    await loadHistory()
    // The leader's copy carries the huddle's decisions and action items (Data → Publish team file).
    void useTeamPublishStore().republish()
  }

  const { stopTimerSaves: _stop, restore: _restore, finish: _finish, ...runningApi } = running
  const { load: _loadReview, labels: _labels, notCarriedFields: _notCarried, aeSla: _aeSla, ...reviewApi } = review
  const { load: _loadItems, ...itemsApi } = actionItems
  return {
    week,
    isLoading,
    error,
    history,
    lastCrew,
    weeksWithData,
    suggestedWeek,
    open,
    loadHistory,
    finish,
    ...runningApi,
    ...reviewApi,
    ...itemsApi,
    ...notes,
  }
})
