import type { StoredHandoff } from '@/domain/handoff'
import type { RubricScore } from '@/domain/rubric/scores'
import type { Settings } from '@/domain/settings'
import { handoffFacts } from '@/domain/trends/facts'
import { rubricResults } from '@/domain/trends/rubric-results'
import { changesAtByWeek, holdsAt, summaryKey } from '@/domain/trends/summary-validity'
import { emptySummary, summarizeByWeek, type WeekSummary } from '@/domain/trends/week-summary'
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
      if (row && row.key === key && holdsAt(row.asOf, row.changesAt, asOf)) result.set(week, row.summary)
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
    await database.weekSummaries.bulkPut(rows)
    for (const row of rows) result.set(row.week, row.summary)
    return result
  })
}
