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
}

export interface PredictorTable {
  quarters: string[]
  rows: PredictorRow[]
}

interface Counter {
  withAccepted: number
  withRejected: number
  withoutAccepted: number
  withoutRejected: number
}

/** Fewer decided handoffs than this give no rate: "too few to say" (one rejection is not a trend). */
export const MIN_DECIDED_FOR_A_RATE = 5

const newCounter = (): Counter => ({ withAccepted: 0, withRejected: 0, withoutAccepted: 0, withoutRejected: 0 })

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
  const { requiredFields, facts } = set
  const qIndex = new Map(quarters.map((q, i) => [q, i]))
  const fieldCounters = requiredFields.map(() => quarters.map(newCounter))
  const criterionCounters = CRITERION_IDS.map(() => quarters.map(newCounter))
  const quarterOfWeek = new Map<string, number | undefined>()
  for (const f of facts) {
    if (f.status === 'pending') continue
    let q = quarterOfWeek.get(f.week)
    if (!quarterOfWeek.has(f.week)) {
      q = qIndex.get(quarterOf(f.week))
      quarterOfWeek.set(f.week, q)
    }
    if (q === undefined) continue
    const isAccepted = f.status === 'accepted'
    // A field the export never carried says nothing about acceptance: left out of its row.
    for (let i = 0; i < requiredFields.length; i++) {
      if ((f.notAssessedMask & (1 << i)) === 0)
        count(fieldCounters[i]![q]!, (f.missingMask & (1 << i)) === 0, isAccepted)
    }
    if (f.rubric) {
      for (let i = 0; i < CRITERION_IDS.length; i++)
        count(criterionCounters[i]![q]!, f.rubric.criteria[CRITERION_IDS[i]!], isAccepted)
    }
  }
  return {
    quarters: [...quarters],
    rows: [
      ...requiredFields.map((field, i) => ({
        kind: 'field' as const,
        id: field,
        label: FIELD_LABELS[field],
        cells: fieldCounters[i]!.map((c) => cell(c, minDecided)),
      })),
      ...CRITERION_IDS.map((id, i) => ({
        kind: 'criterion' as const,
        id,
        label: CRITERIA[id].label,
        cells: criterionCounters[i]!.map((c) => cell(c, minDecided)),
      })),
    ],
  }
}

function count(c: Counter, has: boolean, isAccepted: boolean): void {
  if (has) {
    if (isAccepted) c.withAccepted++
    else c.withRejected++
  } else if (isAccepted) c.withoutAccepted++
  else c.withoutRejected++
}
