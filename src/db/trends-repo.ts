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

export interface WeeksData {
  handoffs: StoredHandoff[]
  scores: RubricScore[]
}

/** Weeks per read: small enough to report progress, large enough to keep reads efficient. */
const WEEKS_PER_READ = 4

/**
 * Handoffs and rubric scores of these weeks, read a few weeks' blocks at a time (never a
 * full-table scan); `onProgress` gets the weeks read so far.
 */
export async function readWeeks(
  weeks: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<WeeksData> {
  const handoffs: StoredHandoff[] = []
  const scores: RubricScore[] = []
  for (let i = 0; i < weeks.length; i += WEEKS_PER_READ) {
    const chunk = weeks.slice(i, i + WEEKS_PER_READ)
    const [h, s] = await Promise.all([readFactBlocks(chunk), scoresInWeeks(chunk)])
    handoffs.push(...h)
    scores.push(...s)
    onProgress?.(Math.min(weeks.length, i + WEEKS_PER_READ), weeks.length)
  }
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
 * `onProgress` gets the weeks read so far of those worked out.
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
    const kept = await database.weekSummaries.bulkGet([...weeks])
    const result = new Map<string, WeekSummary>()
    const stale: string[] = []
    weeks.forEach((week, i) => {
      const row = kept[i]
      if (row && row.key === key && holdsAt(row.asOf, row.changesAt, asOf)) result.set(week, unpackSummary(row.summary))
      else stale.push(week)
    })
    if (stale.length === 0) return result
    const { handoffs, scores } = await readWeeks(stale, onProgress)
    const rubric = rubricResults(scores)
    const set = handoffFacts(handoffs, { settings, asOf, rubricOf: (id) => rubric.get(id) ?? null })
    const made = summarizeByWeek(set)
    const changesAt = changesAtByWeek(handoffs, settings, asOf)
    const rows: WeekSummaryRow[] = stale.map((week) => ({
      week,
      key,
      asOf,
      changesAt: changesAt.get(week) ?? null,
      summary: made.get(week) ?? emptySummary(week, set.requiredFields.length),
    }))
    await database.weekSummaries.bulkPut(rows.map((row) => ({ ...row, summary: packSummary(row.summary) })))
    for (const row of rows) result.set(row.week, row.summary)
    return result
  })
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
