import { describe, expect, it } from 'vitest'
import { ImportError } from '@/domain/import/errors'
import { detectDelimiter, openTextTable, tokenize, type RawRecord } from '@/domain/import/records'

const lines = (text: string, delimiter: ',' | ';' = ',') =>
  [...tokenize(text, delimiter)].map((r: RawRecord) => [r.line, r.cells])

describe('tokenize', () => {
  it('numbers records by the physical line they start on, across quoted line breaks', () => {
    expect(lines('h1,h2\n"a\nb\r\nc",x\ny,"z"\n')).toEqual([
      [1, ['h1', 'h2']],
      [2, ['a\nb\r\nc', 'x']],
      [5, ['y', 'z']],
    ])
  })

  it('accepts CRLF, LF and lone CR line ends and a missing final newline', () => {
    expect(lines('a,b\r\nc,d\re,f\ng,h')).toEqual([
      [1, ['a', 'b']],
      [2, ['c', 'd']],
      [3, ['e', 'f']],
      [4, ['g', 'h']],
    ])
  })

  it('unescapes doubled quotes and keeps delimiters inside quotes', () => {
    expect(lines('"say ""hi"", ok",2')).toEqual([[1, ['say "hi", ok', '2']]])
  })

  it('keeps empty trailing cells', () => {
    expect(lines('a,b,\n,,')).toEqual([
      [1, ['a', 'b', '']],
      [2, ['', '', '']],
    ])
  })

  it('keeps a quote inside an unquoted value literally', () => {
    expect(lines('5" screen,x')).toEqual([[1, ['5" screen', 'x']]])
  })

  it('names the line where an unterminated quote starts instead of swallowing the file', () => {
    const text = 'a,b\n1,2\n3,"never closed\n4,5\n6,7\n'
    expect(() => [...tokenize(text, ',')]).toThrow(
      new ImportError('unterminated-quote', 'Line 3: a quoted field starts here and is never closed', 3),
    )
  })

  it('names the line of a quote that runs over lines and is then followed by stray text', () => {
    const text = 'a,b\n1,"oops\n2,"x"y\n'
    expect(() => [...tokenize(text, ',')]).toThrow(/^Line 2: a quoted field starts here and runs on to line 3/)
  })
})

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2,5;3\n4;5,5;6\n', ';'],
    ['a\tb\tc\n1, 2\t3\t4\n', '\t'],
    ['a|b\n1|2\n', '|'],
    ['"x;y",b\n"1;2",3\n', ','],
    ['single column\nvalue\n', ','],
  ] as const)('finds the delimiter of %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected)
  })
})

describe('openTextTable', () => {
  it('skips report titles above the header and Salesforce footers below the data', () => {
    const text = [
      '"Handoffs This Week"',
      '"Filtered By:"',
      '"  Stage equals Discovery"',
      '',
      '"Opportunity ID","Created Date","SDR","Stage"',
      '"006A","11/16/2026","Priya","Discovery"',
      '',
      '"Grand Totals (1 records)"',
      '"Confidential Information - Do Not Distribute"',
      '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."',
    ].join('\r\n')
    const table = openTextTable(text)
    expect(table.headerLine).toBe(5)
    expect(table.headers).toEqual(['Opportunity ID', 'Created Date', 'SDR', 'Stage'])
    expect([...table.records].map((r) => r.line)).toEqual([6])
    expect(table.skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, 'above the header'],
      [2, 'above the header'],
      [3, 'above the header'],
      [4, 'blank line'],
      [7, 'blank line'],
      [8, 'report footer'],
      [9, 'report footer'],
      [10, 'report footer'],
    ])
  })

  it('does not take a data row that mentions two known headers for the header', () => {
    const table = openTextTable('Table,Field,Description\naccounts,employees,Number of employees\n')
    expect(table.headerLine).toBe(1)
  })

  it('skips totals rows of hand-kept sheets but keeps a company whose name starts with "Total"', () => {
    const text = [
      'Date Booked,SDR,Company,Decision',
      '2026-11-16,Lena,Total Wine & More,Accepted',
      'Total,,,1',
      'Grand Total (2),,,',
      'Totals:,,,3',
      'Subtotal 4,,,',
    ].join('\n')
    const table = openTextTable(text)
    expect([...table.records].map((r) => r.line)).toEqual([2])
    expect(table.skipped.map((s) => [s.line, s.reason])).toEqual([
      [3, 'totals row'],
      [4, 'totals row'],
      [5, 'totals row'],
      [6, 'totals row'],
    ])
  })

  it('skips the header pasted again and the one-cell group title above it (a monday.com board)', () => {
    const text = [
      'Name,SDR,Date Booked',
      'Acme,Lena,2026-11-16',
      '',
      'Week 47',
      'Name,SDR,Date Booked',
      'Beta,Tom,2026-11-17',
      'Solo',
    ].join('\n')
    const table = openTextTable(text)
    // A one-cell row not followed by the header is data (and is rejected later for what it lacks).
    expect([...table.records].map((r) => r.line)).toEqual([2, 6, 7])
    expect(table.skipped.map((s) => [s.line, s.reason])).toEqual([
      [3, 'blank line'],
      [4, 'group title'],
      [5, 'repeated header'],
    ])
  })

  it('skips the German and French Salesforce footers', () => {
    const text = [
      '"Opportunity-Name";"Phase";"Erstelldatum"',
      '"Acme";"Interessent";"03.11.2026"',
      '"Gesamtsummen (1 Datensätze)"',
      '"Vertrauliche Informationen - Nicht weitergeben"',
      '"Copyright (c) 2000-2026 salesforce.com, inc. Alle Rechte vorbehalten."',
      '"Totaux généraux (1 enregistrements)"',
      '"Informations confidentielles - Ne pas diffuser"',
      '"Copyright (c) 2000-2026 salesforce.com, inc. Tous droits réservés."',
    ].join('\n')
    const table = openTextTable(text)
    expect([...table.records].map((r) => r.line)).toEqual([2])
    expect(table.skipped.every((s) => s.reason === 'report footer')).toBe(true)
    expect(table.skipped).toHaveLength(6)
  })

  it('throws when there is nothing but blank lines', () => {
    expect(() => openTextTable('\n,,\n\n')).toThrow(/No header row/)
  })
})

describe('cellsAt', () => {
  it("reads a record's cells again from its place in the text", () => {
    const text = 'h1,h2\r\n"a\r\nb ""c""",x\r\ny,\r\n'
    const table = openTextTable(text)
    const records = [...tokenize(text, ',')]
    expect(records.map((r) => table.cellsAt!(r.start, r.end))).toEqual(records.map((r) => r.cells))
  })
})
