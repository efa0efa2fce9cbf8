import { describe, expect, it } from 'vitest'
import {
  criteriaView,
  isStrongExample,
  isWeakExample,
  sampleChoiceLabel,
  scoreText,
  suggestWalk,
  walkCandidates,
  type WalkCandidate,
} from '@/domain/huddle/walk'
import { aeReading, cardCriteria, rubricHeadline } from '@/domain/huddle/walk-card'
import { suggestRubric } from '@/domain/rubric/suggest'
import { carriedMaskOf } from '@/domain/carried'
import { CRITERION_IDS } from '@/domain/rubric/criteria'
import type { RubricScore } from '@/domain/rubric/scores'
import { defaultSettings } from '@/domain/settings'
import { aHandoff } from '../../helpers/handoffs'

const candidate = (id: string, over: Partial<WalkCandidate> = {}): WalkCandidate => ({
  id,
  status: 'accepted',
  isStatusCarried: true,
  scorerTotals: [],
  suggestedTotal: 4,
  suggestedOutOf: 5,
  barVerdict: 'cleared',
  barFailures: [],
  redFlags: [],
  inSample: true,
  feedback: 'none',
  feedbackText: '',
  reasonLabel: null,
  ...over,
})

describe('suggesting the two handoffs to walk', () => {
  it('never offers a rejected handoff as the strong example, however well it scores', () => {
    const s = suggestWalk([
      candidate('a', { status: 'rejected', scorerTotals: [5] }),
      candidate('b', { scorerTotals: [4] }),
    ])
    expect(s.strong).toBe('b')
  })

  it('never offers a handoff with a red flag as the strong example', () => {
    const s = suggestWalk([
      candidate('a', { scorerTotals: [5], redFlags: ['No influence'] }),
      candidate('b', { scorerTotals: [3.5] }),
    ])
    expect(s.strong).toBe('b')
  })

  it('never offers a handoff below the bar as the strong example', () => {
    const s = suggestWalk([candidate('a', { scorerTotals: [5], barFailures: ['Company too small'] })])
    expect(s.strong).toBeNull()
  })

  it('offers a pending handoff that clears the bar as the strong example', () => {
    expect(suggestWalk([candidate('a', { status: 'pending', suggestedTotal: 5 })]).strong).toBe('a')
  })

  it('picks the highest score among the strong examples, confirmed scores over the app reading', () => {
    const s = suggestWalk([
      candidate('a', { suggestedTotal: 5 }),
      candidate('b', { scorerTotals: [4.5], suggestedTotal: 2 }),
    ])
    expect(s.strong).toBe('a')
    expect(suggestWalk([candidate('a', { scorerTotals: [3] }), candidate('b', { scorerTotals: [4.5] })]).strong).toBe(
      'b',
    )
  })

  it('prefers the QA sample to the rest of the week', () => {
    const s = suggestWalk([
      candidate('a', { scorerTotals: [5], inSample: false }),
      candidate('b', { scorerTotals: [3] }),
    ])
    expect(s.strong).toBe('b')
  })

  it('offers as weak the handoff with the most failures', () => {
    const s = suggestWalk([
      candidate('a', { status: 'rejected', barFailures: ['Company too small'] }),
      candidate('b', { barFailures: ['Company too small'], redFlags: ['Generic notes'] }),
      candidate('c', { scorerTotals: [5] }),
    ])
    expect(s).toMatchObject({ strong: 'c', weak: 'b' })
  })

  it('never offers a handoff without failures and with a good package as weak', () => {
    expect(suggestWalk([candidate('a', { scorerTotals: [5] }), candidate('b', { scorerTotals: [4] })]).weak).toBeNull()
  })

  it('says why each was suggested', () => {
    const s = suggestWalk([
      candidate('a', { scorerTotals: [4.5] }),
      candidate('b', {
        status: 'rejected',
        suggestedTotal: 1,
        barFailures: ['Company too small'],
        redFlags: ['No influence'],
      }),
    ])
    expect(s.why).toEqual({
      strong: 'Accepted, clears every assessed bar condition, no red flags; scored 4.5/5.',
      weak: 'Below the bar: Company too small; red flags: No influence; reads as 1/5 (not scored).',
    })
  })

  it('says why nothing was suggested when no handoff qualifies', () => {
    expect(suggestWalk([candidate('a', { status: 'rejected', scorerTotals: [5] })]).why.strong).toBe(
      'No handoff this week reads strong: none is accepted or undecided with a package that reads 3/5 or better, ' +
        'clears the bar and has no red flag.',
    )
  })
})

describe('reading handoffs as walk candidates', () => {
  const settings = defaultSettings('UTC')
  const stored = (over: Parameters<typeof aHandoff>[0]) => ({ ...aHandoff(over), id: 'x', week: '2026-W47' })
  const noScores = { sampleIds: ['x'], scoresById: {}, settings, icpVersions: [] }

  it('turns a rejected "no authority" handoff with no influence into a weak example, not a strong one', () => {
    const h = stored({
      status: 'rejected',
      rejectionReason: 'no_authority',
      contactInfluence: 'none',
      companySize: 400,
      crmNotes: 'Met at the conference, interested.',
      discoverySummary: '"We lose two days a month reconciling by hand" — ops lead',
      icpFit: 'Fintech with 400 employees, uses Salesforce',
      triggerEvent: 'New CFO hired in October',
      techStack: 'Salesforce, NetSuite',
      budgetSignal: 'Budget approved for Q1',
    })
    const [c] = walkCandidates([h], noScores)
    expect(c).toMatchObject({ status: 'rejected', barFailures: ['Contact has no influence'], inSample: true })
    expect(c!.redFlags).toContain('No influence')
    const s = suggestWalk([c!])
    expect(s).toMatchObject({ strong: null, weak: 'x' })
  })

  it('uses the confirmed score when there is one', () => {
    const score: RubricScore = {
      handoffId: 'x',
      scorer: 'Maya',
      scoredAt: '2026-11-20T10:00:00.000Z',
      rubricVersion: 1,
      criteria: Object.fromEntries(CRITERION_IDS.map((id) => [id, true])) as RubricScore['criteria'],
      comment: '',
    }
    const [c] = walkCandidates([stored({})], { ...noScores, scoresById: { x: [score] } })
    expect(c!.scorerTotals).toEqual([5])
  })
})

describe('the walk on a thin export', () => {
  const settings = defaultSettings('UTC')
  /** What a CRM report without the package carries: who, when, the decision, reason and feedback. */
  const THIN = carriedMaskOf([
    'externalId',
    'sdr',
    'ae',
    'company',
    'bookedAt',
    'status',
    'rejectionReason',
    'aeFeedback',
  ])
  const stored = (id: string, over: Parameters<typeof aHandoff>[0], carried = THIN) => ({
    ...aHandoff(over),
    id,
    week: '2026-W47',
    carried,
  })
  const context = (sampleIds: string[]) => ({ sampleIds, scoresById: {}, settings, icpVersions: [] })

  it('picks an accepted handoff as strong and one rejected with specific feedback as weak, saying so', () => {
    const week = [
      stored('a', { status: 'accepted' }),
      stored('b', { status: 'rejected', rejectionReason: 'other', aeFeedback: 'not a fit' }),
      stored('c', {
        status: 'rejected',
        rejectionReason: 'too_small',
        aeFeedback: 'Under 20 employees, our minimum is 50',
      }),
    ]
    const s = suggestWalk(walkCandidates(week, context(['a', 'b', 'c'])))
    expect(s).toMatchObject({ strong: 'a', weak: 'c' })
    expect(s.why.strong).toBe(
      'Accepted by the AE. This export has no handoff package, so the pick is from the decision: walk what made it worth a meeting.',
    )
    expect(s.why.weak).toBe(
      'Rejected by the AE (Too small) with specific feedback: “Under 20 employees, our minimum is 50”. ' +
        'This export has no handoff package, so the pick is from the decision, the reason and the AE’s feedback.',
    )
  })

  it('never suggests an accepted handoff as weak because its package was not in the export', () => {
    const week = [stored('a', { status: 'accepted' }), stored('b', { status: 'accepted' })]
    const s = suggestWalk(walkCandidates(week, context(['a', 'b'])))
    expect(s).toMatchObject({
      strong: 'a',
      weak: null,
      why: { weak: 'No other handoff this week was rejected by the AE.' },
    })
  })

  it('suggests nothing, and says why, when the export carried neither the package nor the decision', () => {
    const bookingsOnly = carriedMaskOf(['sdr', 'ae', 'company', 'bookedAt'])
    const week = [stored('a', {}, bookingsOnly), stored('b', {}, bookingsOnly)]
    const s = suggestWalk(walkCandidates(week, context(['a'])))
    expect(s.strong).toBeNull()
    expect(s.weak).toBeNull()
    expect(s.why.strong).toContain('neither a handoff package nor the AE’s decision')
  })

  it('never suggests as weak the handoff the facilitator chose as strong, nor the other way round', () => {
    const week = [
      stored('a', { status: 'rejected', aeFeedback: 'Under 20 employees, our minimum is 50' }),
      stored('b', { status: 'accepted' }),
    ]
    const candidates = walkCandidates(week, context(['a', 'b']))
    expect(suggestWalk(candidates, { strong: 'a' }).weak).toBeNull()
    expect(suggestWalk(candidates, { weak: 'b' }).strong).toBeNull()
    const packaged = [candidate('x', { scorerTotals: [5] }), candidate('y', { scorerTotals: [1] })]
    expect(suggestWalk(packaged, { strong: 'y' }).weak).toBeNull()
    expect(suggestWalk(packaged, { weak: 'x' }).strong).toBe('y')
  })

  it('reads a package by the criteria the export can show, not out of five', () => {
    const c = candidate('a', { suggestedTotal: 1, suggestedOutOf: 2 })
    expect(scoreText(c)).toBe('reads as 1 of the 2 criteria this export can show (not scored)')
    expect(isWeakExample(c)).toBe(false)
    expect(isStrongExample(candidate('b', { suggestedTotal: 2, suggestedOutOf: 2 }))).toBe(true)
  })

  it('names one or two scorers one by one and averages three or more with their count', () => {
    expect(scoreText(candidate('a', { scorerTotals: [4] }))).toBe('scored 4/5')
    expect(scoreText(candidate('a', { scorerTotals: [4, 3] }))).toBe('scored 4/5 and 3/5 by two scorers')
    expect(scoreText(candidate('a', { scorerTotals: [4, 3, 4] }))).toBe('scored 3.7 / 5 from 3 scorers')
  })

  it('shows a criterion the export could not evidence as not assessed, never as failed', () => {
    const h = stored('a', { status: 'accepted' })
    const view = criteriaView([], suggestRubric(h, [], { requiredFields: settings.requiredFields }))
    expect(view.filter((c) => c.isAssessed)).toEqual([])
    expect(view.every((c) => !c.pass)).toBe(true)
  })

  it('marks the package fields the export lacks as not carried on the card', () => {
    const lines = aeReading(stored('a', { crmNotes: 'Spoke with ops' }, THIN | carriedMaskOf(['crmNotes'])))
    expect(lines.map((l) => [l.field, l.isCarried])).toEqual([
      ['crmNotes', true],
      ['discoverySummary', false],
      ['icpFit', false],
      ['triggerEvent', false],
      ['timing', false],
      ['techStack', false],
      ['budgetSignal', false],
    ])
  })

  it('labels an unscored sample choice by what the export can show', () => {
    expect(sampleChoiceLabel([], { passed: 0, outOf: 0 })).toBe('not scored')
    expect(sampleChoiceLabel([], { passed: 1, outOf: 2 })).toBe('not scored; reads as 1 of 2')
    expect(sampleChoiceLabel([], { passed: 3, outOf: 5 })).toBe('not scored; reads as 3/5')
    expect(sampleChoiceLabel([4], null)).toBe('4/5, strong')
    expect(sampleChoiceLabel([4, 3], null)).toBe('4/5 and 3/5')
    expect(sampleChoiceLabel([4, 3, 4], null)).toBe('3.7 / 5 from 3 scorers, middling')
  })
})

describe('the weak pick on an export without the package', () => {
  it('prefers a rejection with specific feedback outside the sample to a vague one inside it', () => {
    const vague = candidate('a', {
      status: 'rejected',
      suggestedOutOf: 0,
      feedback: 'vague',
      feedbackText: 'not a fit',
      reasonLabel: 'Other',
    })
    const specific = candidate('b', {
      status: 'rejected',
      suggestedOutOf: 0,
      inSample: false,
      feedback: 'specific',
      feedbackText: 'Under 20 employees',
      reasonLabel: 'Too small',
    })
    const s = suggestWalk([candidate('c', { suggestedOutOf: 0 }), vague, specific])
    expect(s).toMatchObject({ strong: 'c', weak: 'b' })
    expect(s.why.weak).toContain('(outside the QA sample)')
  })
})

describe('a package read on an export without the decision', () => {
  it('says the decision is not in the export instead of calling the handoff pending', () => {
    const s = suggestWalk([
      candidate('a', { status: 'pending', isStatusCarried: false, suggestedTotal: 2, suggestedOutOf: 2 }),
    ])
    expect(s.strong).toBe('a')
    expect(s.why.strong).toBe(
      'No AE decision in this export; clears every assessed bar condition, no red flags; reads as 2 of the 2 criteria this export can show (not scored).',
    )
  })

  it('lists on the card the criteria it judged and names the rest once', () => {
    const views = criteriaView([], null).map((c, i) => (i < 2 ? { ...c, isAssessed: true, pass: i === 0 } : c))
    expect(cardCriteria(views)).toEqual({
      judged: views.slice(0, 2),
      notJudged: 'Not judged (not in this export): Trigger and timing; Tech stack and budget; Package complete.',
    })
    expect(rubricHeadline(views)).toBe('Rubric 1 of 2 judged')
    expect(cardCriteria(criteriaView([], null)).notJudged).toBe('This export carries none of what the rubric reads.')
  })
})

describe('a strong pick when no package reads strong', () => {
  it('offers the best handoff the AE accepted above the bar, saying it is only the best there is', () => {
    const s = suggestWalk([
      candidate('a', { suggestedTotal: 1, redFlags: ['Generic notes'] }),
      candidate('b', { suggestedTotal: 2 }),
      candidate('c', { suggestedTotal: 5, barFailures: ['Company too small'] }),
      candidate('d', { status: 'rejected', suggestedTotal: 0 }),
    ])
    expect(s.strong).toBe('b')
    expect(s.why.strong).toBe(
      'No package this week reads strong (3/5 or better, clear of the bar, no red flag); this is the best one the AE accepted: reads as 2/5 (not scored).',
    )
    expect(s.weak).not.toBe('b')
  })

  it('offers none when every accepted handoff is below the bar', () => {
    expect(suggestWalk([candidate('a', { barFailures: ['Company too small'] })]).strong).toBeNull()
  })
})
