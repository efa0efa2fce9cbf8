import { describe, expect, it } from 'vitest'
import { CRITERION_IDS, type CriterionId } from '@/domain/rubric/criteria'
import {
  agreement,
  scorerAgreement,
  classify,
  latestScorePerScorer,
  rubricAverage,
  rubricScoreSchema,
  scoreTotal,
  suggestStrongAndWeak,
  type RubricScore,
} from '@/domain/rubric/scores'

/** A score passing the first `passes` criteria (or exactly the ones listed). */
function score(passes: number | CriterionId[], overrides: Partial<Omit<RubricScore, 'criteria'>> = {}): RubricScore {
  const passing = typeof passes === 'number' ? CRITERION_IDS.slice(0, passes) : passes
  return {
    handoffId: 'h1',
    scorer: 'Maya',
    scoredAt: '2026-11-18T10:00:00.000Z',
    rubricVersion: 1,
    criteria: Object.fromEntries(CRITERION_IDS.map((id) => [id, passing.includes(id)])) as Record<CriterionId, boolean>,
    comment: '',
    ...overrides,
  }
}

describe('rubricScoreSchema', () => {
  it('accepts a complete score', () => {
    expect(rubricScoreSchema.safeParse(score(3)).success).toBe(true)
  })

  it('rejects a score with no scorer', () => {
    expect(rubricScoreSchema.safeParse(score(3, { scorer: '  ' })).success).toBe(false)
  })

  it('rejects a score missing a criterion', () => {
    const { complete: _, ...four } = score(5).criteria
    expect(rubricScoreSchema.safeParse({ ...score(5), criteria: four }).success).toBe(false)
  })
})

describe('scoreTotal and classify', () => {
  it('counts the passing criteria', () => {
    expect(scoreTotal(score(['icp_signal', 'complete']))).toBe(2)
  })

  it.each([
    [5, 'strong'],
    [4, 'strong'],
    [3, 'middling'],
    [2, 'weak'],
    [0, 'weak'],
  ] as const)('classifies a total of %i as %s', (total, expected) => {
    expect(classify(total)).toBe(expected)
  })
})

describe('latestScorePerScorer', () => {
  it("keeps only each scorer's latest score of a handoff", () => {
    const early = score(1, { scoredAt: '2026-11-18T09:00:00.000Z' })
    const late = score(4, { scoredAt: '2026-11-18T11:00:00.000Z' })
    expect(latestScorePerScorer([late, early])).toEqual([late])
  })

  it('keeps different scorers and handoffs apart, ordered by handoff then scorer', () => {
    const a = score(1, { handoffId: 'h2', scorer: 'Maya' })
    const b = score(2, { handoffId: 'h1', scorer: 'Theo' })
    const c = score(3, { handoffId: 'h1', scorer: 'Maya' })
    expect(latestScorePerScorer([a, b, c])).toEqual([c, b, a])
  })
})

describe('agreement', () => {
  it('reports full agreement when two scorers gave the same answers', () => {
    const a = agreement([score(3, { scorer: 'Maya' }), score(3, { scorer: 'Theo' })])
    expect(a).toMatchObject({ scorers: 2, agreedCount: 5, percent: 100 })
  })

  it('splits a criterion the scorers disagree on', () => {
    const a = agreement([
      score(['complete'], { scorer: 'Maya' }),
      score([], { scorer: 'Theo' }),
      score([], { scorer: 'Ana' }),
    ])
    expect(a.byCriterion.complete).toEqual({ pass: 1, fail: 2, agreed: false, share: 2 / 3 })
    expect(a.percent).toBe(80)
  })

  it('has no percentage with a single scorer', () => {
    expect(agreement([score(2)]).percent).toBeNull()
  })

  it("counts a scorer's re-score once", () => {
    const first = score(0, { scorer: 'Maya', scoredAt: '2026-11-18T09:00:00.000Z' })
    const second = score(5, { scorer: 'Maya', scoredAt: '2026-11-18T12:00:00.000Z' })
    const theo = score(5, { scorer: 'Theo' })
    expect(agreement([first, second, theo])).toMatchObject({ scorers: 2, percent: 100 })
  })

  it('reports nothing agreed when nobody scored', () => {
    expect(agreement([]).byCriterion.icp_signal).toEqual({ pass: 0, fail: 0, agreed: false, share: 0 })
  })
})

describe('scorerAgreement', () => {
  it('counts only handoffs with two or more scorers', () => {
    const scores = [
      score(5, { handoffId: 'h1', scorer: 'Maya' }),
      score(4, { handoffId: 'h1', scorer: 'Theo' }),
      score(1, { handoffId: 'h2', scorer: 'Maya' }),
    ]
    expect(scorerAgreement(scores)).toEqual({ pairs: 5, agreed: 4, percent: 80 })
  })

  it('is null when no handoff has two scorers', () => {
    expect(scorerAgreement([score(3)]).percent).toBeNull()
  })
})

describe('rubricAverage', () => {
  it('is null without scores', () => {
    expect(rubricAverage([])).toBeNull()
  })

  it('weighs each handoff once however many people scored it', () => {
    const scores = [
      score(5, { handoffId: 'h1', scorer: 'Maya' }),
      score(3, { handoffId: 'h1', scorer: 'Theo' }),
      score(1, { handoffId: 'h2', scorer: 'Maya' }),
    ]
    expect(rubricAverage(scores)).toBe(2.5)
  })
})

describe('suggestStrongAndWeak', () => {
  const byId = (entries: [string, number][]): Record<string, RubricScore[]> =>
    Object.fromEntries(entries.map(([id, total]) => [id, [score(total, { handoffId: id })]]))

  it('suggests the highest total as strong and the lowest as weak', () => {
    const scores = byId([
      ['a', 3],
      ['b', 5],
      ['c', 1],
      ['d', 2],
    ])
    expect(suggestStrongAndWeak(['a', 'b', 'c', 'd'], scores)).toEqual({ strong: 'b', weak: 'c' })
  })

  it('breaks ties by id whatever the sample order', () => {
    const scores = byId([
      ['x', 4],
      ['m', 4],
      ['q', 1],
      ['b', 1],
    ])
    expect(suggestStrongAndWeak(['x', 'q', 'm', 'b'], scores)).toEqual({ strong: 'm', weak: 'b' })
    expect(suggestStrongAndWeak(['b', 'm', 'q', 'x'], scores)).toEqual({ strong: 'm', weak: 'b' })
  })

  it('never suggests the same handoff twice when all totals are equal', () => {
    expect(
      suggestStrongAndWeak(
        ['a', 'b'],
        byId([
          ['a', 3],
          ['b', 3],
        ]),
      ),
    ).toEqual({ strong: 'a', weak: 'b' })
  })

  it('skips handoffs nobody scored', () => {
    expect(
      suggestStrongAndWeak(
        ['a', 'b', 'c'],
        byId([
          ['b', 4],
          ['c', 0],
        ]),
      ),
    ).toEqual({ strong: 'b', weak: 'c' })
  })

  it('suggests a lone low-scoring handoff as weak only', () => {
    expect(suggestStrongAndWeak(['a', 'b'], byId([['a', 1]]))).toEqual({ strong: null, weak: 'a' })
  })

  it('suggests nothing when nothing is scored', () => {
    expect(suggestStrongAndWeak(['a'], {})).toEqual({ strong: null, weak: null })
  })

  it("uses the mean of a handoff's scorers", () => {
    const scores = {
      a: [score(5, { handoffId: 'a', scorer: 'Maya' }), score(1, { handoffId: 'a', scorer: 'Theo' })],
      b: [score(4, { handoffId: 'b' })],
      c: [score(2, { handoffId: 'c' })],
    }
    expect(suggestStrongAndWeak(['a', 'b', 'c'], scores)).toEqual({ strong: 'b', weak: 'c' })
  })
})
