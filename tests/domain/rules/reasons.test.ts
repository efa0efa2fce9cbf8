import { describe, expect, it } from 'vitest'
import {
  DEFAULT_REASON_RULES,
  isValidReasonPattern,
  mapRejectionReason,
  matchingRuleIndex,
  migrateReasonRule,
  reasonRuleProblem,
  ruleKind,
  type ReasonRule,
} from '@/domain/rules/reasons'

describe('mapRejectionReason with the default rules', () => {
  it.each([
    ['too_small', 'too_small'],
    ['Too Small', 'too_small'],
    ['wrong-vertical', 'wrong_vertical'],
    ['Company too small', 'too_small'],
    ['Under 20 employees', 'too_small'],
    ['Below minimum headcount', 'too_small'],
    ['Wrong industry', 'wrong_vertical'],
    ['Not our vertical', 'wrong_vertical'],
    ['Not a decision maker', 'no_authority'],
    ['No authority', 'no_authority'],
    ['Wrong contact - intern', 'no_authority'],
    ['No pain', 'no_pain_or_trigger'],
    ['No trigger / no urgency', 'no_pain_or_trigger'],
    ['Not interested', 'no_pain_or_trigger'],
    ['Incomplete handoff', 'incomplete_handoff'],
    ['Missing info in notes', 'incomplete_handoff'],
    ['Bad timing', 'bad_timing'],
    ['Not now - revisit next quarter', 'bad_timing'],
    ['Budget freeze', 'bad_timing'],
    ['Duplicate', 'duplicate_or_existing'],
    ['Existing customer', 'duplicate_or_existing'],
    ['Already in pipeline', 'duplicate_or_existing'],
    ['Other', 'other'],
  ])('maps %j to %s', (raw, reason) => {
    expect(mapRejectionReason(raw, DEFAULT_REASON_RULES)).toBe(reason)
  })

  it.each(['', '   ', 'meh', 'see notes'])('leaves %j unmapped', (raw) => {
    expect(mapRejectionReason(raw, DEFAULT_REASON_RULES)).toBeNull()
  })
})

describe('mapRejectionReason with edited rules', () => {
  it('finds typed words as whole words or phrases, in any case', () => {
    const rules: ReasonRule[] = [{ pattern: 'NOT ICP, under 50 employees', reason: 'wrong_vertical' }]
    expect(mapRejectionReason('Lead is not icp for us', rules)).toBe('wrong_vertical')
    expect(mapRejectionReason('They are Under 50 Employees', rules)).toBe('wrong_vertical')
    expect(mapRejectionReason('Not icpx', rules)).toBeNull()
  })

  it('matches an advanced /regex/ pattern from an older version case-insensitively', () => {
    const rules: ReasonRule[] = [{ pattern: '/^dq[ -]?size$/', reason: 'too_small' }]
    expect(mapRejectionReason('DQ-Size', rules)).toBe('too_small')
    expect(mapRejectionReason('DQ size reason', rules)).toBeNull()
  })

  it('uses the first matching rule', () => {
    const rules: ReasonRule[] = [
      { pattern: 'timing', reason: 'bad_timing' },
      { pattern: 'budget', reason: 'no_authority' },
    ]
    expect(mapRejectionReason('budget timing', rules)).toBe('bad_timing')
  })

  it('treats a broken regex as a literal instead of throwing', () => {
    const rules: ReasonRule[] = [{ pattern: '/([/', reason: 'other' }]
    expect(mapRejectionReason('x /([/ y', rules)).toBe('other')
    expect(isValidReasonPattern('/([/')).toBe(false)
    expect(isValidReasonPattern('/dup(licate)?/')).toBe(true)
    expect(isValidReasonPattern('  ')).toBe(false)
    expect(isValidReasonPattern(' , ,')).toBe(false)
  })

  it("says what is wrong with a rule in the editor's words", () => {
    expect(reasonRuleProblem(' , ')).toBe('Type at least one word or phrase')
    expect(reasonRuleProblem('/([/')).toBe('This advanced pattern is broken: replace it with words')
    expect(reasonRuleProblem('too small')).toBeNull()
  })

  it('names the first rule that finds something, for the editor\'s "try it"', () => {
    expect(matchingRuleIndex('Not a decision maker', DEFAULT_REASON_RULES)).toBe(4)
    expect(matchingRuleIndex('meh', DEFAULT_REASON_RULES)).toBe(-1)
  })

  it('still recognises taxonomy values when no rule matches', () => {
    expect(mapRejectionReason('Bad Timing', [])).toBe('bad_timing')
  })
})

describe('rules saved by older versions', () => {
  it('reads a plain alternation as words', () => {
    expect(migrateReasonRule({ pattern: '/too small|tiny/', reason: 'too_small' })).toEqual({
      pattern: 'too small, tiny',
      reason: 'too_small',
    })
    expect(ruleKind({ pattern: 'too small, tiny', reason: 'too_small' })).toBe('keywords')
  })

  it('keeps anything more as an advanced pattern that still matches as before', () => {
    const rule: ReasonRule = { pattern: '/^dq[ -]?size$/', reason: 'too_small' }
    expect(migrateReasonRule(rule)).toEqual(rule)
    expect(ruleKind(rule)).toBe('advanced')
  })

  it('tidies typed words: trimmed, one comma between them, no repeats', () => {
    expect(migrateReasonRule({ pattern: ' tiny ,Tiny,  too   small ', reason: 'too_small' }).pattern).toBe(
      'tiny, too small',
    )
  })

  /** The defaults before rules became words: every one a plain alternation. */
  const OLD_DEFAULTS: ReasonRule[] = [
    { pattern: 'duplicate', reason: 'duplicate_or_existing' },
    {
      pattern: '/\\b(existing|current|already an?) (customer|client|account|opportunity|opp|deal)\\b/',
      reason: 'duplicate_or_existing',
    },
    { pattern: '/\\balready (in|on) (the )?(pipeline|crm|sequence)\\b/', reason: 'duplicate_or_existing' },
    { pattern: 'incomplete', reason: 'incomplete_handoff' },
    {
      pattern: '/\\b(missing|no|insufficient|not enough) (info|information|notes|context|details|fields)\\b/',
      reason: 'incomplete_handoff',
    },
    { pattern: 'too small', reason: 'too_small' },
    { pattern: '/\\b(company size|headcount|employees|below (the )?minimum|smb)\\b/', reason: 'too_small' },
    {
      pattern: '/\\b(wrong|bad|not our|outside( our)?) (industry|vertical|market|sector)\\b/',
      reason: 'wrong_vertical',
    },
    { pattern: '/\\b(industry|vertical)\\b/', reason: 'wrong_vertical' },
    {
      pattern: '/\\b(no|not the|not a|lacks?) (authority|decision[ -]?maker|dm|budget holder|buyer)\\b/',
      reason: 'no_authority',
    },
    { pattern: '/\\b(wrong (contact|person|persona)|gatekeeper|intern|no influence)\\b/', reason: 'no_authority' },
    { pattern: '/\\bno (pain|trigger|need|urgency|use case|project)\\b/', reason: 'no_pain_or_trigger' },
    { pattern: 'other', reason: 'other' },
  ]

  it('turns every old default that is a plain alternation into words', () => {
    expect(OLD_DEFAULTS.map(migrateReasonRule).map(ruleKind)).toEqual(OLD_DEFAULTS.map(() => 'keywords'))
  })

  it.each([
    ['Existing customer', 'duplicate_or_existing'],
    ['Already in the CRM', 'duplicate_or_existing'],
    ['Not enough context', 'incomplete_handoff'],
    ['Below the minimum', 'too_small'],
    ['Outside our market', 'wrong_vertical'],
    ['Not a decision-maker', 'no_authority'],
    ['Gatekeeper only', 'no_authority'],
    ['No use case', 'no_pain_or_trigger'],
  ])('still classifies %j as %s with the old defaults saved', (raw, reason) => {
    expect(mapRejectionReason(raw, OLD_DEFAULTS)).toBe(reason)
  })
})
