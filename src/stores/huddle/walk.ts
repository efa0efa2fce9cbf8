/**
 * Walking two handoffs: the week's sample with each one's scores and the app's reading, the strong
 * and weak examples suggested (or picked by the facilitator) and shown criterion by criterion.
 * Part of the huddle review (./review.ts); thin wiring over src/domain/huddle/walk.ts.
 */
import { computed, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { scoresInWeeks, type StoredScore } from '@/db/score-repo'
import type { StoredIcpVersion } from '@/db/icp-repo'
import type { StoredHandoff } from '@/domain/handoff'
import type { Settings } from '@/domain/settings'
import { missingFields } from '@/domain/rules/checklist'
import { suggestRubric } from '@/domain/rubric/suggest'
import { handoffTotal, latestScorePerScorer, scoreTotal } from '@/domain/rubric/scores'
import { AE_READING_ORDER } from '@/domain/huddle/walk-card'
import { notCarriedByAny } from '@/domain/carried'
import {
  criteriaView,
  packageReading,
  sampleChoiceLabel,
  scoresByHandoff,
  suggestWalk,
  walkCandidates,
  type CriterionView,
  type PackageReading,
} from '@/domain/huddle/walk'
import type { WalkInput } from '@/domain/huddle/export-input'

export interface SampleChoice {
  id: string
  company: string
  sdr: string
  total: number | null
  label: string
}

export type WalkView = WalkInput & { handoff: StoredHandoff; criteria: CriterionView[] }

export function createHuddleWalk(deps: {
  settings: ComputedRef<Settings>
  week: Ref<string>
  weekHandoffs: ShallowRef<StoredHandoff[]>
  fullHandoffs: ShallowRef<StoredHandoff[]>
  scores: ShallowRef<StoredScore[]>
  sampleIds: ShallowRef<string[]>
  icpVersions: ShallowRef<StoredIcpVersion[]>
  chosenIds: ComputedRef<{ strong: string | null; weak: string | null }>
}) {
  const { settings, weekHandoffs, sampleIds, chosenIds } = deps
  /** The week's handoffs by id: in full once read, else their facts. */
  const byId = computed(() => new Map([...weekHandoffs.value, ...deps.fullHandoffs.value].map((h) => [h.id, h])))
  const scoresById = computed(() => scoresByHandoff(deps.scores.value))
  const suggestedOf = (h: StoredHandoff) =>
    suggestRubric(h, missingFields(h, settings.value), {
      placeholders: settings.value.placeholders,
      requiredFields: settings.value.requiredFields,
    })
  /** The app's reading of a sampled package (criteria passing, of those the export can show). */
  const readingOf = (id: string): PackageReading | null => {
    const h = byId.value.get(id)
    return h ? packageReading(suggestedOf(h)) : null
  }
  const suggestion = computed(() =>
    suggestWalk(
      walkCandidates(
        weekHandoffs.value.map((h) => byId.value.get(h.id) ?? h),
        {
          sampleIds: sampleIds.value,
          scoresById: scoresById.value,
          settings: settings.value,
          icpVersions: deps.icpVersions.value,
        },
      ),
      // A suggestion never repeats the facilitator's other pick: strong and weak differ.
      chosenIds.value,
    ),
  )
  /** Some of the week's handoffs carried part of the package: the walk's suggestions read text. */
  const readsPackage = computed(
    () => notCarriedByAny(weekHandoffs.value, AE_READING_ORDER).length < AE_READING_ORDER.length,
  )
  const unscoredSample = computed(() => sampleIds.value.filter((id) => (scoresById.value[id] ?? []).length === 0))
  const sampleChoices = computed<SampleChoice[]>(() =>
    sampleIds.value.flatMap((id) => {
      const h = byId.value.get(id)
      if (!h) return []
      const own = scoresById.value[id] ?? []
      const total = handoffTotal(own)
      const label = sampleChoiceLabel(latestScorePerScorer(own).map(scoreTotal), readingOf(id))
      return [{ id, company: h.company || h.externalId, sdr: h.sdr, total, label }]
    }),
  )
  /** The handoff shown for `kind`: the facilitator's pick, else the suggestion. */
  const effectiveId = (kind: 'strong' | 'weak'): string | null => chosenIds.value[kind] ?? suggestion.value[kind]
  function walkOf(kind: 'strong' | 'weak'): WalkView | null {
    const id = effectiveId(kind)
    const h = id ? byId.value.get(id) : undefined
    if (!h) return null
    const own = scoresById.value[h.id] ?? []
    const why = chosenIds.value[kind] ? 'Chosen by the facilitator.' : suggestion.value.why[kind]
    return { handoff: h, criteria: criteriaView(own, own.length > 0 ? null : suggestedOf(h)), why }
  }
  const strong = computed(() => walkOf('strong'))
  const weak = computed(() => walkOf('weak'))

  /** After scoring on the spot: re-read this week's scores so the suggestion updates. */
  async function refreshScores(): Promise<void> {
    deps.scores.value = await scoresInWeeks([deps.week.value])
  }

  return { suggestion, unscoredSample, readsPackage, sampleChoices, strong, weak, refreshScores }
}
