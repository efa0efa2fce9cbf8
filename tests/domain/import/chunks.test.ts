import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeChunks, decodeText, type ChunkSource } from '@/domain/import/decode'
import { openTextChunksTable, tokenize, tokenizeChunks } from '@/domain/import/records'
import { parseCsvChunks, parseCsvExport } from '@/domain/import/pipeline'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES, fixture, TZ } from './helpers'

/** The text cut at the given places. */
function cut(text: string, at: number[]): string[] {
  const places = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b)
  const pieces: string[] = []
  let from = 0
  for (const p of places) {
    pieces.push(text.slice(from, p))
    from = p
  }
  pieces.push(text.slice(from))
  return pieces
}

/** Bytes as a source read in chunks of `size`. */
const source = (bytes: Uint8Array, size: number): ChunkSource => ({
  size: bytes.length,
  *chunks() {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
  },
})

/**
 * Bytes read as Node's file reader reads them: into one buffer, overwritten by each chunk (and
 * scribbled over once read), so a reader that keeps a chunk without copying it reads garbage.
 */
const reusing = (bytes: Uint8Array, size: number): ChunkSource => ({
  size: bytes.length,
  *chunks() {
    const buffer = new Uint8Array(size)
    for (let at = 0; at < bytes.length; at += size) {
      const chunk = bytes.subarray(at, at + size)
      buffer.set(chunk)
      yield buffer.subarray(0, chunk.length)
      buffer.fill(0xff)
    }
  },
})

/** The same source offering the fast paths Node has: a UTF-8 check and bytes as Latin-1 text. */
const nodeLike = (bytes: Uint8Array, size: number): ChunkSource => ({
  ...source(bytes, size),
  isUtf8: (b) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b)
      return true
    } catch {
      return false
    }
  },
  latin1: (b) => Array.from(b, (c) => String.fromCharCode(c)).join(''),
})

/** UTF-8 bytes of the text, a character per byte. */
const asBytes = (text: string): string =>
  Array.from(new TextEncoder().encode(text), (c) => String.fromCharCode(c)).join('')

const CSV_CHARS = fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é', ';', '“', '😀')

describe('reading a text export in chunks', () => {
  it('gives the same records, lines and offsets as reading it whole, wherever it is cut', () => {
    fc.assert(
      fc.property(fc.array(CSV_CHARS, { maxLength: 120 }), fc.array(fc.nat(), { maxLength: 8 }), (chars, at) => {
        const text = chars.join('')
        const whole = (() => {
          try {
            return [...tokenize(text, ',')]
          } catch (e) {
            return (e as Error).message
          }
        })()
        const chunked = (() => {
          try {
            return [...tokenizeChunks(cut(text, at), ',')]
          } catch (e) {
            return (e as Error).message
          }
        })()
        expect(chunked).toEqual(whole)
      }),
      { numRuns: 2000 },
    )
  })

  it('shows a skipped line as it was written, from the stretch its record was read from', () => {
    const text = 'Pipeline report\r\nid,notes\r\n1,"a\nb"\r\n\r\n2,"x,y"\nGrand Totals (2 records)\n3,z'
    const table = openTextChunksTable(text.split(''))
    const records = [...table.records]
    expect(records.map((r) => r.cells)).toEqual([
      ['1', 'a\nb'],
      ['2', 'x,y'],
      ['3', 'z'],
    ])
    expect(table.skipped.map((s) => [s.line, s.text])).toEqual([
      [1, 'Pipeline report'],
      [5, ''],
      [7, 'Grand Totals (2 records)'],
    ])
  })

  it('does not offer to read a record again, which would mean holding every stretch', () => {
    expect(openTextChunksTable(['id,notes\n1,a\n']).cellsAt).toBeUndefined()
  })

  it('gives the same records and lines from the UTF-8 bytes as from the text, wherever they are cut', () => {
    fc.assert(
      fc.property(fc.array(CSV_CHARS, { maxLength: 120 }), fc.array(fc.nat(), { maxLength: 8 }), (chars, at) => {
        const text = chars.join('')
        const read = (records: () => Iterable<{ line: number; cells: string[] }>) => {
          try {
            return [...records()].map((r) => [r.line, r.cells])
          } catch (e) {
            return (e as Error).message
          }
        }
        const fromBytes = read(() => tokenizeChunks(cut(asBytes(text), at), ',', undefined, undefined, true))
        expect(fromBytes).toEqual(read(() => tokenize(text, ',')))
      }),
      { numRuns: 1000 },
    )
  })

  it('counts a cell read from bytes in characters, not bytes, against the cell limit', () => {
    const limits = { columns: 10, cellChars: 4 }
    const read = (text: string) =>
      [...tokenizeChunks([asBytes(text)], ',', limits, undefined, true)].map((r) => r.cells)
    expect(read('id,“éé”\n')).toEqual([['id', '“éé”']])
    expect(() => read('id,“ééé”\n')).toThrow(/Line 1 holds a value longer than 4 characters/)
    expect(() => read('id,abcde\n')).toThrow(/Line 1 holds a value longer than 4 characters/)
  })

  it('keeps a quoted value with line breaks whole across many small chunks', () => {
    const text = 'id,notes\r\n1,"line one\r\nline two, ""quoted"""\r\n2,plain\r\n'
    const pieces = text.split('')
    expect([...tokenizeChunks(pieces, ',')]).toEqual([...tokenize(text, ',')])
  })

  it('refuses a quote left open for longer than a cell may be, without waiting for the end', () => {
    const pieces = ['id,notes\n1,"', ...Array<string>(300).fill('x'.repeat(1000))]
    expect(() => [...tokenizeChunks(pieces, ',')]).toThrow(/Line 2 holds a value longer than 131,072 characters/)
  })
})

describe('decoding a file in chunks', () => {
  const samples: [string, Uint8Array][] = [
    ['UTF-8', new TextEncoder().encode('name,role\nZoë,SDR\n山田,AE\n'.repeat(50))],
    ['UTF-8 with BOM', new TextEncoder().encode('\uFEFFname,role\nZoë,SDR\n'.repeat(50))],
    ['Windows-1252', Uint8Array.from([0x4a, 0xf6, 0x72, 0x67, 0x2c, 0x80, 0x0a, 0x61, 0x2c, 0x62, 0x0a])],
    ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x2c, 0, 0x62, 0, 0x0a, 0, 0x71, 0x5c, 0x0a, 0])],
    ['UTF-32BE with BOM', Uint8Array.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x61, 0, 0, 0, 0x2c, 0, 1, 0xf3, 0x89])],
  ]

  it.each(samples)('%s reads to the same text and encoding in chunks of 3 bytes', (_, bytes) => {
    const whole = decodeText(bytes)
    const chunked = decodeChunks(source(bytes, 3))
    expect([...chunked.texts].join('')).toBe(whole.text)
    expect(chunked.encoding).toBe(whole.encoding)
    expect(chunked.warnings).toEqual(whole.warnings)
  })

  it.each(samples)('%s reads to the same text from a reader that reuses its buffer', (_, bytes) => {
    const whole = decodeText(bytes)
    for (const size of [3, 64]) {
      const chunked = decodeChunks(reusing(bytes, size))
      expect([...chunked.texts].join('')).toBe(whole.text)
      expect(chunked.encoding).toBe(whole.encoding)
    }
  })

  it('refuses an empty file and binary data as reading it whole does', () => {
    expect(() => decodeChunks(source(new Uint8Array(0), 3))).toThrow('The file is empty')
    const binary = decodeChunks(source(Uint8Array.from([0x61, 0x00, 0x00, 0x00, 0x62]), 2))
    expect(() => [...binary.texts]).toThrow(/binary data/)
  })
})

describe('an import read in chunks', () => {
  it('gives the same parse as reading the bytes whole, rejected duplicates and skipped lines included', () => {
    const text =
      '"Report, title"\n\nexternalId,sdr,bookedAt,status,crmNotes\r\n' +
      'A-1,Ava,2026-11-16,pending,"first\n“note”"\r\nA-2,Bén,16/11/2026,accepted,\r\n' +
      'A-1,Ava,2026-11-17,rejected,"again, later"\r\nA-3,,2026-11-18,pending,\r\n\r\nGrand Totals (4 records)\r\n'
    const bytes = new TextEncoder().encode(text)
    const options = { timeZone: 'Europe/Berlin' }
    const whole = parseCsvExport({ fileName: 'x.csv', bytes }, options)
    for (const chunked of [
      parseCsvChunks({ fileName: 'x.csv', source: source(bytes, 7) }, options),
      parseCsvChunks({ fileName: 'x.csv', source: nodeLike(bytes, 7) }, options),
    ]) {
      expect(chunked.rejected).toEqual(whole.rejected)
      expect(chunked.handoffs).toEqual(whole.handoffs)
      expect(chunked.warnings).toEqual(whole.warnings)
      expect(chunked.skipped).toEqual(whole.skipped)
    }
  })

  it.each(
    [...readdirSync(FIXTURES), ...readdirSync(join(FIXTURES, 'exports')).map((n) => `exports/${n}`)].filter((name) =>
      /\.(csv|tsv|txt)$/.test(name),
    ),
  )('reads the fixture %s in chunks as it reads it whole', (name) => {
    const bytes = fixture(name)
    const options = { timeZone: TZ, rememberedDateOrder: 'MDY' as const }
    const outcome = (read: () => unknown) => {
      try {
        return read()
      } catch (e) {
        return (e as Error).message
      }
    }
    const whole = outcome(() => parseCsvExport({ fileName: name, bytes }, options))
    for (const size of [5, 4096]) {
      expect(outcome(() => parseCsvChunks({ fileName: name, source: source(bytes, size) }, options))).toEqual(whole)
      expect(outcome(() => parseCsvChunks({ fileName: name, source: nodeLike(bytes, size) }, options))).toEqual(whole)
    }
  })
})
