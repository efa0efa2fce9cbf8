import type { StoredHandoff } from '@/domain/handoff'
import type { RubricScore } from '@/domain/rubric/scores'
import type { Settings } from '@/domain/settings'
import { handoffFacts } from '@/domain/trends/facts'
import { rubricResults } from '@/domain/trends/rubric-results'
import { changesAtByWeek, holdsAt, summaryKey } from '@/domain/trends/summary-validity'
import { emptySummary, summarizeByWeek, type WeekSummary } from '@/domain/trends/week-summary'
import type { Tally } from '@/domain/trends/tally'
import { db } from './database'
import { readFactBlocks } from './fact-blocks'
import type { WeekSummaryRow } from './rows'
import { scoresInWeeks } from './score-repo'
import { runSteps, slicer } from './slices'

export interface WeeksData {
  handoffs: StoredHandoff[]
  scores: RubricScore[]
}

/** One week's handoffs and rubric scores: its block and its scores (never a full-table scan). */
async function readWeek(week: string): Promise<WeeksData> {
  const [handoffs, scores] = await Promise.all([readFactBlocks([week]), scoresInWeeks([week])])
  return { handoffs, scores }
}

/** The handoffs of these weeks whose `field` (trimmed) equals `value`: a scorecard row's drill-down. */
export async function handoffsMatching(
  weeks: readonly string[],
  field: 'segment' | 'campaign' | 'partner' | 'sdr' | 'ae',
  value: string,
): Promise<StoredHandoff[]> {
  const rows = await readFactBlocks(weeks)
  return rows
    .filter((h) => h[field].trim() === value)
    .sort((a, b) => (a.bookedAt < b.bookedAt ? 1 : a.bookedAt > b.bookedAt ? -1 : 0))
}

/**
 * The Trends numbers of these weeks as of `asOf`: the kept summaries that still hold, and for
 * the other weeks, summaries worked out from their facts and scores and kept for next time. All
 * in one transaction, so an import landing meanwhile cannot leave a summary of the old handoffs.
 * A week at a time, breathing in between (slices.ts): every week of 200,000 handoffs read and
 * summed in one go held the page for 0.3 s. `onProgress` gets the weeks worked out so far.
 */
export async function loadWeekSummaries(
  weeks: readonly string[],
  settings: Settings,
  asOf: number,
  onProgress?: (done: number, total: number) => void,
): Promise<Map<string, WeekSummary>> {
  const database = db()
  const key = summaryKey(settings)
  const tables = [database.weekSummaries, database.weekFacts, database.rubricScores]
  return database.transaction('rw', tables, async () => {
    // A read of a week no summary has keeps the transaction open while the page takes its turn.
    const breathe = slicer(() => database.weekSummaries.get(NO_WEEK))
    const kept = await database.weekSummaries.bulkGet([...weeks])
    const result = new Map<string, WeekSummary>()
    const stale: string[] = []
    weeks.forEach((week, i) => {
      const row = kept[i]
      if (row && row.key === key && holdsAt(row.asOf, row.changesAt, asOf)) result.set(week, unpackSummary(row.summary))
      else stale.push(week)
    })
    for (const [i, week] of stale.entries()) {
      const row = await runSteps(summarySteps(week, await readWeek(week), settings, asOf, key), breathe)
      await database.weekSummaries.put({ ...row, summary: packSummary(row.summary) })
      result.set(week, row.summary)
      onProgress?.(i + 1, stale.length)
      await breathe()
    }
    return result
  })
}

const NO_WEEK = ''

/** Handoffs made facts per slice: a busy week's 20,000 at once held the page 0.2 s. */
const FACTS_PER_SLICE = 2000

/**
 * One week's Trends numbers worked out from its facts and scores, as kept for next time, a slice
 * of handoffs per step (runSteps breathes between them).
 */
function* summarySteps(
  week: string,
  data: WeeksData,
  settings: Settings,
  asOf: number,
  key: string,
): Generator<void, WeekSummaryRow> {
  const rubric = rubricResults(data.scores)
  const ctx = { settings, asOf, rubricOf: (id: string) => rubric.get(id) ?? null }
  // The checklist the facts are read against, and the facts, slice by slice (rows are independent).
  const set = handoffFacts([], ctx)
  for (let i = 0; i < data.handoffs.length; i += FACTS_PER_SLICE) {
    set.facts.push(...handoffFacts(data.handoffs.slice(i, i + FACTS_PER_SLICE), ctx).facts)
    yield
  }
  return {
    week,
    key,
    asOf,
    changesAt: changesAtByWeek(data.handoffs, settings, asOf).get(week) ?? null,
    summary: summarizeByWeek(set).get(week) ?? emptySummary(week, set.requiredFields.length),
  }
}

/**
 * A summary as stored: every tally's response times as a Float64Array. A structured clone copies a
 * typed array in one piece but rebuilds a plain array number by number, and a year of summaries
 * holds every response time six times (the week, and each scorecard dimension's row).
 */
type Packed<T> = T extends Tally ? Omit<Tally, 'responseHours'> & { responseHours: Float64Array } : never

function mapTallies(s: WeekSummary, f: (t: Tally) => Tally): WeekSummary {
  const groups = Object.fromEntries(
    Object.entries(s.groups).map(([d, rows]) => [d, rows.map(([k, t]) => [k, f(t)] as [string, Tally])]),
  ) as WeekSummary['groups']
  return { ...s, tally: f(s.tally), groups }
}

function packSummary(s: WeekSummary): WeekSummary {
  const pack = (t: Tally): Packed<Tally> => ({ ...t, responseHours: Float64Array.from(t.responseHours) })
  return mapTallies(s, pack as unknown as (t: Tally) => Tally)
}

function unpackSummary(s: WeekSummary): WeekSummary {
  // Array.from of a Float64Array is an array of unboxed doubles: no number is allocated one by one.
  return mapTallies(s, (t) => ({ ...t, responseHours: Array.from(t.responseHours as ArrayLike<number>) }))
}
