import type { StoredHandoff } from '@/domain/handoff'
import type { RubricScore } from '@/domain/rubric/scores'
import { db } from './database'
import { scoresInWeeks } from './score-repo'

export interface WeeksData {
  handoffs: StoredHandoff[]
  scores: RubricScore[]
}

/** Weeks per read: small enough to report progress, large enough to keep reads efficient. */
const WEEKS_PER_READ = 4

/**
 * Handoffs and rubric scores of these weeks, read through the 'week' indexes in chunks (never a
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
    const [h, s] = await Promise.all([db().facts.where('week').anyOf(chunk).toArray(), scoresInWeeks(chunk)])
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
  const rows = await db()
    .facts.where('week')
    .anyOf([...weeks])
    .toArray()
  return rows
    .filter((h) => h[field].trim() === value)
    .sort((a, b) => (a.bookedAt < b.bookedAt ? 1 : a.bookedAt > b.bookedAt ? -1 : 0))
}
