import { describe, expect, it } from 'vitest'
import { DEFAULT_REASON_RULES, isValidReasonPattern, mapRejectionReason, type ReasonRule } from '@/domain/rules/reasons'

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
  it('matches a plain pattern as a case-insensitive substring', () => {
    const rules: ReasonRule[] = [{ pattern: 'NOT ICP', reason: 'wrong_vertical' }]
    expect(mapRejectionReason('Lead is not icp for us', rules)).toBe('wrong_vertical')
  })

  it('matches a /regex/ pattern case-insensitively', () => {
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
  })

  it('still recognises taxonomy values when no rule matches', () => {
    expect(mapRejectionReason('Bad Timing', [])).toBe('bad_timing')
  })
})
