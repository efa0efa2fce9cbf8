import { describe, expect, it } from 'vitest'
import { ImportError } from '@/domain/import/errors'
import { decodeBytes, decodeText } from '@/domain/import/decode'
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

  describe('wide encodings', () => {
    const CJK = '名前,役割\r\n山田太郎,営業\r\n佐藤花子,担当者\r\n'
    const utf16 = (text: string, littleEndian: boolean): Uint8Array => {
      const out = new Uint8Array(text.length * 2)
      const view = new DataView(out.buffer)
      for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), littleEndian)
      return out
    }
    const utf32 = (text: string, littleEndian: boolean, bom = false): Uint8Array => {
      const points = [...(bom ? '\uFEFF' : ''), ...text].map((c) => c.codePointAt(0)!)
      const out = new Uint8Array(points.length * 4)
      const view = new DataView(out.buffer)
      points.forEach((p, i) => view.setUint32(4 * i, p, littleEndian))
      return out
    }

    it('reads UTF-16LE without a BOM holding Japanese text, and says how it was read', () => {
      const decoded = decodeText(utf16(CJK, true))
      expect(decoded).toMatchObject({ text: CJK, encoding: 'utf-16le' })
      expect(decoded.warnings[0]).toMatch(/no byte order mark; read as UTF-16LE/)
    })

    it('reads UTF-16BE without a BOM holding Japanese text', () => {
      expect(decodeText(utf16(CJK, false))).toMatchObject({ text: CJK, encoding: 'utf-16be' })
    })

    it('reads UTF-32 with and without a BOM, in both byte orders', () => {
      const text = 'name,role\nZoë,SDR\n山田,AE 🎉\n'
      expect(decodeText(utf32(text, true, true))).toMatchObject({ text, encoding: 'utf-32le', warnings: [] })
      expect(decodeText(utf32(text, false, true))).toMatchObject({ text, encoding: 'utf-32be', warnings: [] })
      expect(decodeText(utf32(text, true))).toMatchObject({ text, encoding: 'utf-32le' })
      expect(decodeText(utf32(text, false))).toMatchObject({ text, encoding: 'utf-32be' })
    })

    it('refuses UTF-32 holding a value that is no character, in words', () => {
      const bytes = utf32('ab', true, true)
      bytes.set([0xff, 0xff, 0xff, 0x7f], 4)
      expect(() => decodeText(bytes)).toThrow('The file looks like UTF-32 text but holds bytes that are not characters')
    })

    it('still refuses bytes that are no text in any encoding as binary', () => {
      const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + (i >> 3)) % 256)
      expect(() => decodeText(noise)).toThrow(/binary data/)
    })
  })
})
