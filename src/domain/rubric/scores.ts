/**
 * Confirmed rubric scores and the numbers built from them: totals, strong/weak, agreement
 * between scorers, averages, and the strong/weak suggestion for the huddle's second section.
 */
import { z } from 'zod'
import { CRITERION_IDS, type CriterionId } from './criteria'

/** A person's confirmed score of one handoff against one rubric version. */
export const rubricScoreSchema = z.object({
  handoffId: z.string().min(1),
  scorer: z.string().trim().min(1, 'Who scored it?'),
  /** ISO 8601 instant in UTC. */
  scoredAt: z.iso.datetime(),
  rubricVersion: z.number().int().min(1),
  criteria: z.object(
    Object.fromEntries(CRITERION_IDS.map((id) => [id, z.boolean()])) as Record<CriterionId, z.ZodBoolean>,
  ),
  comment: z.string(),
})
export type RubricScore = z.infer<typeof rubricScoreSchema>

export type ScoreClass = 'strong' | 'weak' | 'middling'

/** Thresholds on the 0–5 total: 4 or 5 passes is strong, 0–2 is weak, exactly 3 is middling. */
const STRONG_AT_LEAST = 4
export const WEAK_AT_MOST = 2

/** How many criteria passed: 0–5. */
export function scoreTotal(score: Pick<RubricScore, 'criteria'>): number {
  return CRITERION_IDS.filter((id) => score.criteria[id]).length
}

export function classify(total: number): ScoreClass {
  if (total >= STRONG_AT_LEAST) return 'strong'
  if (total <= WEAK_AT_MOST) return 'weak'
  return 'middling'
}

const byTime = (a: RubricScore, b: RubricScore): number => Date.parse(a.scoredAt) - Date.parse(b.scoredAt)
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Each scorer's latest score per handoff (a re-score replaces the earlier one; at equal times the
 * later one in the list wins), ordered by handoff id, then scorer.
 */
export function latestScorePerScorer(scores: readonly RubricScore[]): RubricScore[] {
  const latest = new Map<string, RubricScore>()
  for (const s of scores) {
    const key = JSON.stringify([s.handoffId, s.scorer])
    const seen = latest.get(key)
    if (!seen || byTime(s, seen) >= 0) latest.set(key, s)
  }
  return [...latest.values()].sort((a, b) => compareIds(a.handoffId, b.handoffId) || compareIds(a.scorer, b.scorer))
}

export interface CriterionAgreement {
  pass: number
  fail: number
  /** Every scorer gave the same answer (and there was at least one). */
  agreed: boolean
  /** Share of scorers on the majority side, 0–1; 0 when nobody scored. */
  share: number
}

export interface Agreement {
  byCriterion: Record<CriterionId, CriterionAgreement>
  /** Scorers counted (their latest score each). */
  scorers: number
  /** Criteria on which every scorer agreed. */
  agreedCount: number
  /** agreedCount as a percentage of the five criteria; null below two scorers (nothing to calibrate). */
  percent: number | null
}

/**
 * Calibration for one handoff: how its scorers (latest score each) split on every criterion,
 * and the percentage of criteria on which they all agree.
 */
export function agreement(scoresForOneHandoff: readonly RubricScore[]): Agreement {
  const latest = latestScorePerScorer(scoresForOneHandoff)
  const byCriterion = Object.fromEntries(
    CRITERION_IDS.map((id) => {
      const pass = latest.filter((s) => s.criteria[id]).length
      const fail = latest.length - pass
      const n = pass + fail
      return [
        id,
        { pass, fail, agreed: n > 0 && (pass === 0 || fail === 0), share: n === 0 ? 0 : Math.max(pass, fail) / n },
      ]
    }),
  ) as Record<CriterionId, CriterionAgreement>
  const agreedCount = CRITERION_IDS.filter((id) => byCriterion[id].agreed).length
  return {
    byCriterion,
    scorers: latest.length,
    agreedCount,
    percent: latest.length < 2 ? null : (agreedCount / CRITERION_IDS.length) * 100,
  }
}

/**
 * Scorer agreement across many handoffs: of all (handoff, criterion) pairs scored by two or more
 * people, the percentage on which they all agree; null when no handoff has two scorers.
 */
export function scorerAgreement(scores: readonly RubricScore[]): {
  pairs: number
  agreed: number
  percent: number | null
} {
  let pairs = 0
  let agreed = 0
  for (const group of groupByHandoff(scores).values()) {
    const a = agreement(group)
    if (a.scorers < 2) continue
    pairs += CRITERION_IDS.length
    agreed += a.agreedCount
  }
  return { pairs, agreed, percent: pairs === 0 ? null : (agreed / pairs) * 100 }
}

function groupByHandoff(scores: readonly RubricScore[]): Map<string, RubricScore[]> {
  const groups = new Map<string, RubricScore[]>()
  for (const s of scores) {
    const g = groups.get(s.handoffId)
    if (g) g.push(s)
    else groups.set(s.handoffId, [s])
  }
  return groups
}

/** A handoff's total as its scorers see it: the mean of their latest totals; null when unscored. */
export function handoffTotal(scoresForOneHandoff: readonly RubricScore[]): number | null {
  const latest = latestScorePerScorer(scoresForOneHandoff)
  if (latest.length === 0) return null
  return latest.reduce((sum, s) => sum + scoreTotal(s), 0) / latest.length
}

/**
 * The average rubric total (0–5) over handoffs: each handoff counts once, as the mean of its
 * scorers' latest totals, so a handoff scored by three people does not weigh three times.
 * Null when nothing was scored.
 */
export function rubricAverage(scores: readonly RubricScore[]): number | null {
  const totals = [...groupByHandoff(scores).values()].map(handoffTotal).filter((t): t is number => t !== null)
  if (totals.length === 0) return null
  return totals.reduce((a, b) => a + b, 0) / totals.length
}

/**
 * Suggests the huddle's strong and weak handoff from the sample: the highest and the lowest
 * total (a handoff's mean over its scorers). Ties go to the smaller id, so the suggestion does not
 * depend on list order. Unscored handoffs are skipped; strong and weak are never the same
 * handoff. A lone scored handoff is suggested as strong when its total is above the middle of the
 * scale (≥ 3), otherwise as weak.
 */
export function suggestStrongAndWeak(
  sampleIds: readonly string[],
  scoresById: Readonly<Record<string, readonly RubricScore[]>>,
): { strong: string | null; weak: string | null } {
  return pickStrongAndWeak(
    [...new Set(sampleIds)]
      .map((id) => ({ id, total: handoffTotal(scoresById[id] ?? []) }))
      .filter((x): x is { id: string; total: number } => x.total !== null),
  )
}

/** Highest and lowest of some totals (0–5); ties go to the smaller id, never the same handoff twice. */
function pickStrongAndWeak(totals: readonly { id: string; total: number }[]): {
  strong: string | null
  weak: string | null
} {
  const scored = [...totals].sort((a, b) => compareIds(a.id, b.id))
  if (scored.length === 0) return { strong: null, weak: null }
  if (scored.length === 1) {
    const only = scored[0]!
    return only.total >= 3 ? { strong: only.id, weak: null } : { strong: null, weak: only.id }
  }
  // Stable sorts keep the id order within equal totals.
  const strong = [...scored].sort((a, b) => b.total - a.total)[0]!
  const weak = scored.filter((x) => x.id !== strong.id).sort((a, b) => a.total - b.total)[0]!
  return { strong: strong.id, weak: weak.id }
}
