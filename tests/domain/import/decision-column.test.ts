import { describe, expect, it } from 'vitest'
import { inspectExport } from '@/domain/import/inspect'
import { UndecidedDecisionError } from '@/domain/import/errors'
import { isDecisionHeader, knownDecision, proposeDecision } from '@/domain/import/decision-column'
import { NO_DECISION_NOTE } from '@/domain/import/pipeline'
import { importText, utf8 } from './helpers'

const inspect = (text: string) => inspectExport({ fileName: 'x.csv', bytes: utf8(text) })

const SDR_SETS = [
  'Opportunity Name,Account Name,SDR,AE,Stage,Created Date',
  'Acme - New Biz,Acme,Lena,Raj,SQL - Accepted,11/16/2026',
  'Beta - New Biz,Beta,Tom,Raj,Closed Lost,11/17/2026',
  'Gamma - New Biz,Gamma,Lena,Jo,Meeting Set,11/18/2026',
].join('\n')

describe('a column that could decide', () => {
  it('is told by its header: stage, status, decision, accepted, outcome', () => {
    expect(
      ['Stage', 'deal_stage', 'AE Decision', 'Accepted?', 'IsAccepted', 'Lead Status', 'Outcome'].map(isDecisionHeader),
    ).toEqual([true, true, true, true, true, true, true])
    expect(
      ['Disqualified Reason', 'Company', 'Status Date Notes'.slice(0, 0) || 'Notes'].map(isDecisionHeader),
    ).toEqual([false, false, false])
  })

  it('reads blank as pending and knows the SDR stages teams add to any CRM', () => {
    expect(['', 'SQL - Accepted', 'Closed Lost', 'Meeting Set', 'Yes', 'Maybe'].map(knownDecision)).toEqual([
      'pending',
      'accepted',
      'rejected',
      'pending',
      'accepted',
      null,
    ])
  })

  it('is read through known decision words when every value is one', async () => {
    const proposal = proposeDecision(await inspect(SDR_SETS), { columns: {} })
    expect(proposal).toEqual({
      kind: 'use',
      column: 'Stage',
      header: 'Stage',
      values: { 'SQL - Accepted': 'accepted', 'Closed Lost': 'rejected', 'Meeting Set': 'pending' },
    })
  })

  it('imports a Salesforce SDR Sets report with the proposed mapping: Stage decides, the AE is filled', async () => {
    const p = await importText(SDR_SETS)
    expect(p.handoffs.map((h) => [h.handoff.status, h.handoff.ae])).toEqual([
      ['accepted', 'Raj'],
      ['rejected', 'Raj'],
      ['pending', 'Jo'],
    ])
    expect(p.carried).toContain('status')
    expect(p.importSource).toBe('custom')
  })

  it("reads a Spanish tracker's Estado column of Aceptada / Rechazada / Pendiente with the proposed mapping", async () => {
    const text = [
      'Fecha agendada;SDR;AE;Estado',
      '21/10/2026;Marta;Elena;Aceptada',
      '21/10/2026;Marta;Javier;Rechazada',
      '22/10/2026;Pablo;Elena;Pendiente',
    ].join('\n')
    const p = await importText(text, { mapping: { columns: { bookedAt: 'Fecha agendada' } } })
    expect(p.handoffs.map((h) => h.handoff.status)).toEqual(['accepted', 'rejected', 'pending'])
    expect(p.carried).toContain('status')
    expect(['Estado', 'Etapa', 'Situação', 'Esito', 'Beslissing'].map(isDecisionHeader)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ])
  })

  it('is asked about, listing its values, when one of them is no known decision', async () => {
    const text =
      'Name,Subitems,Item ID,SDR,Date Booked,Status\nAcme,,1,Lena,2026-11-16,Done\nBeta,,2,Tom,2026-11-17,Working on it\n'
    const proposal = proposeDecision(await inspect(text), { columns: {} })
    expect(proposal).toMatchObject({
      kind: 'ask',
      header: 'Status',
      values: [
        { value: 'Done', count: 1, decision: null },
        { value: 'Working on it', count: 1, decision: null },
      ],
    })
    const error = await importText(text).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UndecidedDecisionError)
    expect((error as Error).message).toMatch(
      /^Column "Status" could hold the AE's decision, but "Done", "Working on it"/,
    )
  })

  it('is found by its values when its header says nothing ("Result" of a tracker is named for it anyway)', async () => {
    const text = 'Date Booked,SDR,Verdict\n2026-11-16,Lena,Accepted\n2026-11-17,Tom,Rejected\n'
    expect(proposeDecision(await inspect(text), { columns: {} })).toMatchObject({ kind: 'use', header: 'Verdict' })
  })

  it('never takes a yes/no column for a decision by its values alone ("Do Not Call")', async () => {
    const text = 'Date Booked,SDR,Do Not Call\n2026-11-16,Lena,Yes\n2026-11-17,Tom,No\n'
    expect(proposeDecision(await inspect(text), { columns: {} })).toEqual({ kind: 'none' })
    const p = await importText(text)
    expect(p.carried).not.toContain('status')
  })

  it('asks nothing once the mapping says the export has no decision column', async () => {
    expect(proposeDecision(await inspect(SDR_SETS), { columns: { status: null } })).toEqual({ kind: 'none' })
  })

  it('stops the parse, naming the column, rather than import every row pending', async () => {
    const error = await importText(SDR_SETS.replace('Meeting Set', 'Demo Ready')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UndecidedDecisionError)
    expect((error as UndecidedDecisionError).column).toBe('Stage')
  })
})

describe('a meetings export with no decision column', () => {
  it('does not carry status: the file holds bookings, not decisions', async () => {
    const text = [
      'Record ID,Meeting name,Meeting outcome,Activity assigned to,Created by,Create date',
      '1,Acme intro,Completed,Raj,Lena,2026-11-16 10:00',
      '2,Beta intro,No show,Raj,Tom,2026-11-17 10:00',
    ].join('\n')
    const p = await importText(text)
    expect(p.importSource).toBe('hubspot')
    expect(p.carried).not.toContain('status')
    expect(p.carried).not.toContain('respondedAt')
    expect(p.carried).toContain('outcome')
  })
})

describe('an import with no decision column', () => {
  it('says once that its rows are bookings whose acceptance is not assessed', async () => {
    const p = await importText('Date Booked,SDR,Company\n2026-11-16,Lena,Acme\n')
    expect(p.carried).not.toContain('status')
    expect(p.warnings).toContain(NO_DECISION_NOTE)
  })
})
