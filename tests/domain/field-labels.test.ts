import { describe, expect, it } from 'vitest'
import { FIELD_LABELS, fieldInSentence, fieldLabel } from '@/domain/field-labels'
import type { HandoffField } from '@/domain/handoff'

describe('field labels', () => {
  it('names a field by its label, and a name it does not know as given', () => {
    expect(fieldLabel('bookedAt')).toBe('Booked at')
    expect(fieldLabel('Owner')).toBe('Owner')
    expect(fieldLabel('__proto__')).toBe('__proto__')
  })

  it('lowers a label inside a sentence but keeps its acronyms', () => {
    expect(fieldInSentence('discoverySummary')).toBe('discovery summary')
    expect(fieldInSentence('crmNotes')).toBe('CRM notes')
    expect(fieldInSentence('icpFit')).toBe('ICP fit')
    expect(fieldInSentence('recordingUrl')).toBe('recording URL')
    expect(fieldInSentence('aeFeedback')).toBe('AE feedback')
  })

  it('gives every field a sentence label that differs from its label only in case', () => {
    for (const field of Object.keys(FIELD_LABELS) as HandoffField[]) {
      expect(fieldInSentence(field).toLowerCase()).toBe(FIELD_LABELS[field].toLowerCase())
    }
  })
})
