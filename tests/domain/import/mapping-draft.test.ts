import { describe, expect, it } from 'vitest'
import { choiceFor, decisionList, draftFromMapping, draftToMapping } from '@/domain/import/mapping-draft'

const inspection = {
  headers: ['Stage', 'Notes'],
  columns: ['Stage', 'Notes'],
  distinct: {
    Stage: {
      values: [
        { value: 'Meeting Booked', count: 3 },
        { value: 'Closed Lost', count: 2 },
        { value: 'Demo Ready', count: 1 },
      ],
      isTruncated: false,
    },
    Notes: { values: [], isTruncated: false },
  },
}

describe('the mapping draft', () => {
  it('lists every stage value with the decision it is imported as, unknown ones as unrecognised', () => {
    const { draft } = draftFromMapping(
      { columns: { status: 'Stage' }, values: { status: { 'Meeting Booked': 'pending', 'Closed Lost': 'rejected' } } },
      inspection,
    )
    expect(decisionList(inspection, draft)).toEqual([
      { value: 'Meeting Booked', count: 3, decision: 'pending' },
      { value: 'Closed Lost', count: 2, decision: 'rejected' },
      { value: 'Demo Ready', count: 1, decision: 'unrecognised' },
    ])
  })

  it('keeps "not in this export" and several columns through a round trip', () => {
    const mapping = { columns: { discoverySummary: null, crmNotes: ['Notes', 'Stage'] } }
    const { draft } = draftFromMapping(mapping, inspection)
    expect(draftToMapping(draft, inspection).columns).toEqual(mapping.columns)
  })
})

describe('choiceFor', () => {
  it('reads a stage in another case the way the import will', () => {
    const draft = { valueChoices: { status: { 'Closed Lost': 'rejected' } } } as never
    expect(choiceFor(draft, 'status', 'closed lost')).toBe('rejected')
    expect(choiceFor(draft, 'status', ' CLOSED LOST ')).toBe('rejected')
  })

  it('is not fooled by a raw value named like an object property', () => {
    expect(choiceFor({ valueChoices: { status: {} } } as never, 'status', '__proto__')).toBe('')
  })
})

describe('status words', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('does not take %s for a decision', (raw) => {
    expect(choiceFor({ valueChoices: { status: {} } } as never, 'status', raw)).toBe('')
  })
})
