import { describe, expect, it } from 'vitest'
import { keywordsRegExp, regexToKeywords, splitKeywords } from '@/domain/rules/reason-keywords'

describe('splitKeywords', () => {
  it('reads what a manager types: commas, trimmed, one space between words', () => {
    expect(splitKeywords(' too small,  under 50   employees ,, ')).toEqual(['too small', 'under 50 employees'])
  })

  it('drops a repeated word whatever its case or separators, keeping the first spelling', () => {
    expect(splitKeywords('Decision maker, decision-maker, DECISION MAKER')).toEqual(['Decision maker'])
  })
})

describe('keywordsRegExp', () => {
  const finds = (keywords: string[], text: string) => keywordsRegExp(keywords).test(text)

  it('finds a phrase in any case', () => {
    expect(finds(['too small'], 'Company is TOO SMALL for us')).toBe(true)
  })

  it('finds whole words only', () => {
    expect(finds(['intern'], 'International retailer')).toBe(false)
    expect(finds(['intern'], 'Talked to an intern.')).toBe(true)
  })

  it('treats spaces, hyphens and underscores between words alike', () => {
    expect(finds(['decision maker'], 'not the decision-maker')).toBe(true)
    expect(finds(['decision-maker'], 'no decision  maker')).toBe(true)
  })

  it('takes regular-expression characters literally', () => {
    expect(finds(['50+ employees?'], 'has 50+ employees?')).toBe(true)
    expect(finds(['a.b'], 'axb')).toBe(false)
    expect(finds(['(tbd)'], 'reason (TBD) later')).toBe(true)
  })

  it('finds letters outside English as whole words too', () => {
    expect(finds(['trop petit'], 'Entreprise trop petite')).toBe(false)
    expect(finds(['größe'], 'Falsche Größe')).toBe(true)
  })
})

describe('regexToKeywords', () => {
  it('reads a plain alternation as its words', () => {
    expect(regexToKeywords('/too small|tiny/')).toEqual(['too small', 'tiny'])
  })

  it('expands groups, optional parts and small classes, ignoring word boundaries', () => {
    expect(regexToKeywords('/\\b(no|not the) (authority|buyer)\\b/')).toEqual([
      'no authority',
      'no buyer',
      'not the authority',
      'not the buyer',
    ])
    expect(regexToKeywords('/already an? customer/i')).toEqual(['already an customer', 'already a customer'])
    expect(regexToKeywords('/decision[ -]?maker/')).toEqual(['decision maker', 'decisionmaker'])
  })

  it.each([
    ['anchors', '/^dq[ -]?size$/'],
    ['a wildcard', '/too.small/'],
    ['repetition', '/no+/'],
    ['a character range', '/[a-z]/'],
    ['a class escape', '/\\d+ employees/'],
    ['a global or multiline flag', '/tiny/m'],
    ['something that can match nothing', '/(tiny)?/'],
    ['a lookahead', '/(?=x)y/'],
    ['too many alternatives', `/(a|b|c|d|e|f|g)(a|b|c|d|e|f|g)/`],
    ['plain words', 'too small'],
  ])('keeps a pattern with %s advanced (null)', (_what, pattern) => {
    expect(regexToKeywords(pattern)).toBeNull()
  })
})
