/**
 * A week's numbers, summed so that weeks add up: the week's tally, a tally per SDR, AE, segment,
 * campaign and partner (the scorecards), and the "with / without" counts of every checklist field
 * and rubric criterion (the predictors). Every Trends table and chart is a sum of weeks, so a year
 * is fifty-two summaries added together, not a hundred thousand handoffs counted again; the app
 * keeps them (src/db/trends-repo.ts) until the week's handoffs, scores or the settings change.
 */
import type { HandoffFact, FactSet } from './facts'
import { addFact, emptyTally, type Tally } from './tally'
import { SCORECARD_DIMENSIONS, type ScorecardDimension } from './scorecards-dimensions'
import { CRITERION_IDS } from '../rubric/criteria'

/** Decided handoffs with and without a field (or a passed criterion), accepted or rejected. */
export interface Counter {
  withAccepted: number
  withRejected: number
  withoutAccepted: number
  withoutRejected: number
}

export const newCounter = (): Counter => ({ withAccepted: 0, withRejected: 0, withoutAccepted: 0, withoutRejected: 0 })

export interface WeekSummary {
  week: string
  tally: Tally
  /** Per dimension, the tally of each grouping value (trimmed; '' for blank), in first-seen order. */
  groups: Record<ScorecardDimension, [string, Tally][]>
  /** One counter per required field, in the FactSet's checklist order. */
  fields: Counter[]
  /** One counter per rubric criterion, in CRITERION_IDS order. */
  criteria: Counter[]
  /** Bit i set: some handoff of the week did not carry the i-th required field. */
  notAssessedMask: number
}

export function emptySummary(week: string, fieldCount: number): WeekSummary {
  return {
    week,
    tally: emptyTally(),
    groups: Object.fromEntries(SCORECARD_DIMENSIONS.map((d) => [d, []])) as unknown as WeekSummary['groups'],
    fields: Array.from({ length: fieldCount }, newCounter),
    criteria: CRITERION_IDS.map(newCounter),
    notAssessedMask: 0,
  }
}

function countInto(c: Counter, has: boolean, isAccepted: boolean): void {
  if (has) {
    if (isAccepted) c.withAccepted++
    else c.withRejected++
  } else if (isAccepted) c.withoutAccepted++
  else c.withoutRejected++
}

/** The summaries of every week that has facts, in one pass over them. */
export function summarizeByWeek(set: FactSet): Map<string, WeekSummary> {
  const fieldCount = set.requiredFields.length
  const byWeek = new Map<string, { summary: WeekSummary; groups: Map<string, Tally>[] }>()
  for (const f of set.facts) {
    let entry = byWeek.get(f.week)
    if (!entry) {
      entry = { summary: emptySummary(f.week, fieldCount), groups: SCORECARD_DIMENSIONS.map(() => new Map()) }
      byWeek.set(f.week, entry)
    }
    addToSummary(entry.summary, entry.groups, f, fieldCount)
  }
  const result = new Map<string, WeekSummary>()
  for (const [week, { summary, groups }] of byWeek) {
    SCORECARD_DIMENSIONS.forEach((d, i) => (summary.groups[d] = [...groups[i]!]))
    result.set(week, summary)
  }
  return result
}

function addToSummary(s: WeekSummary, groups: Map<string, Tally>[], f: HandoffFact, fieldCount: number): void {
  addFact(s.tally, f)
  s.notAssessedMask |= f.notAssessedMask
  SCORECARD_DIMENSIONS.forEach((d, i) => {
    // Trimmed: " Ana Silva" and "Ana Silva" are one person on a scorecard.
    const key = f[d].trim()
    let t = groups[i]!.get(key)
    if (!t) {
      t = emptyTally()
      groups[i]!.set(key, t)
    }
    addFact(t, f)
  })
  if (f.status === 'pending') return
  const isAccepted = f.status === 'accepted'
  // A field the export never carried says nothing about acceptance: left out of its row.
  for (let i = 0; i < fieldCount; i++) {
    if ((f.notAssessedMask & (1 << i)) === 0) countInto(s.fields[i]!, (f.missingMask & (1 << i)) === 0, isAccepted)
  }
  if (f.rubric) {
    for (let i = 0; i < CRITERION_IDS.length; i++)
      countInto(s.criteria[i]!, f.rubric.criteria[CRITERION_IDS[i]!], isAccepted)
  }
}

/** Adds `from`'s counts into `into`. */
export function addCounter(into: Counter, from: Counter): void {
  into.withAccepted += from.withAccepted
  into.withRejected += from.withRejected
  into.withoutAccepted += from.withoutAccepted
  into.withoutRejected += from.withoutRejected
}
