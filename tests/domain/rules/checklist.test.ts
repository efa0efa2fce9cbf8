import { describe, expect, it } from 'vitest'
import { emptyHandoff, type Handoff } from '@/domain/handoff'
import { defaultSettings } from '@/domain/settings'
import { isIncomplete, MASKED_FIELDS, missingFields, missingMask, preparePlaceholders } from '@/domain/rules/checklist'

const settings = defaultSettings('UTC')

const complete = (overrides: Partial<Handoff> = {}): Handoff => ({
  ...emptyHandoff({ externalId: 'h1', sdr: 'Sam', bookedAt: '2026-11-16' }),
  crmNotes: 'Spoke with Dana, VP Ops',
  discoverySummary: '"We lose two days a month reconciling by hand"',
  icpFit: '180 employees, logistics, uses NetSuite',
  triggerEvent: 'New CFO started in October',
  techStack: 'NetSuite, Excel',
  budgetSignal: 'Budget approved for Q1',
  ...overrides,
})

describe('missingFields', () => {
  it('finds nothing missing in a complete package', () => {
    expect(missingFields(complete(), settings)).toEqual([])
  })

  it.each([
    ['', 'empty'],
    ['   ', 'blank after trimming'],
    ['-', 'a dash'],
    ['--', 'two dashes'],
    ['N/A', 'N/A in capitals'],
    ['na', 'na'],
    ['TBD', 'TBD'],
    ['tba', 'tba'],
    ['?', 'a question mark'],
    ['Select', '"Select" left from a picklist'],
    ['NULL', 'NULL'],
    ['  Unknown  ', 'Unknown with spaces around it'],
  ])('counts techStack %j as missing (%s)', (value) => {
    expect(missingFields(complete({ techStack: value }), settings)).toEqual(['techStack'])
  })

  it('keeps text that merely contains a placeholder word', () => {
    expect(missingFields(complete({ techStack: 'unknown CRM, uses Excel' }), settings)).toEqual([])
  })

  it('lists every missing field in the order the settings require them', () => {
    const h = complete({ budgetSignal: 'tbd', crmNotes: '', icpFit: 'n/a' })
    expect(missingFields(h, settings)).toEqual(['crmNotes', 'icpFit', 'budgetSignal'])
  })

  it('uses the configured required fields and placeholders', () => {
    const custom = { requiredFields: ['timing', 'companySize', 'triggerCategory'] as const, placeholders: ['pending'] }
    const h = complete({ timing: 'PENDING', companySize: null, triggerCategory: null })
    expect(missingFields(h, { ...custom, requiredFields: [...custom.requiredFields] })).toEqual([
      'timing',
      'companySize',
      'triggerCategory',
    ])
  })

  it('counts a number as present, even 0, and null as missing', () => {
    const checklist = { requiredFields: ['companySize' as const], placeholders: [] }
    expect(missingFields(complete({ companySize: 0 }), checklist)).toEqual([])
    expect(missingFields(complete({ companySize: null }), checklist)).toEqual(['companySize'])
  })
})

describe('isIncomplete', () => {
  it('is false for a complete package and true when any required field is missing', () => {
    expect(isIncomplete(complete(), settings)).toBe(false)
    expect(isIncomplete(complete({ triggerEvent: '?' }), settings)).toBe(true)
  })
})

describe('missingMask', () => {
  const placeholders = preparePlaceholders(settings.placeholders)

  it('sets the bit of each missing field, in the order the checklist lists them', () => {
    const fields = settings.requiredFields
    const h = complete({ [fields[0]!]: '  ', [fields[2]!]: 'TBD' })
    expect(missingMask(h, fields, placeholders)).toBe(0b101)
    expect(missingFields(h, settings)).toEqual([fields[0], fields[2]])
  })

  it('is 0 for a complete package', () => {
    expect(missingMask(complete(), settings.requiredFields, placeholders)).toBe(0)
  })

  it('describes at most MASKED_FIELDS fields', () => {
    const many = Array.from({ length: MASKED_FIELDS + 5 }, () => 'crmNotes' as const)
    expect(missingMask(complete({ crmNotes: '' }), many, placeholders)).toBe(2 ** MASKED_FIELDS - 1)
  })
})
