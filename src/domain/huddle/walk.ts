/**
 * The huddle's second section: one strong and one weak handoff, each read as the AE reads it,
 * with the rubric criteria beside it (as scored, else as the app suggests them).
 */
import type { Handoff, HandoffField } from '../handoff'
import { CRITERIA, CRITERION_IDS, type CriterionId } from '../rubric/criteria'
import { agreement, pickStrongAndWeak, suggestStrongAndWeak, type RubricScore } from '../rubric/scores'
import type { RubricSuggestion } from '../rubric/suggest'
import { FIELD_LABELS } from '../field-labels'

export interface CriterionView {
  id: CriterionId
  label: string
  pass: boolean
  /** 'scored': the scorers' majority (a tie passes); 'suggested': the app's reading of the text. */
  source: 'scored' | 'suggested'
}

export function criteriaView(scores: readonly RubricScore[], suggestion: RubricSuggestion | null): CriterionView[] {
  const a = agreement(scores)
  return CRITERION_IDS.map((id) => {
    if (a.scorers > 0) {
      const c = a.byCriterion[id]
      return { id, label: CRITERIA[id].label, pass: c.pass >= c.fail, source: 'scored' }
    }
    return { id, label: CRITERIA[id].label, pass: suggestion?.criteria[id].pass ?? false, source: 'suggested' }
  })
}

/** The package as the AE reads it, in reading order; blank fields show as "(empty)". */
export const AE_READING_ORDER: HandoffField[] = [
  'crmNotes',
  'discoverySummary',
  'icpFit',
  'triggerEvent',
  'timing',
  'techStack',
  'budgetSignal',
]

export function aeReading(h: Handoff): { field: HandoffField; label: string; text: string }[] {
  return AE_READING_ORDER.map((field) => ({ field, label: FIELD_LABELS[field], text: String(h[field] ?? '').trim() }))
}

/** A one-line summary for the notes: the discovery summary, else the CRM notes. */
export function walkSummary(h: Pick<Handoff, 'discoverySummary' | 'crmNotes'>): string {
  return h.discoverySummary.trim() || h.crmNotes.trim()
}

/**
 * The strong and weak suggestion for the walk: from confirmed scores where there are any; a side
 * the scores leave open is filled from the app's reading of the unscored packages, so an unscored
 * sample still leads with its best and worst handoff instead of the sample's order.
 */
export function suggestWalk(
  sampleIds: readonly string[],
  scoresById: Readonly<Record<string, readonly RubricScore[]>>,
  suggestedTotalOf: (id: string) => number | null,
): { strong: string | null; weak: string | null; basis: 'scores' | 'suggestions' | 'mixed' | 'none' } {
  const fromScores = suggestStrongAndWeak(sampleIds, scoresById)
  if (fromScores.strong && fromScores.weak) return { ...fromScores, basis: 'scores' }
  const taken = new Set([fromScores.strong, fromScores.weak].filter((x): x is string => x !== null))
  const unscored = [...new Set(sampleIds)]
    .filter((id) => (scoresById[id] ?? []).length === 0 && !taken.has(id))
    .flatMap((id) => {
      const total = suggestedTotalOf(id)
      return total === null ? [] : [{ id, total }]
    })
  const fromText = pickStrongAndWeak(unscored)
  const strong = fromScores.strong ?? fromText.strong
  const weak = fromScores.weak ?? (fromText.weak !== strong ? fromText.weak : null)
  const usedText = (strong !== null && strong === fromText.strong) || (weak !== null && weak === fromText.weak)
  const usedScores = fromScores.strong !== null || fromScores.weak !== null
  return {
    strong,
    weak,
    basis: usedText && usedScores ? 'mixed' : usedText ? 'suggestions' : usedScores ? 'scores' : 'none',
  }
}
