/**
 * Rubric results per handoff for trends and predictors: each scorer's latest score counts once;
 * the total is the mean of their totals (as the Weekly screen shows it) and a criterion passes
 * when MORE than half of the scorers passed it (a 1–1 split counts as not passed).
 */
import { CRITERION_IDS, type CriterionId } from '../rubric/criteria'
import { latestScorePerScorer, scoreTotal, type RubricScore } from '../rubric/scores'
import type { RubricResult } from './facts'

export function rubricResults(scores: readonly RubricScore[]): Map<string, RubricResult> {
  const byHandoff = new Map<string, RubricScore[]>()
  for (const s of scores) {
    const group = byHandoff.get(s.handoffId)
    if (group) group.push(s)
    else byHandoff.set(s.handoffId, [s])
  }
  const results = new Map<string, RubricResult>()
  for (const [id, group] of byHandoff) {
    const latest = latestScorePerScorer(group)
    if (latest.length === 0) continue
    const total = latest.reduce((sum, s) => sum + scoreTotal(s), 0) / latest.length
    const criteria = Object.fromEntries(
      CRITERION_IDS.map((c) => [c, latest.filter((s) => s.criteria[c]).length * 2 > latest.length]),
    ) as Record<CriterionId, boolean>
    results.set(id, { total, criteria })
  }
  return results
}
