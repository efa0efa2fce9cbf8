import { describe, expect, it } from 'vitest'
import { AmbiguousDateOrderError, ImportError, UndecidedDecisionError } from '@/domain/import/errors'
import { parseMapping } from '@/domain/import/mapping'
import { mappingSummary } from '@/domain/import/report-summary'
import { importText } from './helpers'

describe('a mapping that says a field is not in this export (null)', () => {
  it('never matches that field by its header name', async () => {
    const p = await importText('sdr,bookedAt,status,discoverySummary\nAna,2026-11-16,accepted,Pain\n', {
      mapping: { columns: { discoverySummary: null } },
    })
    expect(p.handoffs[0]!.handoff.discoverySummary).toBe('')
  })

  it('records the field as not carried', async () => {
    const p = await importText('sdr,bookedAt,status,discoverySummary\nAna,2026-11-16,accepted,Pain\n', {
      mapping: { columns: { discoverySummary: null } },
    })
    expect(p.carried).not.toContain('discoverySummary')
    expect(p.mapping.columns.discoverySummary).toBeNull()
  })
})

describe('a field read from several columns', () => {
  const PIPEDRIVE = [
    'Deal - ID,Deal - Creator,Deal - Deal created,Deal - Status,Deal - Stage',
    '1,Ana,2026-11-16,Lost,Meeting Booked',
    '2,Ana,2026-11-16,Open,SQL - Accepted',
    '3,Ana,2026-11-16,Open,Meeting Booked',
    '4,Ana,2026-11-16,Won,Demo',
  ].join('\n')
  const mapping = {
    columns: {
      externalId: 'Deal - ID',
      sdr: 'Deal - Creator',
      bookedAt: 'Deal - Deal created',
      status: ['Deal - Status', 'Deal - Stage'],
    },
    values: { status: { Lost: 'rejected', 'SQL - Accepted': 'accepted', 'Meeting Booked': 'pending' } },
  }

  it('lets the first cell found in the value map decide the status', async () => {
    const p = await importText(PIPEDRIVE, { mapping })
    expect(p.handoffs.slice(0, 3).map((h) => h.handoff.status)).toEqual(['rejected', 'accepted', 'pending'])
  })

  it('falls back to the built-in words cell by cell when no cell is in the map', async () => {
    const p = await importText(PIPEDRIVE.replace('Won,Demo', 'Demo,yes'), { mapping })
    expect(p.handoffs[3]!.handoff.status).toBe('accepted')
  })

  it('rejects the row naming the value when nothing recognises any cell', async () => {
    const p = await importText(PIPEDRIVE, { mapping })
    expect(p.rejected.map((r) => r.line)).toEqual([5])
    expect(p.rejected[0]!.errors[0]).toMatch(/"Won" is not a known decision: map it on the mapping screen/)
  })

  it('joins the non-empty cells of a text field with a blank line', async () => {
    const p = await importText('sdr,bookedAt,Pain,Notes\nAna,2026-11-16,Slow close,Call back\nAna,2026-11-17,,Only\n', {
      mapping: { columns: { crmNotes: ['Pain', 'Notes'] } },
    })
    expect(p.handoffs.map((h) => h.handoff.crmNotes)).toEqual(['Slow close\n\nCall back', 'Only'])
  })

  it('refuses several columns for a field that can only have one, naming it', () => {
    expect(() => parseMapping({ columns: { bookedAt: ['Created', 'Booked'] } })).toThrow(ImportError)
    expect(() => parseMapping({ columns: { bookedAt: ['Created', 'Booked'] } })).toThrow(/bookedAt/)
  })
})

describe('a bare "Status" column', () => {
  const TASKS =
    'Task Owner,Subject,Created Time,Status\nAna,Call,2026-11-16,Completed\nBo,Call,2026-11-17,Not Started\n'

  it('stops the import, naming it, when the mapping leaves status out', async () => {
    const error = await importText(TASKS, {
      mapping: { columns: { sdr: 'Task Owner', bookedAt: 'Created Time' } },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UndecidedDecisionError)
    expect((error as UndecidedDecisionError).column).toBe('Status')
  })

  it('is not the AE decision once the mapping says the export has none: status is then not carried', async () => {
    const p = await importText(TASKS, {
      mapping: { columns: { sdr: 'Task Owner', bookedAt: 'Created Time', status: null } },
    })
    expect(p.rejected).toEqual([])
    expect(p.handoffs.map((h) => h.handoff.status)).toEqual(['pending', 'pending'])
    expect(p.carried).not.toContain('status')
  })

  it('is the handoff status in the app template', async () => {
    const p = await importText('sdr,bookedAt,Status\nAna,2026-11-16,accepted\n')
    expect(p.handoffs[0]!.handoff.status).toBe('accepted')
  })

  it('is the handoff status when the mapping names it', async () => {
    const p = await importText(TASKS, {
      mapping: {
        columns: { sdr: 'Task Owner', bookedAt: 'Created Time', status: 'Status' },
        values: { status: { Completed: 'accepted', 'Not Started': 'pending' } },
      },
    })
    expect(p.handoffs.map((h) => h.handoff.status)).toEqual(['accepted', 'pending'])
  })
})

describe('a recognised export with a stage column', () => {
  const SALESFORCE = [
    'Opportunity Owner,Created By,Account Name,Opportunity Name,Stage,Created Date,Close Date,Amount',
    'Raj Singh,Lena Ortiz,Acme,Acme deal,Prospecting,11/16/2026,12/31/2026,100',
    'Raj Singh,Lena Ortiz,Beta,Beta deal,Closed Lost,11/17/2026,12/31/2026,100',
    'Raj Singh,Lena Ortiz,Gamma,Gamma deal,Needs Analysis,11/18/2026,12/31/2026,100',
    'Raj Singh,Lena Ortiz,Delta,Delta deal,Demo Ready,11/19/2026,12/31/2026,100',
  ].join('\n')

  it("reads the AE's decision through the CRM's stage names", async () => {
    const p = await importText(SALESFORCE)
    expect(p.importSource).toBe('salesforce')
    expect(p.handoffs.map((h) => h.handoff.status)).toEqual(['pending', 'rejected', 'accepted'])
  })

  it('rejects a stage nothing recognises, naming the value', async () => {
    const p = await importText(SALESFORCE)
    expect(p.rejected).toMatchObject([
      { line: 5, errors: ['Stage "Demo Ready" is not a known decision: map it on the mapping screen'] },
    ])
  })
})

describe('report footers', () => {
  it.each([
    'Copyright © 2000-2025 salesforce.com, inc. All rights reserved.',
    '"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."',
    '© 2026 Salesforce, Inc. All rights reserved',
  ])('skips %s as a footer, not a row', async (footer) => {
    const p = await importText(`sdr,bookedAt,status\nAna,2026-11-16,accepted\n\n${footer}\n`)
    expect(p.rows).toBe(1)
    expect(p.skipped.map((s) => s.reason)).toContain('report footer')
  })
})

describe('the remembered date order', () => {
  const AMBIGUOUS = 'sdr,bookedAt,status\nAna,03/04/2026,accepted\nBo,05/06/2026,accepted\n'

  it('is never applied without asking: an all-ambiguous column stops with the saved order and an example', async () => {
    const error = await importText(AMBIGUOUS, { rememberedDateOrder: 'DMY' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AmbiguousDateOrderError)
    expect(error).toMatchObject({ field: 'bookedAt', column: 'bookedAt', example: '03/04/2026', remembered: 'DMY' })
  })

  it('still detects the order when the values prove it', async () => {
    const p = await importText('sdr,bookedAt,status\nAna,03/14/2026,accepted\n', { rememberedDateOrder: 'DMY' })
    expect(p.handoffs[0]!.handoff.bookedAt).toBe('2026-03-14')
  })

  it('stops to ask without one', async () => {
    await expect(importText(AMBIGUOUS)).rejects.toBeInstanceOf(AmbiguousDateOrderError)
  })
})

describe('the one-line mapping summary', () => {
  it('counts the fields said to be not in this export apart from the mapped ones', () => {
    expect(mappingSummary({ columns: { sdr: 'Owner', bookedAt: 'Created', discoverySummary: null } })).toBe(
      '2 columns mapped · 1 not in this export',
    )
  })
})

describe('the decision read from several status columns, for the one confirmation', () => {
  it('lists each combination of cells with its rows and the decision the rows really got', async () => {
    const csv = [
      'Deal ID,Owner,Created,Deal - Status,Deal - Stage',
      '1,Ana,2026-11-23,Open,SQL - Accepted',
      '2,Ana,2026-11-23,Won,Negotiation',
      '3,Ana,2026-11-24,Open,SQL - Accepted',
      '4,Ana,2026-11-24,,Mystery stage',
    ].join('\n')
    const parsed = await importText(csv, {
      mapping: {
        columns: {
          externalId: 'Deal ID',
          sdr: 'Owner',
          bookedAt: 'Created',
          status: ['Deal - Status', 'Deal - Stage'],
        },
        values: { status: { Won: 'accepted', Lost: 'rejected' } },
      },
    })
    expect(parsed.statusCombinations).toEqual([
      { value: 'Open · SQL - Accepted', count: 2, decision: 'pending' },
      { value: 'Won · Negotiation', count: 1, decision: 'accepted' },
      { value: 'Mystery stage', count: 1, decision: 'unrecognised' },
    ])
  })
})
