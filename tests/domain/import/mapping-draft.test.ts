import { describe, expect, it } from 'vitest'
import { decisionList, draftFromMapping, draftToMapping } from '@/domain/import/mapping-draft'

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
