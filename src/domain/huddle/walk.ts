/**
 * The huddle's second section: one strong and one weak handoff, each read as the AE reads it,
 * with the rubric criteria beside it (as scored, else as the app suggests them).
 */
import type { Handoff, HandoffField, HandoffStatus } from '../handoff'
import { CRITERIA, CRITERION_IDS, RED_FLAGS, type CriterionId } from '../rubric/criteria'
import { agreement, classify, handoffTotal, WEAK_AT_MOST, type RubricScore } from '../rubric/scores'
import { suggestRubric } from '../rubric/suggest'
import { missingFields } from '../rules/checklist'
import { evaluateBar, icpInForce, type IcpVersion } from '../rules/quality-bar'
import { BAR_FAILURE_LABELS } from '../handoff-table'
import type { Settings } from '../settings'
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

/** What the walk needs to know about one candidate handoff. */
export interface WalkCandidate {
  id: string
  status: HandoffStatus
  /** The confirmed total (mean over scorers, 0–5), or null when nobody scored it. */
  total: number | null
  /** The app's reading of the package (criteria passing, 0–5), used when unscored. */
  suggestedTotal: number
  /** Failed quality-bar conditions that were assessed, as labels ("Company too small"). */
  barFailures: readonly string[]
  /** Red flags found in the text, as labels ("No influence"). */
  redFlags: readonly string[]
  /** In this week's QA sample (preferred over the other handoffs of the week). */
  inSample: boolean
}

export interface WalkSuggestion {
  strong: string | null
  weak: string | null
  /** Why each was suggested, or why nothing was. */
  why: { strong: string; weak: string }
}

const scoreOf = (c: WalkCandidate): number => c.total ?? c.suggestedTotal
const scoreText = (c: WalkCandidate): string =>
  c.total === null ? `reads as ${c.suggestedTotal}/5 (not scored)` : `scored ${c.total.toFixed(1)}/5`
const STATUS_TEXT: Record<HandoffStatus, string> = { accepted: 'Accepted', pending: 'Pending', rejected: 'Rejected' }

/**
 * A strong example teaches what to copy: the AE accepted it (or has not decided), it clears every
 * assessed bar condition, it has no red flag and its package reads above the middle of the scale.
 */
export const isStrongExample = (c: WalkCandidate): boolean =>
  c.status !== 'rejected' && c.barFailures.length === 0 && c.redFlags.length === 0 && scoreOf(c) >= 3

/** A weak example has something to fix: a bar failure, a red flag, or a package that reads weak. */
export const isWeakExample = (c: WalkCandidate): boolean =>
  c.barFailures.length > 0 || c.redFlags.length > 0 || scoreOf(c) <= WEAK_AT_MOST

const bySampleThen =
  (rank: (a: WalkCandidate, b: WalkCandidate) => number) =>
  (a: WalkCandidate, b: WalkCandidate): number =>
    Number(b.inSample) - Number(a.inSample) || rank(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The strong and weak handoff to walk, sample first (then the rest of the week), each with the
 * reason in words. Strong: the best score among strong examples. Weak: the most failures (bar
 * failures and red flags), then the lowest score. Ties go to the smaller id.
 */
export function suggestWalk(candidates: readonly WalkCandidate[]): WalkSuggestion {
  const strong = candidates.filter(isStrongExample).sort(bySampleThen((a, b) => scoreOf(b) - scoreOf(a)))[0]
  const failures = (c: WalkCandidate): number => c.barFailures.length + c.redFlags.length
  const weak = candidates
    .filter((c) => c.id !== strong?.id && isWeakExample(c))
    .sort(bySampleThen((a, b) => failures(b) - failures(a) || scoreOf(a) - scoreOf(b)))[0]
  const outside = (c: WalkCandidate): string => (c.inSample ? '' : ' (outside the QA sample)')
  return {
    strong: strong?.id ?? null,
    weak: weak?.id ?? null,
    why: {
      strong: strong
        ? `${STATUS_TEXT[strong.status]}, clears every assessed bar condition, no red flags; ${scoreText(strong)}${outside(strong)}.`
        : 'No handoff this week is accepted or pending, clears the bar and has no red flag.',
      weak: weak
        ? [
            weak.barFailures.length > 0 ? `Below the bar: ${weak.barFailures.join(', ')}` : null,
            weak.redFlags.length > 0 ? `red flags: ${weak.redFlags.join(', ')}` : null,
            `${scoreText(weak)}${outside(weak)}`,
          ]
            .filter((x): x is string => x !== null)
            .join('; ') + '.'
        : 'No handoff this week has a bar failure, a red flag or a weak package.',
    },
  }
}

/** A week's scores grouped by handoff id. */
export function scoresByHandoff<S extends { handoffId: string }>(scores: readonly S[]): Record<string, S[]> {
  const map: Record<string, S[]> = {}
  for (const s of scores) (map[s.handoffId] ??= []).push(s)
  return map
}

/** The sample picker's label: the confirmed total and class, else the app's reading (0–5). */
export function sampleChoiceLabel(total: number | null, suggestedTotal: number | null): string {
  return total === null
    ? `not scored; reads as ${suggestedTotal ?? '?'}/5`
    : `${total.toFixed(1)}/5, ${classify(total)}`
}

/**
 * The week's handoffs as walk candidates: each judged by the ICP in force in its booking week,
 * its confirmed scores (else the app's reading of its text) and the red flags in its text.
 */
export function walkCandidates(
  handoffs: readonly (Handoff & { id: string; week: string })[],
  context: {
    sampleIds: readonly string[]
    scoresById: Readonly<Record<string, readonly RubricScore[]>>
    settings: Settings
    icpVersions: readonly IcpVersion[]
  },
): WalkCandidate[] {
  const { settings } = context
  const sample = new Set(context.sampleIds)
  return handoffs.map((h) => {
    const missing = missingFields(h, settings)
    const reading = suggestRubric(h, missing, {
      placeholders: settings.placeholders,
      requiredFields: settings.requiredFields,
    })
    const bar = evaluateBar(h, icpInForce(context.icpVersions, h.week, settings.icp), settings, missing)
    return {
      id: h.id,
      status: h.status,
      total: handoffTotal(context.scoresById[h.id] ?? []),
      suggestedTotal: Object.values(reading.criteria).filter((c) => c.pass).length,
      barFailures: bar.failures.map((f) => BAR_FAILURE_LABELS[f]),
      redFlags: reading.redFlags.map((f) => RED_FLAGS[f.id].label),
      inSample: sample.has(h.id),
    }
  })
}
