import { describe, expect, it } from 'vitest'
import { ImportError } from '@/domain/import/errors'
import { mappedColumn } from '@/domain/import/columns'
import { distinctValues, inspectChunks, inspectExport } from '@/domain/import/inspect'
import { commonReasons, mappingSummary } from '@/domain/import/report-summary'
import { suggestValue, valueMapFor } from '@/domain/import/value-maps'
import { fixture, utf8 } from './helpers'

const inspectText = (text: string, fileName = 'export.csv') => inspectExport({ fileName, bytes: utf8(text) })

describe('inspectExport', () => {
  it('finds the header under report junk and previews the first rows with their physical lines', async () => {
    const found = await inspectExport({ fileName: 'salesforce-report.csv', bytes: fixture('salesforce-report.csv') })
    expect(found.headerLine).toBe(5)
    expect(found.preset).toBe('salesforce')
    expect(found.rows).toBe(3)
    expect(found.preview.map((r) => r.line)).toEqual([6, 7, 8])
    expect(found.preview[0]!.cells[4]).toBe('Acme Corp')
  })

  it('lists junk and footer lines as skipped', async () => {
    const found = await inspectExport({ fileName: 'salesforce-report.csv', bytes: fixture('salesforce-report.csv') })
    expect(found.skipped.map((s) => s.reason)).toContain('report footer')
    expect(found.skipped.filter((s) => s.reason === 'above the header').map((s) => s.line)).toEqual([1, 2, 3])
  })

  it('collects the distinct values of every column with counts, blank included', async () => {
    const found = await inspectText(
      'id,sdr,bookedAt,Stage\n1,Ana,2026-11-16,SQL - Accepted\n2,Ana,2026-11-16,SQL - Accepted\n3,Bo,2026-11-17,\n',
    )
    expect(found.distinct['Stage']).toEqual({
      values: [
        { value: 'SQL - Accepted', count: 2 },
        { value: '', count: 1 },
      ],
      isTruncated: false,
    })
  })

  it('keeps only the preview rows asked for', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => `${i},Ana,2026-11-16,accepted`)
    const found = await inspectExport(
      { fileName: 'x.csv', bytes: utf8(`externalId,sdr,bookedAt,status\n${lines.join('\n')}`) },
      { previewRows: 3 },
    )
    expect(found.preview).toHaveLength(3)
    expect(found.rows).toBe(20)
  })

  it('says when a Windows-1252 file was read', async () => {
    const found = await inspectExport({ fileName: 'windows-1252.csv', bytes: fixture('windows-1252.csv') })
    expect(found.encoding).toBe('windows-1252')
    expect(found.warnings.join(' ')).toMatch(/Windows-1252/)
  })

  it('reads the first sheet of a workbook', async () => {
    const found = await inspectExport({ fileName: 'handoffs.xlsx', bytes: fixture('handoffs.xlsx') })
    expect(found.format).toBe('xlsx')
    expect(found.sheets.length).toBeGreaterThan(0)
    expect(found.sheet).toBe(found.sheets[0])
  })

  it('throws the pipeline error for an unterminated quote, naming the line', async () => {
    const error = await inspectExport({ fileName: 'u.csv', bytes: fixture('unterminated-quote.csv') }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).line).toBe(3)
  })
})

describe('inspectChunks', () => {
  it('reads a file in slices as inspectExport reads it whole, characters cut by a slice included', async () => {
    const bytes = utf8('Record ID,SDR Owner,Create Date\n1,Zoë Ångström,2026-11-16\n2,Jörg Æbelø,2026-11-17\n')
    // Seven-byte slices cut the two-byte letters apart.
    const source = {
      size: bytes.length,
      *chunks() {
        for (let at = 0; at < bytes.length; at += 7) yield bytes.slice(at, at + 7)
      },
    }
    const whole = await inspectExport({ fileName: 'owners.csv', bytes })
    expect(inspectChunks({ fileName: 'owners.csv', source })).toEqual(whole)
    expect(whole.distinct['SDR Owner']!.values.map((v) => v.value)).toEqual(['Zoë Ångström', 'Jörg Æbelø'])
  })
})

describe('distinctValues', () => {
  it('stops collecting at the limit and says so', () => {
    const records = ['a', 'b', 'c', 'a'].map((v) => ({ cells: [v] }))
    expect(distinctValues(records, 0, 2)).toEqual({
      values: [
        { value: 'a', count: 2 },
        { value: 'b', count: 1 },
      ],
      isTruncated: true,
    })
  })
})

describe('suggestValue', () => {
  it('reads "SQL - Accepted" as accepted and "SQL - Rejected" as rejected', () => {
    expect(suggestValue('status', 'SQL - Accepted')).toBe('accepted')
    expect(suggestValue('status', 'SQL - Rejected')).toBe('rejected')
  })

  it('gives what the parser recognises directly', () => {
    expect(suggestValue('status', 'Declined')).toBe('rejected')
    expect(suggestValue('contactInfluence', 'Decision Maker')).toBe('decision_maker')
    expect(suggestValue('rejectionReason', 'Too small')).toBe('too_small')
  })

  it('finds a multi-word value inside a longer label', () => {
    expect(suggestValue('contactInfluence', 'Buying role: Decision Maker')).toBe('decision_maker')
    expect(suggestValue('triggerCategory', 'Recent funding round')).toBe('funding')
  })

  it('makes no guess for a negated label', () => {
    expect(suggestValue('status', 'Not accepted')).toBeUndefined()
  })

  it('does not read "New" inside a longer label as pending', () => {
    expect(suggestValue('status', 'New business - Accepted')).toBe('accepted')
  })

  it('makes no guess for an unknown label', () => {
    expect(suggestValue('status', 'Qualified')).toBeUndefined()
  })
})

describe('valueMapFor', () => {
  it('keeps only choices that differ from what the parser reads', () => {
    expect(valueMapFor('status', { Accepted: 'accepted', 'SQL - Won': 'accepted', Maybe: '' })).toEqual({
      'SQL - Won': 'accepted',
    })
  })

  it('is undefined when nothing needs mapping', () => {
    expect(valueMapFor('status', { yes: 'accepted' })).toBeUndefined()
  })
})

describe('mappedColumn', () => {
  it('matches a header exactly, by column key, or ignoring case, spaces and underscores', () => {
    const file = { headers: ['Booked At', 'Name', 'Name'], columns: ['Booked At', 'Name', 'Name (2)'] }
    expect(mappedColumn(file, 'booked_at')).toBe('Booked At')
    expect(mappedColumn(file, 'Name (2)')).toBe('Name (2)')
    expect(mappedColumn(file, 'Missing')).toBeUndefined()
  })
})

describe('mappingSummary', () => {
  it('counts mapped columns and names value maps and the date order', () => {
    expect(
      mappingSummary({
        columns: { sdr: 'SDR', bookedAt: 'Date' },
        values: { status: { x: 'accepted' } },
        dateOrder: 'DMY',
      }),
    ).toBe('2 columns mapped · values for status · dates DMY')
  })
})

describe('commonReasons', () => {
  it('counts each reason once per row, most frequent first', () => {
    const rejected = [
      { errors: ['status: "Won" is not accepted, rejected or pending', 'sdr: empty'] },
      { errors: ['status: "Won" is not accepted, rejected or pending'] },
      { errors: ['sdr: empty', 'sdr: empty'] },
      { errors: ['bookedAt: empty'] },
    ]
    expect(commonReasons(rejected, 2)).toEqual([
      { reason: 'sdr: empty', count: 2 },
      { reason: 'status: "Won" is not accepted, rejected or pending', count: 2 },
    ])
  })
})
