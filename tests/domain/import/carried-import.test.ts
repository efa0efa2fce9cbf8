import { describe, expect, it } from 'vitest'
import { importText } from './helpers'

const HEADER = 'Opportunity ID,Owner,Created Date,Status,Notes'

describe('what an import carried', () => {
  it('lists the fields the file had a column for', async () => {
    const parsed = await importText('externalId,sdr,bookedAt,status,companySize\nA-1,Ana,2026-11-17,accepted,120\n')
    expect(parsed.carried).toEqual(['externalId', 'sdr', 'companySize', 'bookedAt', 'status'])
  })

  it('carries every template field for the whole import once one note uses the template', async () => {
    const parsed = await importText(
      [
        'externalId,sdr,bookedAt,status,crmNotes',
        'A-1,Ana,2026-11-17,accepted,"Trigger: new CFO\nBudget: approved"',
        'A-2,Raj,2026-11-17,pending,Interested',
      ].join('\n'),
    )
    expect(parsed.templateNotes).toBe(1)
    expect(parsed.carried).toEqual(
      expect.arrayContaining([
        'crmNotes',
        'discoverySummary',
        'icpFit',
        'triggerEvent',
        'timing',
        'techStack',
        'budgetSignal',
        'recordingUrl',
        'contactInfluence',
      ]),
    )
  })

  it('carries no package field when no note uses the template', async () => {
    const parsed = await importText('externalId,sdr,bookedAt,status,crmNotes\nA-1,Ana,2026-11-17,accepted,Wants demo\n')
    expect(parsed.carried).not.toContain('discoverySummary')
    expect(parsed.templateNotes).toBe(0)
  })
})

describe('a note-template file', () => {
  const note = [
    'Called Dana on Monday.',
    'Discovery: "We lose two days a month"',
    'ICP fit: 180 staff, logistics',
    'Trigger: new CFO in October',
    'Timing: before Q1',
    'Stack: NetSuite',
    'Budget: approved for Q1',
    'Influence: decision maker',
  ].join('\n')

  it('fills the package from the notes', async () => {
    const parsed = await importText(`${HEADER}\nA-1,Ana,2026-11-17,accepted,"${note.replace(/"/g, '""')}"\n`, {
      mapping: {
        columns: {
          externalId: 'Opportunity ID',
          sdr: 'Owner',
          bookedAt: 'Created Date',
          status: 'Status',
          crmNotes: 'Notes',
        },
      },
    })
    expect(parsed.rejected).toEqual([])
    expect(parsed.handoffs[0]!.handoff).toMatchObject({
      crmNotes: 'Called Dana on Monday.',
      discoverySummary: '"We lose two days a month"',
      icpFit: '180 staff, logistics',
      triggerEvent: 'new CFO in October',
      timing: 'before Q1',
      techStack: 'NetSuite',
      budgetSignal: 'approved for Q1',
      contactInfluence: 'decision_maker',
    })
  })

  it('lets a mapped column win over the note when its cell is not empty', async () => {
    const parsed = await importText(
      [
        'externalId,sdr,bookedAt,status,crmNotes,techStack',
        'A-1,Ana,2026-11-17,accepted,"Stack: from the note",HubSpot',
        'A-2,Ana,2026-11-17,accepted,"Stack: from the note",',
      ].join('\n'),
    )
    expect(parsed.handoffs.map((h) => h.handoff.techStack)).toEqual(['HubSpot', 'from the note'])
  })
})
