import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '@/domain/export/csv'

describe('csvCell: formula injection (OWASP)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ["+cmd|' /C calc'!A0", `"'+cmd|' /C calc'!A0"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(1+1)', `"'@SUM(1+1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['\n=1', `"'\n=1"`],
  ])('neutralises %j with a leading quote mark and quotes the cell', (input, expected) => {
    expect(csvCell(input)).toBe(expected)
  })

  it('neutralises a string that looks like a negative number, as OWASP asks', () => {
    expect(csvCell('-5')).toBe(`"'-5"`)
  })

  it('writes a negative number passed as a number as a plain number', () => {
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell(-0.25)).toBe('-0.25')
  })

  it('leaves text with a formula character later in the cell alone', () => {
    expect(csvCell('a=1')).toBe('a=1')
    expect(csvCell('Ana @ Acme')).toBe('Ana @ Acme')
  })
})

describe('csvCell: RFC 4180 quoting', () => {
  it('quotes a cell with a comma', () => {
    expect(csvCell('Acme, Inc.')).toBe('"Acme, Inc."')
  })

  it('doubles quotes inside a quoted cell', () => {
    expect(csvCell('She said "budget is approved"')).toBe('"She said ""budget is approved"""')
  })

  it('quotes a cell with a line break inside', () => {
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"')
    expect(csvCell('line one\r\nline two')).toBe('"line one\r\nline two"')
  })

  it('writes null and non-finite numbers as empty cells', () => {
    expect(csvCell(null)).toBe('')
    expect(csvCell(Number.NaN)).toBe('')
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('')
  })

  it('leaves plain text unquoted', () => {
    expect(csvCell('Ana Silva')).toBe('Ana Silva')
    expect(csvCell('')).toBe('')
  })
})

describe('toCsv', () => {
  it('writes the header and every row, each ending with CRLF', () => {
    expect(
      toCsv(
        ['week', 'booked'],
        [
          ['2026-W47', 12],
          ['2026-W48', null],
        ],
      ),
    ).toBe('week,booked\r\n2026-W47,12\r\n2026-W48,\r\n')
  })

  it('neutralises headers like any other cell', () => {
    expect(toCsv(['=1'], [])).toBe(`"'=1"\r\n`)
  })

  it('starts with a UTF-8 byte order mark when asked, for Excel', () => {
    const csv = toCsv(['company'], [['Müller GmbH']], { bom: true })
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1)).toBe('company\r\nMüller GmbH\r\n')
  })

  it('has no byte order mark by default', () => {
    expect(toCsv(['a'], [['b']]).charCodeAt(0)).toBe('a'.charCodeAt(0))
  })

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow(/row 1 has 1 cells but there are 2 headers/)
  })
})
