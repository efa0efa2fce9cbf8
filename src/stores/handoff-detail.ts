import { nowMs } from '@/domain/clock'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { getHandoff } from '@/db/handoff-repo'
import { listIcpVersions } from '@/db/icp-repo'
import { addScore, scoresForHandoff, type StoredScore } from '@/db/score-repo'
import type { StoredHandoff } from '@/domain/handoff'
import { handoffDetail, type HandoffDetail } from '@/domain/handoff-detail'
import { CRITERION_IDS, RUBRIC_VERSION, type CriterionId } from '@/domain/rubric/criteria'
import { agreement, latestScorePerScorer } from '@/domain/rubric/scores'
import { useSettingsStore } from './settings'
import { failureText } from '@/stores/shared/db-error-notices'
import { useDataVersionStore } from './data-version'

/** Where the last scorer's name is remembered on this computer (a convenience, not data). */
export const SCORER_KEY = 'handoff-huddle.lastScorer'

function readScorer(): string {
  try {
    return globalThis.localStorage?.getItem(SCORER_KEY) ?? ''
  } catch {
    return ''
  }
}

export const useHandoffDetailStore = defineStore('handoff-detail', () => {
  const handoff = shallowRef<StoredHandoff | null>(null)
  const detail = shallowRef<HandoffDetail | null>(null)
  const scores = shallowRef<StoredScore[]>([])
  const isLoading = ref(false)
  const error = ref<string | null>(null)
  const saveMessage = ref('')

  /** The scorer's draft: starts from the suggestion, a person confirms or overrides each. */
  const draft = ref<Record<CriterionId, boolean>>(
    Object.fromEntries(CRITERION_IDS.map((id) => [id, false])) as Record<CriterionId, boolean>,
  )
  const comment = ref('')
  const scorer = ref(readScorer())

  const latestScores = computed(() => latestScorePerScorer(scores.value))
  const scoreAgreement = computed(() => agreement(scores.value))

  function resetDraft(): void {
    const suggestion = detail.value?.suggestion
    draft.value = Object.fromEntries(CRITERION_IDS.map((id) => [id, suggestion?.criteria[id].pass ?? false])) as Record<
      CriterionId,
      boolean
    >
    comment.value = ''
  }

  async function load(id: string, asOf = nowMs()): Promise<void> {
    isLoading.value = true
    error.value = null
    saveMessage.value = ''
    try {
      await read(id, asOf)
      resetDraft()
    } catch (e) {
      error.value = `Could not read the handoff: ${failureText(e)}`
    } finally {
      isLoading.value = false
    }
  }

  async function read(id: string, asOf: number): Promise<void> {
    const [h, versions, stored] = await Promise.all([getHandoff(id), listIcpVersions(), scoresForHandoff(id)])
    handoff.value = h ?? null
    scores.value = stored
    detail.value = h ? handoffDetail(h, useSettingsStore().settings, versions, asOf) : null
    error.value = h
      ? null
      : 'This handoff is not in the local database (it may have been removed by an undo or a clear).'
  }

  // After a write the open handoff is read again; the scorer's draft and message stay as they are.
  const dataVersion = useDataVersionStore()
  dataVersion.follow(async () => {
    const id = handoff.value?.id
    if (!id) return
    try {
      await read(id, nowMs())
    } catch (e) {
      error.value = `Could not read the handoff: ${failureText(e)}`
    }
  })

  /** Saves the confirmed score; returns false (with a message) when the scorer has no name. */
  async function saveScore(now = new Date(nowMs())): Promise<boolean> {
    const h = handoff.value
    if (!h) return false
    const name = scorer.value.trim()
    if (name === '') {
      saveMessage.value = 'Enter your name before saving the score.'
      return false
    }
    await addScore(
      {
        handoffId: h.id,
        scorer: name,
        scoredAt: now.toISOString(),
        rubricVersion: RUBRIC_VERSION,
        criteria: { ...draft.value },
        comment: comment.value.trim(),
      },
      h.week,
    )
    try {
      globalThis.localStorage?.setItem(SCORER_KEY, name)
    } catch {
      // Remembering the name is a convenience; private modes may refuse it.
    }
    // Scores feed the weekly numbers, the sample, the walk and Trends: everything reads again.
    await dataVersion.changed()
    saveMessage.value = `Score saved for ${name}.`
    comment.value = ''
    return true
  }

  return {
    handoff,
    detail,
    scores,
    latestScores,
    scoreAgreement,
    isLoading,
    error,
    saveMessage,
    draft,
    comment,
    scorer,
    load,
    saveScore,
    resetDraft,
  }
})
