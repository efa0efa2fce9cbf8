import { describe, expect, it } from 'vitest'
import { firstProperNoun } from '@/domain/text/proper-nouns'

describe('firstProperNoun', () => {
  it('finds a CamelCase tool, an acronym and a capitalised company mid-sentence', () => {
    expect(firstProperNoun('they moved to HubSpot last year')).toBe('HubSpot')
    expect(firstProperNoun('runs everything on SAP today')).toBe('SAP')
    expect(firstProperNoun('already signed with Gong, sorry')).toBe('Gong')
  })

  it('does not take the first word of a sentence or of a line for a name', () => {
    expect(firstProperNoun('Not a fit. Wrong timing')).toBeNull()
    expect(firstProperNoun('wants to wait\nMaybe next year')).toBeNull()
  })

  it('does not count jargon, placeholders or praise as names', () => {
    expect(firstProperNoun('a good ICP fit for our SMB SaaS motion, Great call')).toBeNull()
    expect(firstProperNoun('budget is TBD and authority Unknown')).toBeNull()
  })

  it("ignores the words it is told to, such as the prospect's own company", () => {
    expect(firstProperNoun('fits because Acme is growing', new Set(['acme']))).toBeNull()
  })

  it('strips quotes and punctuation around a name', () => {
    expect(firstProperNoun('they said “Salesforce” twice')).toBe('Salesforce')
  })
})
