import { describe, expect, it } from 'vitest'
import { HANDOFF_FIELDS } from '@/domain/handoff'
import {
  ALL_CARRIED,
  CARRIED_FIELDS,
  carriedFieldsOf,
  carriedMaskOf,
  isCarried,
  notAssessedFields,
  notCarriedByAny,
  notCarriedBySome,
  notCarriedMessage,
  notCarriedPhrase,
} from '@/domain/carried'

const checklist = ['crmNotes', 'discoverySummary', 'icpFit', 'triggerEvent', 'techStack', 'budgetSignal'] as const

describe('carried fields', () => {
  it('has one bit for every Handoff field, in a 31-bit integer', () => {
    expect([...CARRIED_FIELDS].sort()).toEqual([...HANDOFF_FIELDS].sort())
    expect(CARRIED_FIELDS.length).toBeLessThanOrEqual(31)
    expect(ALL_CARRIED).toBeGreaterThan(0)
  })

  it('reads back the fields a mask was made of, in the fixed order', () => {
    const mask = carriedMaskOf(['techStack', 'sdr', 'bookedAt'])
    expect(carriedFieldsOf(mask)).toEqual(['sdr', 'bookedAt', 'techStack'])
    expect(isCarried(mask, 'sdr')).toBe(true)
    expect(isCarried(mask, 'discoverySummary')).toBe(false)
  })

  it('counts a handoff without a mask as carrying everything', () => {
    expect(isCarried(undefined, 'discoverySummary')).toBe(true)
    expect(notAssessedFields(undefined, checklist)).toEqual([])
  })

  it('lists the checklist fields a mask did not carry in the checklist order', () => {
    const mask = carriedMaskOf(['crmNotes', 'icpFit', 'sdr', 'bookedAt'])
    expect(notAssessedFields(mask, checklist)).toEqual([
      'discoverySummary',
      'triggerEvent',
      'techStack',
      'budgetSignal',
    ])
  })

  it('says which fields no handoff of a set carried', () => {
    const withDiscovery = { carried: carriedMaskOf(['crmNotes', 'discoverySummary']) }
    const without = { carried: carriedMaskOf(['crmNotes']) }
    expect(notCarriedByAny([withDiscovery, without], ['crmNotes', 'discoverySummary', 'techStack'])).toEqual([
      'techStack',
    ])
    expect(notCarriedBySome([withDiscovery, without], ['crmNotes', 'discoverySummary', 'techStack'])).toEqual([
      'discoverySummary',
      'techStack',
    ])
    expect(notCarriedByAny([withDiscovery, {}], ['techStack'])).toEqual([])
  })

  it('says once what the export lacks and what to do about it', () => {
    expect(notCarriedMessage(['discoverySummary'])).toMatch(
      /^Your export has no Discovery summary column: add it to the report, or use the handoff note template/,
    )
    expect(notCarriedMessage(['discoverySummary', 'techStack', 'budgetSignal'])).toMatch(
      /^Your export has no Discovery summary, Tech stack and Budget signal columns: add them/,
    )
    expect(notCarriedMessage([])).toBeNull()
    expect(notCarriedPhrase(['discoverySummary'])).toBe('this export has no discovery summary')
  })
})
