import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  formatNote,
  NOTE_FIELDS,
  NOTE_TEMPLATE,
  parseNote,
  TEMPLATE_FIELDS,
  type NoteField,
} from '@/domain/import/note-template'

describe('reading a handoff note', () => {
  it('reads each labelled section into its field', () => {
    const note = [
      'Discovery: "We lose two days a month"',
      'ICP fit: 180 staff, logistics',
      'Trigger: new CFO in October',
      'Timing: before Q1',
      'Tech stack: NetSuite',
      'Budget: approved for Q1',
      'Influence: decision maker',
      'Recording: https://rec.example/1',
    ].join('\n')
    expect(parseNote(note)).toEqual({
      usesTemplate: true,
      fields: {
        discoverySummary: '"We lose two days a month"',
        icpFit: '180 staff, logistics',
        triggerEvent: 'new CFO in October',
        timing: 'before Q1',
        techStack: 'NetSuite',
        budgetSignal: 'approved for Q1',
        contactInfluence: 'decision maker',
        recordingUrl: 'https://rec.example/1',
        crmNotes: '',
      },
    })
  })

  it('runs a label to the next label line, over several lines, trimmed', () => {
    const { fields } = parseNote('Discovery:\n  first line\nsecond line  \n\nStack: HubSpot')
    expect(fields.discoverySummary).toBe('first line\nsecond line')
    expect(fields.techStack).toBe('HubSpot')
  })

  it('makes crmNotes from the text before the first label and the Notes section', () => {
    const { fields } = parseNote('Called Dana on Monday.\nNotes: wants a call back\nBudget: 20k')
    expect(fields.crmNotes).toBe('Called Dana on Monday.\n\nwants a call back')
    expect(fields.budgetSignal).toBe('20k')
  })

  it('matches the short forms and the field names ignoring case, spaces, underscores and hyphens', () => {
    const { fields } = parseNote('why icp: fits\nTRIGGER_EVENT: funding\ntech-stack: Excel\nbudget signal: yes')
    expect(fields).toMatchObject({ icpFit: 'fits', triggerEvent: 'funding', techStack: 'Excel', budgetSignal: 'yes' })
  })

  it('leaves an ordinary note alone', () => {
    expect(parseNote('Interested, wants demo')).toEqual({ usesTemplate: false, fields: {} })
    expect(parseNote('Status: call back at 10:30')).toEqual({ usesTemplate: false, fields: {} })
  })

  it('reads a CRLF note like an LF one', () => {
    expect(parseNote('Trigger: funding\r\nBudget: 10k').fields).toMatchObject({
      triggerEvent: 'funding',
      budgetSignal: '10k',
    })
  })

  it('offers a template whose labels are the template fields', () => {
    const { usesTemplate, fields } = parseNote(NOTE_TEMPLATE)
    expect(usesTemplate).toBe(true)
    expect(Object.keys(fields).sort()).toEqual([...TEMPLATE_FIELDS].sort())
  })
})

/** Text no line of which starts with a label: no colon at all, no CR, trimmed. */
const text = fc
  .array(fc.stringMatching(/^[A-Za-z0-9 "',.!?$%()/-]{0,30}$/), { minLength: 1, maxLength: 4 })
  .map((lines) => lines.join('\n').trim())
  .filter((t) => t !== '')

describe('a package written as a note', () => {
  it('reads back to the same fields', () => {
    const fieldsArb = fc.dictionary(fc.constantFrom(...NOTE_FIELDS), text) as fc.Arbitrary<
      Partial<Record<NoteField, string>>
    >
    fc.assert(
      fc.property(fieldsArb, (fields) => {
        fc.pre(Object.keys(fields).length > 0)
        const parsed = parseNote(formatNote(fields))
        expect(parsed.usesTemplate).toBe(true)
        expect(parsed.fields).toEqual({ crmNotes: '', ...fields })
      }),
    )
  })
})
