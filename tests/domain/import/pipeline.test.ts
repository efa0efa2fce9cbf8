import { describe, expect, it } from 'vitest'
import { AmbiguousDateOrderError, ImportError } from '@/domain/import/errors'
import { tokenize } from '@/domain/import/records'
import { parseExport, type ImportParse } from '@/domain/import/pipeline'
import { rejectedRowsCsv } from '@/domain/import/write'
import { importFixture, importText } from './helpers'

const accounted = (p: ImportParse) => p.handoffs.length + p.rejected.length

describe('parseExport on fixture files', () => {
  it('imports a UTF-8 file with a BOM', async () => {
    const p = await importFixture('utf-8-bom.csv')
    expect(p).toMatchObject({
      encoding: 'utf-8-bom',
      preset: 'template',
      importSource: 'template',
      rows: 2,
      rejected: [],
    })
    expect(p.handoffs.map((h) => [h.line, h.handoff.sdr, h.handoff.bookedAt])).toEqual([
      [2, 'Zoë Brandt', '2026-11-16'],
      [3, 'Zoë Brandt', '2026-11-17T09:30:00.000Z'],
    ])
  })

  it('imports a tab-separated UTF-16LE HubSpot export', async () => {
    const p = await importFixture('utf-16le.tsv')
    expect(p).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', preset: 'hubspot', rows: 2 })
    expect(p.handoffs[1]!.handoff).toMatchObject({
      externalId: '502',
      sdr: 'Łukasz Nowak',
      ae: 'Ivan Petrov',
      company: '東京 Trading',
      status: 'rejected',
      bookedAt: '2026-11-17T14:45:00.000Z',
    })
  })

  it('imports a Windows-1252 file with ";" and decimal commas', async () => {
    const p = await importFixture('windows-1252.csv')
    expect(p).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rows: 3, rejected: [] })
    expect(
      p.handoffs.map((h) => [h.handoff.sdr, h.handoff.company, h.handoff.pipelineAmount, h.handoff.companySize]),
    ).toEqual([
      ['Jörg Müller', 'Bäckerei Weiß', 1200.5, 1500],
      ['Renée Dubois', 'Café Crème', 800, 45],
      ['Jörg Müller', 'Straße AG', -12.5, null],
    ])
    expect(p.warnings[0]).toMatch(/Windows-1252/)
  })

  it('numbers rows by their first physical line when notes span lines', async () => {
    const p = await importFixture('quoted-newlines.csv')
    expect(p.handoffs.map((h) => h.line)).toEqual([2, 5])
    expect(p.handoffs[0]!.handoff.crmNotes).toBe('Line one\nline two, with a comma\nand "quotes"')
    expect(p.rejected).toEqual([expect.objectContaining({ line: 6, errors: ['SDR is empty'] })])
  })

  it('skips a Salesforce report title and footer, counting only the data rows', async () => {
    const p = await importFixture('salesforce-report.csv')
    expect(p).toMatchObject({ preset: 'salesforce', headerLine: 5, rows: 3 })
    expect(
      p.handoffs.map((h) => [
        h.line,
        h.handoff.externalId,
        h.handoff.status,
        h.handoff.pipelineAmount,
        h.handoff.companySize,
      ]),
    ).toEqual([
      [6, '0065g00000AbCdE', 'accepted', 48000, 250],
      [7, '0065g00000AbCdF', 'rejected', 0, 12],
      [8, '0065g00000AbCdG', 'pending', 120000, 1200],
    ])
    expect(p.skipped.filter((s) => s.reason === 'report footer').map((s) => s.line)).toEqual([10, 12, 13])
  })

  it('imports an all-quoted HubSpot export and rejects an unknown status naming the field', async () => {
    const p = await importFixture('hubspot-all-quoted.csv')
    expect(p.preset).toBe('hubspot')
    expect(p.handoffs.map((h) => h.handoff)).toMatchObject([
      {
        externalId: '189164774900',
        sdr: 'Lena Ortiz',
        ae: 'Raj Singh',
        contactInfluence: 'decision_maker',
        pipelineAmount: 45362.12,
        companySize: 250,
      },
      { externalId: '189164774901', status: 'rejected', rejectionReason: 'too_small', contactInfluence: 'user' },
    ])
    expect(p.rejected).toMatchObject([{ line: 4, errors: ['Status "maybe" is not accepted, rejected or pending'] }])
  })

  it('names the field by its label when it says how it read the dates', async () => {
    const p = await importFixture('ambiguous-late.csv')
    expect(p.warnings).toContainEqual(
      expect.stringMatching(
        /^Booked at: dates in column ".*" read day first \(16\/11 is 16 November\), as its values show$/,
      ),
    )
  })

  it('resolves day/month order from a late row', async () => {
    const p = await importFixture('ambiguous-late.csv')
    expect(p.dateOrders).toEqual({ bookedAt: 'DMY' })
    expect(p.handoffs.map((h) => h.handoff.bookedAt)).toEqual([
      '2026-04-03',
      '2026-05-04',
      '2026-02-01',
      '2026-06-05',
      '2026-06-25',
    ])
  })

  it('stops with an error naming the column when every date is ambiguous', async () => {
    const error = await importFixture('ambiguous-all.csv').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AmbiguousDateOrderError)
    expect(error).toMatchObject({ field: 'bookedAt', column: 'Meeting Booked Date' })
    expect((error as Error).message).toMatch(/Column "Meeting Booked Date"/)
  })

  it('imports an all-ambiguous file once the mapping gives the order', async () => {
    const p = await importFixture('ambiguous-all.csv', {
      mapping: {
        columns: { externalId: 'externalId', sdr: 'sdr', status: 'status', bookedAt: 'Meeting Booked Date' },
        dateOrder: 'DMY',
      },
    })
    expect(p.handoffs.map((h) => h.handoff.bookedAt)).toEqual(['2026-04-03', '2026-05-04', '2026-02-01'])
    expect(p.importSource).toBe('custom')
  })

  it('keeps every digit of 17-digit ids', async () => {
    const p = await importFixture('long-ids.csv', {
      mapping: { columns: { externalId: 'EVENTID', sdr: 'sdr', bookedAt: 'bookedAt', status: 'status' } },
      importSource: 'zoho',
    })
    expect(p.handoffs.map((h) => h.handoff.externalId)).toEqual(['25842000000262376', '25842000000262377'])
    expect(p.importSource).toBe('zoho')
  })

  it('reads a header-only file as zero rows', async () => {
    expect(await importFixture('header-only.csv')).toMatchObject({ rows: 0, handoffs: [], rejected: [] })
  })

  it('refuses an empty file', async () => {
    await expect(importFixture('empty.csv')).rejects.toThrow(new ImportError('empty', 'The file is empty'))
  })

  it('names the line of an unterminated quote', async () => {
    await expect(importFixture('unterminated-quote.csv')).rejects.toMatchObject({ code: 'unterminated-quote', line: 3 })
  })

  it('reads the first sheet of a workbook, skipping its title row, with Excel dates and long ids', async () => {
    const p = await importFixture('handoffs.xlsx')
    expect(p).toMatchObject({
      format: 'xlsx',
      encoding: null,
      sheet: 'Handoffs',
      sheets: ['Handoffs', 'Notes'],
      headerLine: 3,
      rows: 3,
    })
    expect(
      p.handoffs.map((h) => [
        h.line,
        h.handoff.externalId,
        h.handoff.bookedAt,
        h.handoff.meetingAt,
        h.handoff.pipelineAmount,
      ]),
    ).toEqual([
      [4, '25842000000262376', '2026-11-16', '2026-11-19T11:00:00.000Z', 1200.5],
      [5, 'X-2', '2026-11-17', null, null],
    ])
    expect(p.rejected).toMatchObject([{ line: 6, errors: ['SDR is empty'] }])
  })

  it('names a missing sheet and lists the sheets there are', async () => {
    await expect(importFixture('handoffs.xlsx', { sheet: 'Deals' })).rejects.toThrow(
      /no sheet named "Deals" \(sheets: Handoffs, Notes\)/,
    )
  })
})

describe('row accounting and rejections', () => {
  it('rejects rows with every reason, each naming its field', async () => {
    const p = await importFixture('invalid-rows.csv')
    expect(p.rows).toBe(5)
    expect(accounted(p)).toBe(5)
    expect(p.rejected).toEqual([
      expect.objectContaining({ line: 2, errors: ['Booked date "31/31/2026" is not a date'] }),
      expect.objectContaining({
        line: 3,
        errors: [
          'SDR is empty',
          'Status "maybe" is not accepted, rejected or pending',
          'Meeting date "not a date" is not a date',
          'Company size "lots" is not a whole number of employees (left empty)',
        ],
      }),
      expect.objectContaining({
        line: 5,
        errors: ['CRM id "R-1" appears again on line 6, which was imported instead'],
      }),
    ])
    expect(p.rejected[1]!.cells).toEqual({
      externalId: 'R-2',
      sdr: '',
      bookedAt: '2026-11-16',
      status: 'maybe',
      meetingAt: 'not a date',
      companySize: 'lots',
      contactInfluence: 'Influencer',
    })
  })

  it('imports a row whose optional values are bad, leaving them empty and warning', async () => {
    const p = await importFixture('invalid-rows.csv')
    expect(p.handoffs.find((h) => h.line === 4)!.handoff).toMatchObject({
      externalId: 'R-3',
      companySize: null,
      contactInfluence: 'unknown',
    })
    expect(p.warnings).toContain(
      'Company size: a value is not a whole number of employees (left empty) on 1 imported row (line 4)',
    )
  })

  it('lets the later of two rows with the same id win', async () => {
    const p = await importFixture('invalid-rows.csv')
    expect(p.handoffs.filter((h) => h.handoff.externalId === 'R-1').map((h) => [h.line, h.handoff.status])).toEqual([
      [6, 'rejected'],
    ])
  })

  it('rejects the earlier of two rows with the same id with its own cells, line breaks and quotes included', async () => {
    const p = await importText(
      'externalId,sdr,bookedAt,status,crmNotes\r\n' +
        'R-1,Ava,2026-11-16,pending,"first\r\nnote, ""quoted"""\r\n' +
        'R-2,Bo,2026-11-16,accepted,\r\n' +
        'R-1,Ava,2026-11-16,accepted,second\r\n',
    )
    expect(p.rejected).toEqual([
      {
        line: 2,
        errors: ['CRM id "R-1" appears again on line 5, which was imported instead'],
        cells: {
          externalId: 'R-1',
          sdr: 'Ava',
          bookedAt: '2026-11-16',
          status: 'pending',
          crmNotes: 'first\r\nnote, "quoted"',
        },
      },
    ])
    expect(p.handoffs.map((h) => h.line)).toEqual([4, 5])
  })

  it('reads rows before and after the first day/month date in file order', async () => {
    const p = await importText(
      'externalId,sdr,bookedAt,status\n' +
        'A,Ava,2026-11-16,accepted\n' +
        'B,Bo,13/11/2026,accepted\n' +
        'C,Cy,2026-11-17T09:00:00.000Z,pending\n' +
        'A,Ava,14/11/2026,rejected\n',
    )
    expect(p.handoffs.map((h) => [h.line, h.handoff.externalId, h.handoff.bookedAt])).toEqual([
      [3, 'B', '2026-11-13'],
      [4, 'C', '2026-11-17T09:00:00.000Z'],
      [5, 'A', '2026-11-14'],
    ])
    expect(p.rejected.map((r) => [r.line, r.cells.bookedAt])).toEqual([[2, '2026-11-16']])
  })

  it('derives a stable id from bookedAt, sdr, company and contact when there is none', async () => {
    const text =
      'sdr,bookedAt,company,contactName,status\nAva,2026-11-16,Acme,Bo,accepted\nAva,2026-11-16,Acme,Cy,accepted\n'
    const [a, b] = await Promise.all([importText(text), importText(text)])
    expect(a.handoffs.map((h) => h.handoff.externalId)).toEqual(b.handoffs.map((h) => h.handoff.externalId))
    expect(a.handoffs[0]!.handoff.externalId).toMatch(/^derived-[0-9a-f]{16}$/)
    expect(a.handoffs[0]!.handoff.externalId).not.toBe(a.handoffs[1]!.handoff.externalId)
  })

  it('imports two meetings an SDR booked the same day when the file has no company, contact or id', async () => {
    const text =
      'Date Booked,SDR,AE,Status\n21/10/2026,Marta,Elena,accepted\n21/10/2026,Marta,Javier,rejected\n22/10/2026,Marta,Elena,pending\n'
    const [a, b] = await Promise.all([importText(text), importText(text)])
    expect(a.rejected).toEqual([])
    const keys = a.handoffs.map((h) => h.handoff.externalId)
    expect(new Set(keys).size).toBe(3)
    // Numbered in file order, so the same file imported again keeps every key.
    expect(keys[1]).toBe(`${keys[0]}-2`)
    expect(b.handoffs.map((h) => h.handoff.externalId)).toEqual(keys)
  })

  it('takes a row repeated word for word in such a file as one meeting, saying so in words', async () => {
    const p = await importText('Date Booked,SDR,Status\n21/10/2026,Marta,accepted\n21/10/2026,Marta,accepted\n')
    expect(p.handoffs.map((h) => h.line)).toEqual([3])
    expect(p.rejected.map((r) => [r.line, r.errors])).toEqual([
      [
        2,
        [
          'Line 3 repeats this meeting (same booking date, SDR, company and contact; the file has no CRM id) and was imported instead',
        ],
      ],
    ])
  })

  it('still reads a later row with the same booking, SDR, company and contact as the same meeting updated', async () => {
    const p = await importText(
      'sdr,bookedAt,company,contactName,status\nAva,2026-11-16,Acme,Bo,pending\nAva,2026-11-16,Acme,Bo,accepted\n',
    )
    expect(p.handoffs.map((h) => [h.line, h.handoff.status])).toEqual([[3, 'accepted']])
    expect(p.rejected.map((r) => r.line)).toEqual([2])
  })

  it('rejects a row with more filled cells than the header has', async () => {
    const p = await importText('externalId,sdr,bookedAt,status\nX,Ava,2026-11-16,accepted,surplus\n')
    expect(p.rejected[0]!.errors[0]).toMatch(/^The row has 5 cells but the header has 4/)
    expect(p.rejected[0]!.cells['Column 5']).toBe('surplus')
  })

  it('applies value maps before reading values', async () => {
    const p = await importText('Id,Owner,Created,Stage\n1,Ava,2026-11-16,Closed Won\n2,Ava,2026-11-16,Closed Lost\n', {
      mapping: {
        columns: { externalId: 'Id', sdr: 'Owner', bookedAt: 'Created', status: 'Stage' },
        values: { status: { 'closed won': 'accepted', 'Closed Lost': 'rejected' } },
      },
    })
    expect(p.handoffs.map((h) => h.handoff.status)).toEqual(['accepted', 'rejected'])
  })

  it('stops when no column can feed bookedAt or sdr', async () => {
    await expect(importText('a,b\n1,2\n')).rejects.toMatchObject({ code: 'missing-column' })
  })

  it('stops when the mapping names a header the file does not have', async () => {
    await expect(importText('a,b\n1,2\n', { mapping: { columns: { bookedAt: 'a', sdr: 'Owner' } } })).rejects.toThrow(
      /column "Owner", which is not in the file/,
    )
  })

  it('reports progress up to the total', async () => {
    const calls: [number, number][] = []
    await importText('externalId,sdr,bookedAt,status\nX,Ava,2026-11-16,accepted\n', {
      onProgress: (d, t) => calls.push([d, t]),
    })
    expect(calls.at(-1)).toEqual([1000, 1000])
  })
})

describe('rejectedRowsCsv', () => {
  it('writes the original cells and an error column, neutralising formulas', async () => {
    const p = await importText(
      'externalId,sdr,bookedAt,status\n=HYPERLINK("x"),+Ava,-1,@maybe\n"\nX",Bo,2026-11-16,nope\n',
    )
    const csv = rejectedRowsCsv(p)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = [...tokenize(csv.slice(1), ',')].map((r) => r.cells)
    expect(rows[0]).toEqual(['externalId', 'sdr', 'bookedAt', 'status', 'error'])
    expect(rows[1]!.slice(0, 4)).toEqual(['\'=HYPERLINK("x")', "'+Ava", "'-1", "'@maybe"])
    expect(rows[1]![4]).toBe('Booked date "-1" is not a date; Status "@maybe" is not accepted, rejected or pending')
    expect(rows[2]![0]).toBe("'\nX")
  })
})

describe('rejection reasons through the team rules', () => {
  const csv = (rows: string[]) =>
    new TextEncoder().encode(['externalId,sdr,bookedAt,status,rejectionReason,aeFeedback', ...rows].join('\n'))

  it('maps a CRM picklist value the taxonomy does not name through a rule', async () => {
    const parsed = await parseExport(
      { fileName: 'r.csv', bytes: csv(['1,Ana,2026-11-16,rejected,Budget freeze,']) },
      { timeZone: 'UTC', reasonRules: [{ pattern: 'budget', reason: 'bad_timing' }] },
    )
    expect(parsed.handoffs[0]!.handoff.rejectionReason).toBe('bad_timing')
  })

  it('reads a missing reason from the AE feedback when a rule recognises it', async () => {
    const parsed = await parseExport(
      { fileName: 'r.csv', bytes: csv(['1,Ana,2026-11-16,rejected,,"Only 12 employees, too small for us"']) },
      { timeZone: 'UTC', reasonRules: [{ pattern: 'too small', reason: 'too_small' }] },
    )
    expect(parsed.handoffs[0]!.handoff.rejectionReason).toBe('too_small')
  })

  it('leaves an accepted handoff without a reason whatever its feedback says', async () => {
    const parsed = await parseExport(
      { fileName: 'r.csv', bytes: csv(['1,Ana,2026-11-16,accepted,,"not too small"']) },
      { timeZone: 'UTC', reasonRules: [{ pattern: 'too small', reason: 'too_small' }] },
    )
    expect(parsed.handoffs[0]!.handoff.rejectionReason).toBeNull()
  })
})
