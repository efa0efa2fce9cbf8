/**
 * The huddle's second section: one strong and one weak handoff, each read as the AE reads it,
 * with the rubric criteria beside it (as scored, else as the app suggests them). Picks come from
 * what the export carried (docs/product.md, "What the data can show": the walk).
 */
import type { Handoff, HandoffStatus } from '../handoff'
import { CRITERIA, CRITERION_IDS, RED_FLAGS, type CriterionId } from '../rubric/criteria'
import { agreement, classify, latestScorePerScorer, scoreTotal, WEAK_AT_MOST, type RubricScore } from '../rubric/scores'
import { excerpt, suggestRubric, type RubricSuggestion } from '../rubric/suggest'
import { missingFields } from '../rules/checklist'
import { evaluateBar, icpInForce, type BarVerdict, type IcpVersion } from '../rules/quality-bar'
import { feedbackVerdict, type FeedbackVerdict } from '../rules/feedback'
import { BAR_FAILURE_LABELS } from '../handoff-table'
import type { Settings } from '../settings'
import { humanize } from '../field-labels'
import { isCarried, type CarryingHandoff } from '../carried'
import { averageOf, formatAverage } from '../assessed'

export interface CriterionView {
  id: CriterionId
  label: string
  pass: boolean
  /**
   * False when the export did not carry this criterion's evidence and nobody scored it: the card
   * says "not in this export", never a failed criterion.
   */
  isAssessed: boolean
  /** 'scored': the scorers' majority (a tie passes); 'suggested': the app's reading of the text. */
  source: 'scored' | 'suggested'
}

export function criteriaView(scores: readonly RubricScore[], suggestion: RubricSuggestion | null): CriterionView[] {
  const a = agreement(scores)
  return CRITERION_IDS.map((id) => {
    if (a.scorers > 0) {
      const c = a.byCriterion[id]
      return { id, label: CRITERIA[id].label, pass: c.pass >= c.fail, isAssessed: true, source: 'scored' }
    }
    const s = suggestion?.criteria[id]
    const isAssessed = s !== undefined && s.notSuggested !== true
    return { id, label: CRITERIA[id].label, pass: isAssessed && s.pass, isAssessed, source: 'suggested' }
  })
}

/** A one-line summary for the notes: the discovery summary, else the CRM notes. */
export function walkSummary(h: Pick<Handoff, 'discoverySummary' | 'crmNotes'>): string {
  return h.discoverySummary.trim() || h.crmNotes.trim()
}

/** The AE's feedback on a handoff, or `not_carried` when the export had no feedback column. */
export type FeedbackReading = FeedbackVerdict | 'not_carried'

/** What the walk needs to know about one candidate handoff. */
export interface WalkCandidate {
  id: string
  status: HandoffStatus
  /** The export carried the AE's decision; without it `status` reads pending and says nothing. */
  isStatusCarried: boolean
  /** Each scorer's latest total (0–5); empty when nobody scored it. */
  scorerTotals: readonly number[]
  /** The app's reading of the package: criteria passing, of `suggestedOutOf` it could judge. */
  suggestedTotal: number
  /** Criteria whose evidence the export carried (0–5); 0 = the package was not carried. */
  suggestedOutOf: number
  /** The bar's verdict (not assessed when the export carried none of its inputs). */
  barVerdict: BarVerdict
  /** Failed quality-bar conditions that were assessed, as labels ("Company too small"). */
  barFailures: readonly string[]
  /** Red flags found in the text, as labels ("No influence"). */
  redFlags: readonly string[]
  /** In this week's QA sample (preferred over the other handoffs of the week). */
  inSample: boolean
  feedback: FeedbackReading
  /** The AE's feedback as written ('' when none or not carried). */
  feedbackText: string
  /** The rejection reason as a label, null when none was recorded or carried. */
  reasonLabel: string | null
}

export interface WalkSuggestion {
  strong: string | null
  weak: string | null
  /** Why each was suggested, or why nothing was. */
  why: { strong: string; weak: string }
}

const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length

/** The package's reading as a share of the criteria judged: scored totals first, else the app's. */
function readingOf(c: WalkCandidate): number | null {
  if (c.scorerTotals.length > 0) return mean(c.scorerTotals) / CRITERION_IDS.length
  return c.suggestedOutOf > 0 ? c.suggestedTotal / c.suggestedOutOf : null
}

/** Scored, or the export carried at least one criterion's evidence: the package can be read. */
const hasPackageEvidence = (c: WalkCandidate): boolean => readingOf(c) !== null

const oneDecimal = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1))

/**
 * How the package reads, in words. One or two scorers are named one by one: an average needs at
 * least three values (docs/product.md, "What the data can show").
 */
export function scoreText(c: WalkCandidate): string {
  const totals = c.scorerTotals
  if (totals.length === 1) return `scored ${oneDecimal(totals[0]!)}/5`
  if (totals.length === 2) return `scored ${oneDecimal(totals[0]!)}/5 and ${oneDecimal(totals[1]!)}/5 by two scorers`
  if (totals.length > 2) {
    const sum = totals.reduce((s, x) => s + x, 0)
    return `scored ${formatAverage(averageOf(sum, totals.length), { outOf: 5, noun: 'scorers' })}`
  }
  if (c.suggestedOutOf === CRITERION_IDS.length) return `reads as ${c.suggestedTotal}/5 (not scored)`
  return `reads as ${c.suggestedTotal} of the ${c.suggestedOutOf} criteria this export can show (not scored)`
}

const STATUS_TEXT: Record<HandoffStatus, string> = { accepted: 'Accepted', pending: 'Pending', rejected: 'Rejected' }
const STRONG_FROM = 3 / 5
const WEAK_UP_TO = WEAK_AT_MOST / 5

/**
 * A strong example teaches what to copy: the AE accepted it (or has not decided), it clears every
 * assessed bar condition, it has no red flag and its package reads above the middle of the scale.
 */
export function isStrongExample(c: WalkCandidate): boolean {
  const reading = readingOf(c)
  return (
    c.status !== 'rejected' &&
    c.barFailures.length === 0 &&
    c.redFlags.length === 0 &&
    reading !== null &&
    reading >= STRONG_FROM
  )
}

/** A weak example has something to fix: a bar failure, a red flag, or a package that reads weak. */
export function isWeakExample(c: WalkCandidate): boolean {
  const reading = readingOf(c)
  return c.barFailures.length > 0 || c.redFlags.length > 0 || (reading !== null && reading <= WEAK_UP_TO)
}

const compareIds = (a: WalkCandidate, b: WalkCandidate): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
const bySampleThen =
  (rank: (a: WalkCandidate, b: WalkCandidate) => number) =>
  (a: WalkCandidate, b: WalkCandidate): number =>
    Number(b.inSample) - Number(a.inSample) || rank(a, b) || compareIds(a, b)

const outside = (c: WalkCandidate): string => (c.inSample ? '' : ' (outside the QA sample)')

/** Handoffs the facilitator already chose: a suggestion never repeats the other pick. */
export interface ChosenPicks {
  strong?: string | null
  weak?: string | null
}

/**
 * The strong and weak handoff to walk, sample first (then the rest of the week), each with the
 * reason in words, never the same handoff twice. When some package can be read (scored, or the
 * export carried a criterion's evidence), from the package: strong = the best reading among
 * strong examples (else the best handoff the AE accepted above the bar, saying so), weak = the
 * most failures,
 * then the lowest reading. When the export carried no
 * package, from what it did carry: the AE's decision, the reason and the feedback
 * (`suggestFromDecisions`). Ties go to the smaller id.
 */
export function suggestWalk(candidates: readonly WalkCandidate[], chosen: ChosenPicks = {}): WalkSuggestion {
  const withPackage = candidates.filter(hasPackageEvidence)
  return withPackage.length > 0 ? suggestFromPackages(withPackage, chosen) : suggestFromDecisions(candidates, chosen)
}

function suggestFromPackages(candidates: readonly WalkCandidate[], chosen: ChosenPicks): WalkSuggestion {
  const reading = (c: WalkCandidate): number => readingOf(c) ?? 0
  const failures = (c: WalkCandidate): number => c.barFailures.length + c.redFlags.length
  const ideal = candidates
    .filter((c) => c.id !== chosen.weak && isStrongExample(c))
    .sort(bySampleThen((a, b) => reading(b) - reading(a)))[0]
  // When no package reads strong but the AE accepted some above the bar, the best of those is
  // still worth walking: it is a strong pick, and the reason says it is only the best there is.
  const accepted = ideal
    ? undefined
    : candidates
        .filter(
          (c) => c.id !== chosen.weak && c.isStatusCarried && c.status === 'accepted' && c.barFailures.length === 0,
        )
        .sort(bySampleThen((a, b) => a.redFlags.length - b.redFlags.length || reading(b) - reading(a)))[0]
  const strong = ideal ?? accepted
  const strongId = chosen.strong ?? strong?.id
  const weak = candidates
    .filter((c) => c.id !== strongId && isWeakExample(c))
    .sort(bySampleThen((a, b) => failures(b) - failures(a) || reading(a) - reading(b)))[0]
  return {
    strong: strong?.id ?? null,
    weak: weak?.id ?? null,
    why: {
      strong: ideal
        ? `${ideal.isStatusCarried ? `${STATUS_TEXT[ideal.status]},` : 'No AE decision in this export;'} clears every assessed bar condition, no red flags; ${scoreText(ideal)}${outside(ideal)}.`
        : accepted
          ? `No package this week reads strong (3/5 or better, clear of the bar, no red flag); this is the best one the AE accepted: ${[
              accepted.redFlags.length > 0 ? `red flags: ${accepted.redFlags.join(', ')}` : null,
              scoreText(accepted),
            ]
              .filter((x): x is string => x !== null)
              .join('; ')}${outside(accepted)}.`
          : 'No handoff this week reads strong: none is accepted or undecided with a package that reads 3/5 or better, ' +
            'clears the bar and has no red flag.',
      weak: weak
        ? [
            weak.barFailures.length > 0 ? `Below the bar: ${weak.barFailures.join(', ')}` : null,
            weak.redFlags.length > 0 ? `red flags: ${weak.redFlags.join(', ')}` : null,
            `${scoreText(weak)}${outside(weak)}`,
          ]
            .filter((x): x is string => x !== null)
            .join('; ') + '.'
        : 'No other handoff this week has a bar failure, a red flag or a weak package.',
    },
  }
}

const NO_PACKAGE = 'This export has no handoff package, so the pick is'

/** Weak from decisions: specific feedback teaches most, then a recorded reason, then the rest. */
const feedbackRank = (c: WalkCandidate): number =>
  c.feedback === 'specific' ? 0 : c.reasonLabel !== null ? 1 : c.feedback === 'vague' ? 2 : 3

/**
 * Without a package to read: strong = a handoff the AE accepted (sample first, then one that
 * clears the assessed bar), weak = one the AE rejected with specific feedback (else with a
 * reason; the sample only breaks ties), each saying that the pick comes from the decision. With
 * no decision carried either, nothing is suggested.
 */
function suggestFromDecisions(candidates: readonly WalkCandidate[], chosen: ChosenPicks = {}): WalkSuggestion {
  const decided = candidates.filter((c) => c.isStatusCarried)
  if (decided.length === 0) {
    const why =
      'This export has neither a handoff package nor the AE’s decision, so there is nothing to suggest from: pick one by hand.'
    return { strong: null, weak: null, why: { strong: why, weak: why } }
  }
  const cleared = (c: WalkCandidate): number => (c.barVerdict === 'cleared' ? 0 : 1)
  const strong = decided
    .filter(
      (c) => c.id !== chosen.weak && c.status === 'accepted' && c.barFailures.length === 0 && c.redFlags.length === 0,
    )
    .sort(bySampleThen((a, b) => cleared(a) - cleared(b)))[0]
  const strongId = chosen.strong ?? strong?.id
  // What teaches comes before the sample here: specific feedback is the only lesson the export holds.
  const failures = (c: WalkCandidate): number => c.barFailures.length + c.redFlags.length
  const weak = decided
    .filter((c) => c.id !== strongId && c.status === 'rejected')
    .sort(
      (a, b) =>
        feedbackRank(a) - feedbackRank(b) ||
        Number(b.inSample) - Number(a.inSample) ||
        failures(b) - failures(a) ||
        compareIds(a, b),
    )[0]
  return {
    strong: strong?.id ?? null,
    weak: weak?.id ?? null,
    why: {
      strong: strong
        ? `Accepted by the AE${strong.barVerdict === 'cleared' ? ', clears every assessed bar condition' : ''}${outside(strong)}. ` +
          `${NO_PACKAGE} from the decision: walk what made it worth a meeting.`
        : 'No handoff this week was accepted by the AE (and not already picked).',
      weak: weak
        ? `${weakDecisionText(weak)}${outside(weak)}. ${NO_PACKAGE} from the decision, the reason and the AE’s feedback.`
        : 'No other handoff this week was rejected by the AE.',
    },
  }
}

function weakDecisionText(c: WalkCandidate): string {
  const reason = c.reasonLabel ? ` (${c.reasonLabel})` : ''
  if (c.feedback === 'specific')
    return `Rejected by the AE${reason} with specific feedback: “${excerpt(c.feedbackText, 80)}”`
  if (c.feedback === 'vague')
    return `Rejected by the AE${reason}; the feedback names no fact: “${excerpt(c.feedbackText, 80)}”`
  if (c.feedback === 'none') return `Rejected by the AE${reason}; no feedback written`
  return `Rejected by the AE${reason}`
}

/** A week's scores grouped by handoff id. */
export function scoresByHandoff<S extends { handoffId: string }>(scores: readonly S[]): Record<string, S[]> {
  const map: Record<string, S[]> = {}
  for (const s of scores) (map[s.handoffId] ??= []).push(s)
  return map
}

/** The app's reading of a package: criteria passing, of those whose evidence the export carried. */
export interface PackageReading {
  passed: number
  outOf: number
}

export function packageReading(suggestion: RubricSuggestion): PackageReading {
  const judged = Object.values(suggestion.criteria).filter((c) => c.notSuggested !== true)
  return { passed: judged.filter((c) => c.pass).length, outOf: judged.length }
}

/**
 * The sample picker's label: the scored totals, else the app's reading — "reads as 3/5", "reads as
 * 1 of 2" when the export carried only some criteria's evidence, nothing to read when it carried
 * none. One or two scorers are named one by one; three or more are averaged with their count
 * (an average needs at least three values).
 */
export function sampleChoiceLabel(scorerTotals: readonly number[], reading: PackageReading | null): string {
  if (scorerTotals.length === 1) return `${oneDecimal(scorerTotals[0]!)}/5, ${classify(scorerTotals[0]!)}`
  if (scorerTotals.length === 2) return `${oneDecimal(scorerTotals[0]!)}/5 and ${oneDecimal(scorerTotals[1]!)}/5`
  if (scorerTotals.length > 2) {
    const avg = averageOf(
      scorerTotals.reduce((s, x) => s + x, 0),
      scorerTotals.length,
    )
    return `${formatAverage(avg, { outOf: 5, noun: 'scorers' })}, ${classify(mean(scorerTotals))}`
  }
  if (reading === null || reading.outOf === 0) return 'not scored'
  return reading.outOf === CRITERION_IDS.length
    ? `not scored; reads as ${reading.passed}/5`
    : `not scored; reads as ${reading.passed} of ${reading.outOf}`
}

/**
 * The week's handoffs as walk candidates: each judged by the ICP in force in its booking week,
 * its confirmed scores (else the app's reading of its text), the red flags in its text, and what
 * the export carried of the AE's decision, reason and feedback.
 */
export function walkCandidates(
  handoffs: readonly (CarryingHandoff & { id: string; week: string })[],
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
    const suggestion = suggestRubric(h, missing, {
      placeholders: settings.placeholders,
      requiredFields: settings.requiredFields,
    })
    const reading = packageReading(suggestion)
    const bar = evaluateBar(h, icpInForce(context.icpVersions, h.week, settings.icp), settings, missing)
    const isFeedbackCarried = isCarried(h.carried, 'aeFeedback')
    return {
      id: h.id,
      status: h.status,
      isStatusCarried: isCarried(h.carried, 'status'),
      scorerTotals: latestScorePerScorer(context.scoresById[h.id] ?? []).map(scoreTotal),
      suggestedTotal: reading.passed,
      suggestedOutOf: reading.outOf,
      barVerdict: bar.verdict,
      barFailures: bar.failures.map((f) => BAR_FAILURE_LABELS[f]),
      redFlags: suggestion.redFlags.map((f) => RED_FLAGS[f.id].label),
      inSample: sample.has(h.id),
      feedback: isFeedbackCarried ? feedbackVerdict(h.aeFeedback) : 'not_carried',
      feedbackText: isFeedbackCarried ? h.aeFeedback.trim() : '',
      reasonLabel: isCarried(h.carried, 'rejectionReason') && h.rejectionReason ? humanize(h.rejectionReason) : null,
    }
  })
}
