import { describe, expect, it } from 'vitest'
import { HANDOFF_FIELDS } from '@/domain/handoff'
import { ImportError } from '@/domain/import/errors'
import { autoMapping, detectPreset, normalizeHeader, parseMapping } from '@/domain/import/mapping'

describe('normalizeHeader', () => {
  it('ignores case, spaces, underscores and hyphens', () => {
    expect(new Set(['Booked At', 'booked_at', 'bookedAt', 'BOOKED-AT', ' booked  at '].map(normalizeHeader))).toEqual(
      new Set(['bookedat']),
    )
  })
})

describe('detectPreset', () => {
  it('recognises the template', () => {
    expect(detectPreset(HANDOFF_FIELDS).name).toBe('template')
    expect(detectPreset(['External ID', 'SDR', 'Booked At', 'Status']).name).toBe('template')
  })

  it('recognises a HubSpot deal export', () => {
    expect(detectPreset(['Record ID', 'Deal Name', 'Deal Stage', 'Create Date', 'Deal Owner', 'SDR Owner']).name).toBe(
      'hubspot',
    )
  })

  it('recognises a Salesforce opportunity report', () => {
    expect(
      detectPreset(['Opportunity ID', 'Created Date', 'Owner Name', 'SDR', 'Account Name', 'Employees', 'Stage']).name,
    ).toBe('salesforce')
  })
})

describe('autoMapping', () => {
  it('maps template headers in any spelling', () => {
    expect(autoMapping(['External_Id', 'SDR', 'booked at', 'STATUS']).columns).toEqual({
      externalId: 'External_Id',
      sdr: 'SDR',
      bookedAt: 'booked at',
      status: 'STATUS',
    })
  })

  it('maps a HubSpot export', () => {
    const { columns } = autoMapping([
      'Record ID',
      'Deal Stage',
      'Create Date',
      'SDR Owner',
      'Deal Owner',
      'Associated Company',
      'Amount',
    ])
    expect(columns).toEqual({
      externalId: 'Record ID',
      sdr: 'SDR Owner',
      ae: 'Deal Owner',
      company: 'Associated Company',
      bookedAt: 'Create Date',
      pipelineAmount: 'Amount',
    })
  })

  it('maps a Salesforce export', () => {
    const { columns } = autoMapping([
      'Opportunity ID',
      'Created Date',
      'Owner Name',
      'SDR',
      'Account Name',
      'Employees',
      'Industry',
      'Stage',
    ])
    expect(columns).toEqual({
      externalId: 'Opportunity ID',
      sdr: 'SDR',
      ae: 'Owner Name',
      company: 'Account Name',
      companySize: 'Employees',
      industry: 'Industry',
      bookedAt: 'Created Date',
    })
  })

  it("borrows another preset's header when the chosen preset has none", () => {
    expect(autoMapping(['externalId', 'sdr', 'status', 'Meeting Booked Date']).columns.bookedAt).toBe(
      'Meeting Booked Date',
    )
  })
})

describe('parseMapping', () => {
  it('accepts the documented shape', () => {
    const json = {
      columns: { bookedAt: 'Created', sdr: 'Owner' },
      values: { status: { Won: 'accepted' } },
      dateOrder: 'DMY',
    }
    expect(parseMapping(json)).toEqual(json)
  })

  it('rejects unknown fields and date orders with a readable error', () => {
    expect(() => parseMapping({ columns: { bookedOn: 'x' } })).toThrow(ImportError)
    expect(() => parseMapping({ columns: {}, dateOrder: 'DYM' })).toThrow(/dateOrder/)
  })
})
