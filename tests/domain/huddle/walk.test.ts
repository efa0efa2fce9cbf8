import { describe, expect, it } from 'vitest'
import { suggestWalk } from '@/domain/huddle/walk'
import { CRITERION_IDS } from '@/domain/rubric/criteria'
import type { RubricScore } from '@/domain/rubric/scores'

describe('suggesting the two handoffs to walk', () => {
  const score = (handoffId: string, passes: number): RubricScore => ({
    handoffId,
    scorer: 'Maya',
    scoredAt: '2026-11-20T10:00:00.000Z',
    rubricVersion: 1,
    criteria: Object.fromEntries(CRITERION_IDS.map((id, i) => [id, i < passes])) as RubricScore['criteria'],
    comment: '',
  })
  const read: Record<string, number> = { a: 3, b: 5, c: 1, d: 4 }

  it('leads an unscored sample with its best and worst package as the app reads them', () => {
    expect(suggestWalk(['a', 'b', 'c', 'd'], {}, (id) => read[id] ?? null)).toEqual({
      strong: 'b',
      weak: 'c',
      basis: 'suggestions',
    })
  })

  it('prefers confirmed scores over the app reading', () => {
    expect(suggestWalk(['a', 'b', 'c'], { a: [score('a', 5)], c: [score('c', 4)] }, (id) => read[id] ?? null)).toEqual({
      strong: 'a',
      weak: 'c',
      basis: 'scores',
    })
  })

  it('fills the side the scores leave open from the unscored packages', () => {
    expect(suggestWalk(['a', 'b', 'c'], { b: [score('b', 5)] }, (id) => read[id] ?? null)).toEqual({
      strong: 'b',
      weak: 'c',
      basis: 'mixed',
    })
  })
})
