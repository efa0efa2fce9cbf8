import { CRITERION_IDS, type CriterionId } from '@/domain/rubric/criteria'
import { rubricScoreSchema, type RubricScore } from '@/domain/rubric/scores'
import { db } from './database'
import type { RubricScoreRow } from './rows'

export type StoredScore = RubricScore & { id: number; week: string }

/** A stored row as a score; a criterion the row lacks (an older rubric) reads as not passed. */
const toScore = (row: RubricScoreRow): StoredScore => ({
  id: row.id!,
  week: row.week,
  handoffId: row.handoffId,
  scorer: row.scorer,
  scoredAt: row.scoredAt,
  rubricVersion: row.rubricVersion,
  criteria: Object.fromEntries(CRITERION_IDS.map((id) => [id, row.criteria[id] === true])) as Record<
    CriterionId,
    boolean
  >,
  comment: row.comment,
})

/** Validates and stores one confirmed score; a person's re-score is a new row (history stays). */
export async function addScore(score: RubricScore, week: string): Promise<StoredScore> {
  const valid = rubricScoreSchema.parse(score)
  const row: RubricScoreRow = { ...valid, week }
  const database = db()
  // The week's Trends numbers count rubric results: they are worked out again on the next look.
  const id = await database.transaction('rw', database.rubricScores, database.weekSummaries, async () => {
    await database.weekSummaries.delete(week)
    return (await database.rubricScores.add(row))!
  })
  return { ...valid, id, week }
}

export async function scoresForHandoff(handoffId: string): Promise<StoredScore[]> {
  const rows = await db().rubricScores.where('handoffId').equals(handoffId).sortBy('scoredAt')
  return rows.map(toScore)
}

/** Scores of handoffs booked in these weeks, through the 'week' index. */
export async function scoresInWeeks(weeks: string[]): Promise<StoredScore[]> {
  const rows = await db().rubricScores.where('week').anyOf(weeks).toArray()
  return rows.map(toScore)
}
