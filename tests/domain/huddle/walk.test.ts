import { describe, expect, it } from 'vitest'
import { suggestWalk, walkCandidates, type WalkCandidate } from '@/domain/huddle/walk'
import { CRITERION_IDS } from '@/domain/rubric/criteria'
import type { RubricScore } from '@/domain/rubric/scores'
import { defaultSettings } from '@/domain/settings'
import { aHandoff } from '../../helpers/handoffs'

const candidate = (id: string, over: Partial<WalkCandidate> = {}): WalkCandidate => ({
  id,
  status: 'accepted',
  total: null,
  suggestedTotal: 4,
  barFailures: [],
  redFlags: [],
  inSample: true,
  ...over,
})

describe('suggesting the two handoffs to walk', () => {
  it('never offers a rejected handoff as the strong example, however well it scores', () => {
    const s = suggestWalk([candidate('a', { status: 'rejected', total: 5 }), candidate('b', { total: 4 })])
    expect(s.strong).toBe('b')
  })

  it('never offers a handoff with a red flag as the strong example', () => {
    const s = suggestWalk([candidate('a', { total: 5, redFlags: ['No influence'] }), candidate('b', { total: 3.5 })])
    expect(s.strong).toBe('b')
  })

  it('never offers a handoff below the bar as the strong example', () => {
    const s = suggestWalk([candidate('a', { total: 5, barFailures: ['Company too small'] })])
    expect(s.strong).toBeNull()
  })

  it('offers a pending handoff that clears the bar as the strong example', () => {
    expect(suggestWalk([candidate('a', { status: 'pending', suggestedTotal: 5 })]).strong).toBe('a')
  })

  it('picks the highest score among the strong examples, confirmed scores over the app reading', () => {
    const s = suggestWalk([candidate('a', { suggestedTotal: 5 }), candidate('b', { total: 4.5, suggestedTotal: 2 })])
    expect(s.strong).toBe('a')
    expect(suggestWalk([candidate('a', { total: 3 }), candidate('b', { total: 4.5 })]).strong).toBe('b')
  })

  it('prefers the QA sample to the rest of the week', () => {
    const s = suggestWalk([candidate('a', { total: 5, inSample: false }), candidate('b', { total: 3 })])
    expect(s.strong).toBe('b')
  })

  it('offers as weak the handoff with the most failures', () => {
    const s = suggestWalk([
      candidate('a', { status: 'rejected', barFailures: ['Company too small'] }),
      candidate('b', { barFailures: ['Company too small'], redFlags: ['Generic notes'] }),
      candidate('c', { total: 5 }),
    ])
    expect(s).toMatchObject({ strong: 'c', weak: 'b' })
  })

  it('never offers a handoff without failures and with a good package as weak', () => {
    expect(suggestWalk([candidate('a', { total: 5 }), candidate('b', { total: 4 })]).weak).toBeNull()
  })

  it('says why each was suggested', () => {
    const s = suggestWalk([
      candidate('a', { total: 4.5 }),
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
    expect(suggestWalk([candidate('a', { status: 'rejected', total: 5 })]).why.strong).toBe(
      'No handoff this week is accepted or pending, clears the bar and has no red flag.',
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
    expect(c!.total).toBe(5)
  })
})
