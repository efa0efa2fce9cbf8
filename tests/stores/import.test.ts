import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { allHandoffs } from '@/db/handoff-repo'
import { importHistory } from '@/db/import-repo'
import { setDesktop } from '@/platform/desktop'
import { NOT_IN_EXPORT, useImportStore, setImportRunner } from '@/stores/import'
import { useImportHistoryStore } from '@/stores/import-history'
import { useHandoffsStore } from '@/stores/handoffs'
import { createBrowserDesktop } from '@/platform/browser-desktop'
import type { DesktopApi, OpenedFile, SaveFileRequest } from '@/shared/ipc-contract'
import { freshDatabase } from '../helpers/fresh-db'
import { AmbiguousDateOrderError, UndecidedDecisionError } from '@/domain/import/errors'
import { createImportRunner, ParseCancelled } from '@/workers/import-runner'
import { deserializeError, serializeError } from '@/workers/import-protocol'

const utf8 = (text: string) => new TextEncoder().encode(text)

const EXPORT = [
  '"Record ID","Create Date","SDR Owner","Deal Owner","Associated Company","Handoff Status","Deal Stage"',
  '"1","2026-11-16","Ana","Max","Acme","SQL - Accepted","Discovery"',
  '"2","2026-11-17","Ana","Max","Beta","SQL - Rejected","Closed Lost"',
  '"3","someday","Bo","Max","Gamma","SQL - Accepted","Discovery"',
  '"Grand Totals (3 records)"',
].join('\r\n')

/** The platform edge only: files to hand out when asked, and the files saved. */
function fakeDesktop(files: OpenedFile[]) {
  const saved: SaveFileRequest[] = []
  const api: DesktopApi = {
    ...createBrowserDesktop(),
    openFile: async () => files.shift() ?? null,
    saveFile: async (request) => {
      saved.push(request)
      return { path: `/tmp/${request.suggestedName}` }
    },
  }
  setDesktop(api)
  return { saved }
}

describe('import store', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
    // The app shell holds the handoffs store from the start; it follows every write.
    useHandoffsStore()
    setImportRunner(null)
  })

  it('reads a file, maps it by preset with guessed values, previews, commits, reports and undoes', async () => {
    const { saved } = fakeDesktop([{ name: 'deals.csv', bytes: utf8(EXPORT) }])
    const store = useImportStore()

    await store.chooseFile()
    expect(store.step).toBe('mapping')
    // Not every HubSpot deals signature header is there: the file is custom, named by no CRM.
    expect(store.importSource).toBe('custom')
    expect(store.columns).toMatchObject({
      externalId: 'Record ID',
      bookedAt: 'Create Date',
      sdr: 'SDR Owner',
      status: 'Handoff Status',
    })
    expect(store.choiceFor('status', 'SQL - Accepted')).toBe('accepted')
    expect(store.mapping.values).toEqual({ status: { 'SQL - Accepted': 'accepted', 'SQL - Rejected': 'rejected' } })

    await store.toPreview()
    expect(store.step).toBe('preview')
    expect(store.plan!.counts).toEqual({ new: 2, updated: 0, unchanged: 0 })
    expect(store.parse!.rows).toBe(3)
    expect(store.parse!.rejected.map((r) => r.line)).toEqual([4])
    expect(store.parse!.skipped.map((s) => s.reason)).toEqual(['report footer'])
    expect(await allHandoffs()).toHaveLength(0)

    await store.commit()
    expect(store.step).toBe('report')
    expect(store.report!.run).toMatchObject({
      fileName: 'deals.csv',
      rows: 3,
      inserted: 2,
      rejected: 1,
      importSource: 'custom',
    })
    expect(store.report!.run.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(useHandoffsStore().rows).toHaveLength(2)
    expect(useImportHistoryStore().history).toHaveLength(1)

    await store.downloadRejected()
    expect(saved[0]!.suggestedName).toBe('deals-rejected-rows.csv')
    expect([...saved[0]!.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(saved[0]!.bytes)
    expect(csv).toMatch(/,error\r\n/)
    expect(csv).toContain('Booked date ""someday"" is not a date')

    await useImportHistoryStore().undoLast()
    expect(await allHandoffs()).toHaveLength(0)
    expect(useHandoffsStore().rows).toHaveLength(0)
    expect((await importHistory())[0]!.undone).toBe(true)
    expect(useImportHistoryStore().notice).toMatch(/removed 2 added handoffs/)
  })

  it('offers the saved mapping next time and finds everything unchanged on a re-import', async () => {
    fakeDesktop([
      { name: 'deals.csv', bytes: utf8(EXPORT) },
      { name: 'deals.csv', bytes: utf8(EXPORT) },
    ])
    const store = useImportStore()
    await store.chooseFile()
    store.setChoice('status', 'SQL - Rejected', 'pending')
    await store.toPreview()
    await store.commit()

    await store.chooseFile()
    expect(store.mappingOrigin).toBe('Your saved mapping for "custom"')
    expect(store.choiceFor('status', 'SQL - Rejected')).toBe('pending')
    await store.toPreview()
    expect(store.plan!.counts).toEqual({ new: 0, updated: 0, unchanged: 2 })
  })

  it('asks for the date order when every date is ambiguous and continues once told', async () => {
    fakeDesktop([
      {
        name: 'dates.csv',
        bytes: utf8('externalId,sdr,bookedAt,status\nA,Kim,03/04/2026,accepted\nB,Kim,01/02/2026,pending\n'),
      },
    ])
    const store = useImportStore()
    await store.chooseFile()
    await store.toPreview()
    expect(store.step).toBe('mapping')
    expect(store.dateQuestion).toEqual({
      field: 'bookedAt',
      column: 'bookedAt',
      example: { value: '03/04/2026', DMY: '3 April 2026', MDY: '4 March 2026' },
      remembered: null,
    })

    await store.answerDateOrder('DMY')
    expect(store.step).toBe('preview')
    expect(store.parse!.handoffs[0]!.handoff.bookedAt).toBe('2026-04-03')
    expect(store.mapping.dateOrder).toBe('DMY')
  })

  it('remembers the date order with the saved mapping and asks with it preselected when a later file is all ambiguous', async () => {
    const dates = (rows: string) => utf8(`externalId,sdr,bookedAt,status\n${rows}`)
    fakeDesktop([
      { name: 'week1.csv', bytes: dates('A,Kim,03/04/2026,accepted\nB,Kim,01/02/2026,pending\n') },
      { name: 'week2.csv', bytes: dates('C,Kim,05/06/2026,accepted\n') },
    ])
    const store = useImportStore()
    await store.chooseFile()
    await store.toPreview()
    await store.answerDateOrder('DMY')
    await store.commit()

    await store.chooseFile()
    expect(store.rememberedDateOrder).toBe('DMY')
    await store.toPreview()
    // Never applied unasked: the question shows the saved order and one date read both ways.
    expect(store.parse).toBeNull()
    expect(store.dateQuestion).toEqual({
      field: 'bookedAt',
      column: 'bookedAt',
      example: { value: '05/06/2026', DMY: '5 June 2026', MDY: '6 May 2026' },
      remembered: 'DMY',
    })
    await store.answerDateOrder('DMY')
    expect(store.parse!.handoffs[0]!.handoff.bookedAt).toBe('2026-06-05')
  })

  it('writes "Not in this export" as null in the mapping, so the field is not carried', async () => {
    fakeDesktop([{ name: 'deals.csv', bytes: utf8(EXPORT) }])
    const store = useImportStore()
    await store.chooseFile()
    store.setColumn('company', NOT_IN_EXPORT)
    expect(store.mapping.columns.company).toBeNull()
    await store.toPreview()
    expect(store.parse!.carried).not.toContain('company')
    expect(store.parse!.handoffs[0]!.handoff.company).toBe('')
  })

  it('reads a field from another column once one is added', async () => {
    fakeDesktop([{ name: 'deals.csv', bytes: utf8(EXPORT) }])
    const store = useImportStore()
    await store.chooseFile()
    store.addColumn('crmNotes')
    store.setColumn('crmNotes', 'Associated Company', 0)
    store.setColumn('crmNotes', 'Deal Stage', 1)
    expect(store.mapping.columns.crmNotes).toEqual(['Associated Company', 'Deal Stage'])
    await store.toPreview()
    expect(store.parse!.handoffs[0]!.handoff.crmNotes).toBe('Acme\n\nDiscovery')
  })

  it('says which file and line is wrong when a file cannot be read', async () => {
    fakeDesktop([
      {
        name: 'broken.csv',
        bytes: utf8('externalId,sdr,bookedAt,status\nA,Kim,2026-11-16,"open\nB,Kim,2026-11-16,open\n'),
      },
    ])
    const store = useImportStore()
    await store.chooseFile()
    expect(store.step).toBe('choose')
    expect(store.error).toMatch(/^broken\.csv: Line 2: a quoted field starts here/)
  })

  it('rejects a mapping file that is not valid, naming the file and the problem', async () => {
    fakeDesktop([
      { name: 'deals.csv', bytes: utf8(EXPORT) },
      { name: 'bad.json', bytes: utf8('{"columns": {"nonsense": "X"}}') },
      { name: 'broken.json', bytes: utf8('{nope') },
    ])
    const store = useImportStore()
    await store.chooseFile()
    await store.loadMappingFile()
    expect(store.error).toBe('bad.json is not a mapping file: it names a field the app does not know ("nonsense")')
    await store.loadMappingFile()
    expect(store.error).toBe('broken.json is not a mapping file: it is not valid JSON at line 1')
    expect(store.columns.sdr).toBe('SDR Owner')
  })

  it('loads a mapping file and saves the current mapping as one', async () => {
    const mapping = {
      columns: { externalId: 'Record ID', sdr: 'Deal Owner', bookedAt: 'Create Date', status: 'Handoff Status' },
      dateOrder: 'MDY',
    }
    const { saved } = fakeDesktop([
      { name: 'deals.csv', bytes: utf8(EXPORT) },
      { name: 'map.json', bytes: utf8(JSON.stringify(mapping)) },
    ])
    const store = useImportStore()
    await store.chooseFile()
    await store.loadMappingFile()
    expect(store.columns).toEqual(mapping.columns)
    expect(store.mappingOrigin).toBe('Loaded from map.json')
    await store.saveMappingFile()
    expect(JSON.parse(new TextDecoder().decode(saved[0]!.bytes))).toEqual({
      ...mapping,
      values: { status: { 'SQL - Accepted': 'accepted', 'SQL - Rejected': 'rejected' } },
    })
  })

  it('cancelling the write saves nothing', async () => {
    fakeDesktop([{ name: 'deals.csv', bytes: utf8(EXPORT) }])
    const store = useImportStore()
    await store.chooseFile()
    await store.toPreview()
    const writing = store.commit()
    store.cancel()
    await writing
    expect(store.step).toBe('preview')
    expect(store.notice).toBe('Import cancelled: nothing was saved')
    expect(await allHandoffs()).toHaveLength(0)
    expect(await importHistory()).toHaveLength(0)
  })
})

describe('recognising an export in the import store', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
    setImportRunner(null)
  })

  const SDR_SETS = utf8(
    [
      '"Opportunity Name","Account Name","SDR","AE","Stage","Created Date"',
      '"Acme - New Biz","Acme","Lena","Raj","SQL - Accepted","11/16/2026"',
      '"Beta - New Biz","Beta","Tom","Raj","Closed Lost","11/17/2026"',
      '"Gamma - New Biz","Gamma","Lena","Jo","Meeting Set","11/18/2026"',
    ].join('\n'),
  )

  it('reads a Salesforce SDR Sets report with the proposed mapping unchanged: Stage decides, AE filled', async () => {
    fakeDesktop([{ name: 'sdr-sets.csv', bytes: SDR_SETS }])
    const store = useImportStore()
    await store.chooseFile()
    expect(store.importSource).toBe('custom')
    expect(store.recognitionText).toMatch(
      /looks like a Salesforce report: opportunities but has no "Opportunity Owner"/,
    )
    expect(store.columns).toMatchObject({ status: 'Stage', ae: 'AE', sdr: 'SDR' })
    expect(store.mappingOrigin).toContain("the AE's decision is read from “Stage”")
    expect(store.decisionQuestion).toBeNull()
    await store.toPreview()
    expect(store.parse!.handoffs.map((h) => [h.handoff.status, h.handoff.ae])).toEqual([
      ['accepted', 'Raj'],
      ['rejected', 'Raj'],
      ['pending', 'Jo'],
    ])
  })

  it('asks about a column that could decide, and imports with status not carried once told there is none', async () => {
    const board = utf8('Date Booked,SDR,Status\n2026-11-16,Lena,Done\n2026-11-17,Tom,Working on it\n')
    fakeDesktop([{ name: 'board.csv', bytes: board }])
    const store = useImportStore()
    await store.chooseFile()
    expect(store.decisionQuestion).toMatchObject({
      kind: 'column',
      header: 'Status',
      values: [
        { value: 'Done', count: 1, decision: null },
        { value: 'Working on it', count: 1, decision: null },
      ],
    })
    await store.toPreview()
    expect(store.parse).toBeNull()
    expect(store.error).toMatch(/Column "Status" could hold the AE's decision/)
    store.answerDecisionColumn(null)
    expect(store.decisionQuestion).toBeNull()
    await store.toPreview()
    expect(store.parse!.carried).not.toContain('status')
  })

  it('reads the asked column once the manager maps its values', async () => {
    const board = utf8('Date Booked,SDR,Status\n2026-11-16,Lena,Done\n2026-11-17,Tom,Working on it\n')
    fakeDesktop([{ name: 'board.csv', bytes: board }])
    const store = useImportStore()
    await store.chooseFile()
    store.setChoice('status', 'Done', 'accepted')
    store.setChoice('status', 'Working on it', 'pending')
    store.answerDecisionColumn('Status')
    expect(store.decisionQuestion).toBeNull()
    await store.toPreview()
    expect(store.parse!.handoffs.map((h) => h.handoff.status)).toEqual(['accepted', 'pending'])
  })

  it("never carries one file's detection over to the next", async () => {
    const pipedrive = utf8(
      'Deal - ID,Deal - Title,Deal - Creator,Deal - Owner,Deal - Stage,Deal - Status,Deal - Deal created\n1,Acme,Lena,Raj,Demo Scheduled,Open,2026-11-16\n',
    )
    fakeDesktop([
      { name: 'sdr-sets.csv', bytes: SDR_SETS },
      { name: 'pipedrive.csv', bytes: pipedrive },
    ])
    const store = useImportStore()
    await store.chooseFile()
    await store.chooseFile()
    expect(store.importSource).toBe('pipedrive')
    expect(store.recognitionText).toBe('Recognised: Pipedrive export: deals.')
    expect(store.columns.status).toEqual(['Deal - Status', 'Deal - Stage'])
  })
})

describe('import runner', () => {
  const input = { fileName: 'deals.csv', bytes: utf8(EXPORT) }

  it('reads on the main thread when no worker can be created', async () => {
    const runner = createImportRunner({ createWorker: () => null })
    const parse = await runner.parse(input, { timeZone: 'UTC' })
    expect(parse.rows).toBe(3)
    expect(runner.usesWorker).toBe(false)
  })

  it('falls back to the main thread when the worker fails to load (e.g. blocked by a CSP)', async () => {
    const failing = new EventTarget() as EventTarget & { postMessage(m: unknown): void; terminate(): void }
    failing.postMessage = () => queueMicrotask(() => failing.dispatchEvent(new Event('error', { cancelable: true })))
    failing.terminate = () => undefined
    const runner = createImportRunner({ createWorker: () => failing as unknown as Worker })
    const inspection = await runner.inspect(input, {})
    expect(inspection.preset).toBe('hubspot')
    expect(runner.usesWorker).toBe(false)
  })

  it('passes the ambiguous-date question back across the worker boundary with its field, column, example and saved order', () => {
    const error = deserializeError(
      serializeError(new AmbiguousDateOrderError('bookedAt', 'Created', '06/03/2025', 'DMY')),
    )
    expect(error).toBeInstanceOf(AmbiguousDateOrderError)
    expect(error).toMatchObject({
      field: 'bookedAt',
      column: 'Created',
      code: 'ambiguous-date-order',
      example: '06/03/2025',
      remembered: 'DMY',
    })
  })

  it('passes the undecided-column stop back across the worker boundary naming the column', () => {
    const error = deserializeError(serializeError(new UndecidedDecisionError('Stage', 'Column "Stage" could hold…')))
    expect(error).toBeInstanceOf(UndecidedDecisionError)
    expect(error).toMatchObject({ column: 'Stage', code: 'undecided-column' })
  })

  it('stops reading on the main thread when cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    const runner = createImportRunner({ createWorker: () => null })
    await expect(runner.parse(input, { timeZone: 'UTC' }, { signal: controller.signal })).rejects.toBeInstanceOf(
      ParseCancelled,
    )
  })
})

describe('a tracker whose "Outcome" column holds the decision', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
    setImportRunner(null)
  })

  it('reads it as the decision only, never also as the meeting outcome', async () => {
    const tracker = utf8(
      'Booked Date,Setter,Closer,Outcome\n11/16/2026,Lena,Raj,Accepted\n11/17/2026,Tom,Raj,Declined\n',
    )
    fakeDesktop([{ name: 'tracker.csv', bytes: tracker }])
    const store = useImportStore()
    await store.chooseFile()
    expect(store.columns).toMatchObject({ status: 'Outcome', outcome: null, sdr: 'Setter', ae: 'Closer' })
    await store.toPreview()
    expect(store.parse!.handoffs.map((h) => [h.handoff.status, h.handoff.outcome])).toEqual([
      ['accepted', null],
      ['rejected', null],
    ])
    expect(store.parse!.warnings.filter((w) => w.startsWith('Outcome'))).toEqual([])
  })
})
