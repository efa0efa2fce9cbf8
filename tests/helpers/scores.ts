import { addScore, type StoredScore } from '@/db/score-repo'
import type { RubricScore } from '@/domain/rubric/scores'

/** Stores Lee's rubric score for one handoff, scored on 2026-11-17, with these criteria. */
export function scoreByLee(
  handoffId: string,
  criteria: RubricScore['criteria'],
  week = '2026-W47',
): Promise<StoredScore> {
  return addScore(
    { handoffId, scorer: 'Lee', scoredAt: '2026-11-17T10:00:00.000Z', rubricVersion: 1, criteria, comment: '' },
    week,
  )
}
