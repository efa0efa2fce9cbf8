import { beforeEach, describe, expect, it } from 'vitest'
import { addScore, scoresForHandoff, scoresInWeeks } from '@/db/score-repo'
import type { RubricScore } from '@/domain/rubric/scores'
import { freshDatabase } from '../helpers/fresh-db'

const score = (over: Partial<RubricScore> = {}): RubricScore => ({
  handoffId: 'crm::1',
  scorer: 'Maria',
  scoredAt: '2026-11-20T10:00:00.000Z',
  rubricVersion: 1,
  criteria: { icp_signal: true, prospect_words: false, trigger_timing: true, stack_budget: true, complete: false },
  comment: '',
  ...over,
})

describe('score repository', () => {
  beforeEach(() => {
    freshDatabase()
  })

  it('stores a score with its scorer, time and rubric version and reads it back by handoff', async () => {
    await addScore(score({ comment: 'Good trigger' }), '2026-W47')
    expect(await scoresForHandoff('crm::1')).toEqual([
      { ...score({ comment: 'Good trigger' }), id: expect.any(Number), week: '2026-W47' },
    ])
  })

  it('keeps every re-score, oldest first', async () => {
    await addScore(score({ scoredAt: '2026-11-21T10:00:00.000Z', scorer: 'Dev' }), '2026-W47')
    await addScore(score(), '2026-W47')
    expect((await scoresForHandoff('crm::1')).map((s) => s.scorer)).toEqual(['Maria', 'Dev'])
  })

  it('reads scores of the chosen weeks only', async () => {
    await addScore(score(), '2026-W47')
    await addScore(score({ handoffId: 'crm::2' }), '2026-W46')
    expect((await scoresInWeeks(['2026-W46'])).map((s) => s.handoffId)).toEqual(['crm::2'])
  })

  it('refuses a score without a scorer name', async () => {
    await expect(addScore(score({ scorer: '  ' }), '2026-W47')).rejects.toThrow()
    expect(await scoresForHandoff('crm::1')).toEqual([])
  })
})
