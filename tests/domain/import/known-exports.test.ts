import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeBytes } from '../../../src/domain/import/decode'
import { openTextTable } from '../../../src/domain/import/records'
import { HANDOFF_FIELDS } from '../../../src/domain/handoff'
import {
  KNOWN_EXPORTS,
  KNOWN_EXPORT_HEADERS,
  matchesSignature,
  recogniseExport,
} from '../../../src/domain/import/known-exports'
import { normalizeHeader } from '../../../src/domain/import/mapping'

const DIR = join(__dirname, '../../fixtures/import/exports')
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.csv'))
  .map((f) => f.replace(/\.csv$/, ''))

/** The header row as the import finds it: decoded, junk above skipped, known headers counted. */
function headersOf(name: string): string[] {
  const { text } = decodeBytes(new Uint8Array(readFileSync(join(DIR, `${name}.csv`))))
  return openTextTable(text, { isKnownHeader: (h) => KNOWN_EXPORT_HEADERS.has(normalizeHeader(h)) }).headers
}

const truthOf = (name: string): { layout: string; importSource: string } =>
  JSON.parse(readFileSync(join(DIR, `${name}.truth.json`), 'utf8'))

describe('known exports', () => {
  it('has a fixture and a truth file for every layout', () => {
    expect(fixtures.sort()).toEqual(KNOWN_EXPORTS.map((k) => k.id).sort())
  })

  it.each(fixtures)('recognises %s from its headers as its own layout and CRM', (name) => {
    const truth = truthOf(name)
    const known = recogniseExport(headersOf(name))
    expect(known?.id).toBe(truth.layout)
    expect(known?.importSource).toBe(truth.importSource)
  })

  it.each(fixtures)("%s completes no other layout's signature", (name) => {
    const headers = headersOf(name)
    const matching = KNOWN_EXPORTS.filter((k) => matchesSignature(k, headers)).map((k) => k.id)
    expect(matching).toEqual([truthOf(name).layout])
  })

  it.each(fixtures)('every header %s names for a field is in the file', (name) => {
    const present = new Set(headersOf(name).map(normalizeHeader))
    const known = KNOWN_EXPORTS.find((k) => k.id === truthOf(name).layout)!
    const named = Object.values(known.columns)
      .flatMap((v) => (v == null ? [] : typeof v === 'string' ? [v] : v))
      .filter((h) => !present.has(normalizeHeader(h)))
    // Optional report columns a team may add; the fixtures leave these few out on purpose.
    const optional = new Set([
      'Primary Campaign Source',
      'Description',
      'Lead Source',
      'Campaign Source',
      'Reason For Loss',
    ])
    expect(named.filter((h) => !optional.has(h))).toEqual([])
  })

  it('does not take the template CSV header for a CRM', () => {
    expect(recogniseExport([...HANDOFF_FIELDS])).toBeNull()
    expect(recogniseExport(HANDOFF_FIELDS.map((f) => f.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)))).toBeNull()
  })

  it('recognises nothing in an unrelated sheet', () => {
    expect(recogniseExport(['Name', 'Email', 'Phone', 'Stage', 'Owner', 'Created'])).toBeNull()
    expect(recogniseExport([])).toBeNull()
  })

  it('compares headers ignoring case, spaces, underscores and hyphens', () => {
    expect(recogniseExport(['deal_title', 'DEAL STAGE', 'deal-status'])?.id).toBe('pipedrive-deals')
  })

  it('prefers the layout with the longer signature when two are complete', () => {
    const headers = ['Record ID', 'Deal Name', 'Deal Stage', 'Pipeline', 'Deal Owner', 'Stage']
    expect(recogniseExport(headers)?.id).toBe('hubspot-deals')
  })

  it('breaks a tie between equally long signatures by the most columns present', () => {
    // Both Zoho deal layouts' signatures complete; the file has more of the Potentials columns.
    const headers = ['Deal Name', 'Deal Owner', 'Stage', 'Potential Name', 'Potential Owner', 'Created Time', 'Amount']
    expect(recogniseExport(headers)?.id).toBe('zoho-potentials')
  })

  // Header rows of the public samples in ../shared/realdata (headers only; the data is not ours).
  it.each([
    [
      'zoho-potentials',
      'Potential Name,Potential Owner,Created Time,Closing Date,Amount,Expected Revenue,Stage,Forecast Type,Type,Lead Source,Probability,Age in Days,Age Tier,Amount Tier,LEADID,Tasks Involved,Events Involved,Calls Involved,Activities Involved,Campaign Id',
    ],
    [
      'zoho-events',
      'EVENTID,Event Owner,Event Owner Id,Subject,Start DateTime,End DateTime,Created Time,Modified Time,CONTACTID,ACCOUNTID,POTENTIALID,LEADID,Who Id Id,What Id,SEMODULE',
    ],
    [
      'zoho-leads',
      'LEADID,Last Name,Company,Lead Owner,Email,Mobile,Website,Industry,Lead Source,Lead Status,Created Time,CONVERTED,month_Created Time1',
    ],
  ])('recognises the public %s sample header', (id, header) => {
    expect(recogniseExport(header.split(','))?.id).toBe(id)
  })

  it.each([
    'Task Owner,Subject,Created Time,Due Date,Status,Modified Time',
    'TASKID,Call Start Time,Call Duration (in seconds),Call Owner,Call Owner Id,Subject,Call Type,Call Purpose,Billable,Created Time,Modified Time,CONTACTID,ACCOUNTID,POTENTIALID,LEADID,Call Duration (in minutes),Who Id Id,What Id,SEMODULE',
    'OpportunityId,CreatedDate,created_by_id,IsAccepted,AcceptedDecisionDate,Amount,OwnerEmployeeId,',
    'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value',
  ])('recognises no layout in the sample header %s', (header) => {
    expect(recogniseExport(header.split(','))).toBeNull()
  })

  it('gives every layout a lower-case CRM name, a unique id and a signature', () => {
    expect(new Set(KNOWN_EXPORTS.map((k) => k.id)).size).toBe(KNOWN_EXPORTS.length)
    for (const k of KNOWN_EXPORTS) {
      expect(k.importSource).toMatch(/^[a-z]+$/)
      expect(k.signature.length).toBeGreaterThanOrEqual(3)
    }
  })

  it('maps every stage value to a handoff status', () => {
    for (const k of KNOWN_EXPORTS) {
      for (const status of Object.values(k.values?.status ?? {})) {
        expect(['accepted', 'rejected', 'pending']).toContain(status)
      }
    }
  })
})

describe('recognition that never guesses', () => {
  it('names no layout for a Google Sheets tracker, however many HubSpot aliases it shares', async () => {
    const { recognise } = await import('../../../src/domain/import/known-exports')
    const r = recognise(['Date Booked', 'SDR', 'AE', 'Company', 'AE Decision', 'Deal Stage'])
    expect(r.known).toBeNull()
  })

  it('says which layout a file resembles when part of its signature is missing', async () => {
    const { recognise, resemblanceNote } = await import('../../../src/domain/import/known-exports')
    const r = recognise(['(Do Not Modify) Opportunity', '(Do Not Modify) Modified On', 'Topic', 'Owner', 'Created On'])
    expect(r).toEqual({
      known: null,
      resembles: { label: 'Dynamics 365 Export to Excel: opportunities', missing: ['(Do Not Modify) Row Checksum'] },
    })
    expect(resemblanceNote(r)).toMatch(/looks like a Dynamics 365 .* has no "\(Do Not Modify\) Row Checksum" column/)
  })

  it('reads a Copper export as Copper and a Dynamics workbook as Dynamics, not as a preset they overlap', () => {
    expect(recogniseExport(headersOf('copper-opportunities'))?.importSource).toBe('copper')
    expect(recogniseExport(headersOf('dynamics-opportunities'))?.importSource).toBe('dynamics')
  })
})
