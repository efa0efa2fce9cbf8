/**
 * "What predicts a rejection": for every required checklist field and every rubric criterion,
 * the acceptance rate of decided handoffs WITH it against those WITHOUT it, per fiscal quarter.
 * A field counts as "with" when it is filled in (not blank, not a placeholder); a criterion when
 * the handoff's scorers passed it (rubric-scored handoffs only). Pending handoffs are left out.
 */
import type { HandoffField } from '../handoff'
import { FIELD_LABELS } from '../field-labels'
import { acceptanceRate } from '../metrics/metrics'
import { CRITERIA, CRITERION_IDS, type CriterionId } from '../rubric/criteria'
import type { FactSet } from './facts'
import { carriedBit } from '../carried'
import { NO_DECISIONS } from '../metrics/not-assessed'
import { addCounter, newCounter, summarizeByWeek, type Counter, type WeekSummary } from './week-summary'

export interface RateCell {
  accepted: number
  rejected: number
  /** accepted ÷ (accepted + rejected); null when fewer than the minimum were decided. */
  rate: number | null
}

export interface PredictorCell {
  with: RateCell
  without: RateCell
  /** rate with − rate without (fractions); null when either side has no decided handoff. */
  difference: number | null
}

export interface PredictorRow {
  kind: 'field' | 'criterion'
  id: HandoffField | CriterionId
  label: string
  /** One cell per quarter, in the order of PredictorTable.quarters. */
  cells: PredictorCell[]
  /** A checklist field no export in the range carried: "not in this export", never "too few". */
  isNotAssessed: boolean
}

export interface PredictorTable {
  quarters: string[]
  rows: PredictorRow[]
  /** Said instead of the table when no export in the range carried a decision; else null. */
  notAssessedNote: string | null
}

/** Fewer decided handoffs than this give no rate: "too few to say" (one rejection is not a trend). */
export const MIN_DECIDED_FOR_A_RATE = 5

const rateOf = (accepted: number, rejected: number, minDecided: number): number | null =>
  accepted + rejected < minDecided ? null : acceptanceRate(accepted, rejected)

function cell(c: Counter, minDecided: number): PredictorCell {
  const withRate = rateOf(c.withAccepted, c.withRejected, minDecided)
  const withoutRate = rateOf(c.withoutAccepted, c.withoutRejected, minDecided)
  return {
    with: { accepted: c.withAccepted, rejected: c.withRejected, rate: withRate },
    without: { accepted: c.withoutAccepted, rejected: c.withoutRejected, rate: withoutRate },
    difference: withRate === null || withoutRate === null ? null : withRate - withoutRate,
  }
}

/**
 * @param quarterOf the quarter key of an ISO week (fiscal, from the settings)
 * @param quarters the quarters to report, in column order; facts in other quarters are skipped
 * @param minDecided the fewest decided handoffs that give a rate (screens: MIN_DECIDED_FOR_A_RATE)
 */
export function rejectionPredictors(
  set: FactSet,
  quarterOf: (week: string) => string,
  quarters: readonly string[],
  minDecided = 1,
): PredictorTable {
  return predictorsOfSummaries(set.requiredFields, summarizeByWeek(set).values(), quarterOf, quarters, minDecided)
}

/** The predictor table from week summaries (made with this checklist): their counters added per quarter. */
export function predictorsOfSummaries(
  requiredFields: FactSet['requiredFields'],
  summaries: Iterable<WeekSummary>,
  quarterOf: (week: string) => string,
  quarters: readonly string[],
  minDecided = 1,
): PredictorTable {
  const qIndex = new Map(quarters.map((q, i) => [q, i]))
  const fieldCounters = requiredFields.map(() => quarters.map(newCounter))
  const criterionCounters = CRITERION_IDS.map(() => quarters.map(newCounter))
  let carried = 0
  let booked = 0
  let decisions = 0
  for (const s of summaries) {
    const q = qIndex.get(quarterOf(s.week))
    if (q === undefined) continue
    carried |= s.tally.carried
    booked += s.tally.booked
    decisions += s.tally.decisions
    s.fields.forEach((c, i) => fieldCounters[i] && addCounter(fieldCounters[i][q]!, c))
    s.criteria.forEach((c, i) => addCounter(criterionCounters[i]![q]!, c))
  }
  return {
    quarters: [...quarters],
    rows: [
      ...requiredFields.map((field, i) => ({
        kind: 'field' as const,
        id: field,
        label: FIELD_LABELS[field],
        cells: fieldCounters[i]!.map((c) => cell(c, minDecided)),
        isNotAssessed: booked > 0 && (carried & carriedBit(field)) === 0,
      })),
      ...CRITERION_IDS.map((id, i) => ({
        kind: 'criterion' as const,
        id,
        label: CRITERIA[id].label,
        cells: criterionCounters[i]!.map((c) => cell(c, minDecided)),
        isNotAssessed: false,
      })),
    ],
    notAssessedNote: booked > 0 && decisions === 0 ? NO_DECISIONS : null,
  }
}
