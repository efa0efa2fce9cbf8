import { describe, expect, it } from 'vitest'
import { emptyHandoff, type Handoff, type HandoffField } from '@/domain/handoff'
import { CRITERION_IDS, CRITERIA, RED_FLAG_IDS, RED_FLAGS, RUBRIC_VERSION } from '@/domain/rubric/criteria'
import { icpSignal, prospectQuote, suggestRubric, timingPhrase } from '@/domain/rubric/suggest'

const handoff = (overrides: Partial<Handoff> = {}): Handoff => ({
  ...emptyHandoff({ externalId: 'X-1', sdr: 'Sam', bookedAt: '2026-11-16' }),
  company: 'Acme Logistics',
  contactName: 'Dana Reyes',
  contactTitle: 'VP Sales',
  contactInfluence: 'decision_maker',
  ...overrides,
})

/** A handoff every criterion passes and no flag fires on. */
const strong = (overrides: Partial<Handoff> = {}): Handoff =>
  handoff({
    icpFit: '240 employees, 35 SDRs, hiring 10 more reps this year',
    discoverySummary: 'Dana said "we lose two days per handoff" and wants the AE to see context up front.',
    crmNotes: 'Handoffs live in Slack threads today; reps re-ask discovery questions on the first call.',
    triggerEvent: 'New VP Sales started in October',
    timing: 'Wants a process in place by Q3',
    techStack: 'Salesforce, Outreach, Gong',
    budgetSignal: '$40k approved for sales tooling',
    ...overrides,
  })

const suggest = (h: Handoff, missing: HandoffField[] = []) => suggestRubric(h, missing)
const flagIds = (h: Handoff, missing: HandoffField[] = []) => suggest(h, missing).redFlags.map((f) => f.id)

describe('rubric metadata', () => {
  it('is version 1 with five criteria and five red flags', () => {
    expect(RUBRIC_VERSION).toBe(1)
    expect(CRITERION_IDS).toEqual(['icp_signal', 'prospect_words', 'trigger_timing', 'stack_budget', 'complete'])
    expect(RED_FLAG_IDS).toEqual(['generic_notes', 'no_trigger', 'icp_assumed', 'missing_fields', 'no_influence'])
  })

  it('gives every criterion and red flag a label and a description', () => {
    for (const info of [...Object.values(CRITERIA), ...Object.values(RED_FLAGS)]) {
      expect(info.label.length).toBeGreaterThan(0)
      expect(info.description.length).toBeGreaterThan(0)
    }
  })
})

describe('suggestRubric on a strong handoff', () => {
  it('passes all five criteria', () => {
    const { criteria } = suggest(strong())
    expect(Object.fromEntries(CRITERION_IDS.map((id) => [id, criteria[id].pass]))).toEqual({
      icp_signal: true,
      prospect_words: true,
      trigger_timing: true,
      stack_budget: true,
      complete: true,
    })
  })

  it('raises no red flags', () => {
    expect(suggest(strong()).redFlags).toEqual([])
  })

  it('names the quoted words as the evidence', () => {
    expect(suggest(strong()).criteria.prospect_words.why).toBe('Quotes the prospect: "we lose two days per handoff"')
  })
})

describe('criterion 1: ICP fit with a specific signal', () => {
  it('passes with a number and names it', () => {
    const c = suggest(handoff({ icpFit: 'Mid-market, 240 employees' })).criteria.icp_signal
    expect(c).toEqual({ pass: true, why: 'ICP fit names a specific signal: "240 employees"' })
  })

  it('passes with a named tool', () => {
    expect(suggest(handoff({ icpFit: 'Runs outbound on Outreach today' })).criteria.icp_signal.pass).toBe(true)
  })

  it('passes with a funding fact', () => {
    expect(icpSignal('Just raised a Series B')).toBe('raised')
  })

  it('fails on "good fit" alone and quotes it', () => {
    const c = suggest(handoff({ icpFit: 'good fit' })).criteria.icp_signal
    expect(c).toEqual({ pass: false, why: 'ICP fit has no specific signal: "good fit"' })
  })

  it("does not count the prospect's own company name as a signal", () => {
    expect(
      suggest(handoff({ icpFit: 'Great fit, Acme is exactly our kind of company' })).criteria.icp_signal.pass,
    ).toBe(false)
  })

  it("does not count the contact's name as a signal", () => {
    expect(suggest(handoff({ icpFit: 'According to Dana it is a fit' })).criteria.icp_signal.pass).toBe(false)
  })

  it('does not count generic acronyms such as ICP or SaaS as a signal', () => {
    expect(icpSignal('Fits our ICP, SaaS company')).toBeNull()
  })

  it('does not read the 2 in B2B as a number', () => {
    expect(icpSignal('a B2B company')).toBeNull()
  })

  it('fails when the ICP fit is a placeholder', () => {
    expect(suggest(handoff({ icpFit: 'TBD' })).criteria.icp_signal).toEqual({ pass: false, why: 'No ICP fit written.' })
  })
})

describe("criterion 2: the prospect's own words", () => {
  it('passes on curly double quotes in the CRM notes', () => {
    expect(
      suggest(handoff({ crmNotes: 'She told me “our reps hate the current tool”.' })).criteria.prospect_words.pass,
    ).toBe(true)
  })

  it('passes on curly single quotes even with an apostrophe inside', () => {
    expect(prospectQuote('He said ‘we can’t scale onboarding’ twice.')).toBe('we can’t scale onboarding')
  })

  it('ignores quoted single terms shorter than three words', () => {
    expect(suggest(handoff({ discoverySummary: 'Uses "Salesforce" and "Gong".' })).criteria.prospect_words.pass).toBe(
      false,
    )
  })

  it('says so when there are no notes at all', () => {
    expect(suggest(handoff()).criteria.prospect_words.why).toBe('No discovery notes or CRM notes.')
  })
})

describe('criterion 3: trigger and timing', () => {
  it('passes with a trigger and the timing field', () => {
    const c = suggest(handoff({ triggerEvent: 'Migrating off HubSpot', timing: 'next month' })).criteria.trigger_timing
    expect(c).toEqual({ pass: true, why: 'Trigger "Migrating off HubSpot" with timing "next month"' })
  })

  it('passes when the timing is written inside the trigger', () => {
    expect(suggest(handoff({ triggerEvent: 'SOC 2 audit within 90 days' })).criteria.trigger_timing.pass).toBe(true)
  })

  it('fails with a trigger but no sense of timing', () => {
    const c = suggest(handoff({ triggerEvent: 'New CRO' })).criteria.trigger_timing
    expect(c).toEqual({ pass: false, why: 'Trigger "New CRO" has no sense of timing.' })
  })

  it('fails with timing but no trigger', () => {
    expect(suggest(handoff({ timing: 'by Q3' })).criteria.trigger_timing.pass).toBe(false)
  })

  it('does not accept "interested" as a trigger event', () => {
    const c = suggest(handoff({ triggerEvent: 'Interested', timing: 'ASAP' })).criteria.trigger_timing
    expect(c).toEqual({ pass: false, why: 'Trigger is not an event: "Interested"' })
  })

  it.each([
    ['by Q3', 'by Q3'],
    ['rollout next month', 'next month'],
    ['decision within 90 days', 'within 90 days'],
    ['go live on 2027-01-15', '2027-01-15'],
    ['decision ASAP', 'ASAP'],
    ['board meeting March 12', 'March 12'],
    ['in a few weeks', 'in a few weeks'],
  ])('finds timing in "%s"', (text, phrase) => {
    expect(timingPhrase(text)).toBe(phrase)
  })

  it('finds no timing in "they may switch tools"', () => {
    expect(timingPhrase('they may switch tools')).toBeNull()
  })
})

describe('criterion 4: tech stack and budget', () => {
  it('fails without a budget signal', () => {
    const c = suggest(handoff({ techStack: 'Salesforce' })).criteria.stack_budget
    expect(c).toEqual({ pass: false, why: 'No budget signal.' })
  })

  it('passes when the budget is only in the notes', () => {
    const h = handoff({ techStack: 'Salesforce', crmNotes: 'Budget is set aside for next year.' })
    expect(suggest(h).criteria.stack_budget.pass).toBe(true)
  })

  it('fails without a tech stack even with a budget', () => {
    expect(suggest(handoff({ budgetSignal: '$20k' })).criteria.stack_budget).toEqual({
      pass: false,
      why: 'No tech stack.',
    })
  })
})

describe('criterion 5: complete', () => {
  it('fails and lists the missing fields by name', () => {
    const c = suggest(strong(), ['icpFit', 'techStack']).criteria.complete
    expect(c).toEqual({ pass: false, why: 'Missing: ICP fit, tech stack.' })
  })

  it('does not use a field the checklist reports missing as evidence elsewhere', () => {
    expect(suggest(strong(), ['techStack']).criteria.stack_budget.pass).toBe(false)
  })
})

describe('red flags', () => {
  it('flags "interested, wants demo" as generic notes', () => {
    const h = strong({ discoverySummary: 'Interested, wants demo', crmNotes: 'wants to learn more' })
    expect(suggest(h).redFlags[0]).toEqual({
      id: 'generic_notes',
      why: 'Notes are generic: "Interested, wants demo wants to learn more"',
    })
  })

  it('does not flag notes with substance around the word "interested"', () => {
    const h = strong({ crmNotes: 'Interested because reps lose two days each week re-asking discovery questions.' })
    expect(flagIds(h)).not.toContain('generic_notes')
  })

  it('flags no trigger when none is named', () => {
    expect(flagIds(strong({ triggerEvent: '' }))).toContain('no_trigger')
  })

  it('flags an assumed ICP and names the hedge', () => {
    const flag = suggest(strong({ icpFit: 'Seems like a fit, probably 100+ people' })).redFlags.find(
      (f) => f.id === 'icp_assumed',
    )
    expect(flag).toEqual({ id: 'icp_assumed', why: 'ICP fit is assumed, not verified: "Seems like a fit"' })
  })

  it('flags missing fields', () => {
    expect(flagIds(strong(), ['budgetSignal'])).toEqual(['missing_fields'])
  })

  it.each(['none', 'user', 'unknown'] as const)('flags a contact whose influence is %s', (influence) => {
    expect(flagIds(strong({ contactInfluence: influence }))).toEqual(['no_influence'])
  })

  it('names the contact in the no-influence flag', () => {
    const flag = suggest(strong({ contactInfluence: 'user', contactTitle: 'Ops analyst' })).redFlags[0]
    expect(flag).toEqual({ id: 'no_influence', why: 'Dana Reyes, Ops analyst is a user, not a buyer.' })
  })

  it('does not flag an influencer', () => {
    expect(flagIds(strong({ contactInfluence: 'influencer' }))).toEqual([])
  })

  it('lists flags in the rubric order', () => {
    const h = handoff({ contactInfluence: 'none', crmNotes: 'interested', icpFit: 'probably' })
    expect(flagIds(h, ['triggerEvent'])).toEqual([
      'generic_notes',
      'no_trigger',
      'icp_assumed',
      'missing_fields',
      'no_influence',
    ])
  })
})
