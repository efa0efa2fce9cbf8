import { describe, expect, it } from 'vitest'
import { decodeBytes, ImportError } from '@/domain/import'
import { fixture, utf8 } from './helpers'

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(utf8('a,b\r\nZoë,1'))).toEqual({ text: 'a,b\r\nZoë,1', encoding: 'utf-8', warnings: [] })
  })

  it('drops a UTF-8 BOM and reports it', () => {
    const { text, encoding } = decodeBytes(fixture('utf-8-bom.csv'))
    expect(encoding).toBe('utf-8-bom')
    expect(text.startsWith('externalId,')).toBe(true)
    expect(text).toContain('Jürgen Weiß')
  })

  it('reads UTF-16LE with a BOM', () => {
    const { text, encoding } = decodeBytes(fixture('utf-16le.tsv'))
    expect(encoding).toBe('utf-16le')
    expect(text.split('\r\n')[0]).toBe(
      'Record ID\tCreate Date\tSDR Owner\tDeal Owner\tAssociated Company\tHandoff Status\tNotes',
    )
    expect(text).toContain('東京 Trading')
  })

  it('reads UTF-16BE with a BOM', () => {
    const bytes = Uint8Array.from([0xfe, 0xff, 0x00, 0x61, 0x00, 0x2c, 0x00, 0xe9])
    expect(decodeBytes(bytes)).toMatchObject({ text: 'a,é', encoding: 'utf-16be' })
  })

  it('falls back to Windows-1252 when the bytes are not UTF-8, and says so', () => {
    const { text, encoding, warnings } = decodeBytes(fixture('windows-1252.csv'))
    expect(encoding).toBe('windows-1252')
    expect(text).toContain('Jörg Müller;16.11.2026')
    expect(text).toContain('€ 800,00')
    expect(warnings[0]).toMatch(/not valid UTF-8; read as Windows-1252/)
  })

  it('maps the Windows-1252 range 0x80–0x9F the WHATWG way (€, curly quotes)', () => {
    expect(decodeBytes(Uint8Array.from([0x80, 0x20, 0x93, 0x78, 0x94, 0xff])).text).toBe('€ “x”ÿ')
  })

  it('rejects an empty file with a clear error', () => {
    expect(() => decodeBytes(fixture('empty.csv'))).toThrow(new ImportError('empty', 'The file is empty'))
  })

  it('rejects binary data and zip files', () => {
    expect(() => decodeBytes(Uint8Array.from([0x61, 0x00, 0x00, 0x00, 0x62]))).toThrow(/binary data/)
    expect(() => decodeBytes(fixture('handoffs.xlsx'))).toThrow(/Excel/)
  })
})
