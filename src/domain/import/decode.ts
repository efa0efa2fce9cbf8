import { ImportError } from './errors'

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'windows-1252'

export interface Decoded {
  text: string
  encoding: Encoding
  warnings: string[]
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)

/** How much of the file the encoding guesses look at. */
const SNIFF = 64 * 1024

/**
 * UTF-16 without a BOM: in text that is mostly ASCII every other byte is zero. Looks at the
 * first 1 KiB; returns the byte order or null.
 */
function sniffBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 1024)
  if (n < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = n / 2
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be'
  return null
}

/**
 * UTF-32 without a BOM: every code point of text is below 0x110000, so the top byte of every
 * four is zero and the next one nearly always is. Returns the byte order or null.
 */
function sniffBomlessUtf32(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | null {
  const n = Math.min(bytes.length, SNIFF)
  if (bytes.length % 4 !== 0 || n < 8) return null
  const zeros = [0, 0, 0, 0]
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i % 4]!++
  const quads = n / 4
  if (zeros[3] === quads && zeros[2]! >= quads * 0.9 && zeros[0]! < quads * 0.1) return 'utf-32le'
  if (zeros[0] === quads && zeros[1]! >= quads * 0.9 && zeros[3]! < quads * 0.1) return 'utf-32be'
  return null
}

/** Code points of running text in the scripts an export is written in (and CSV's own characters). */
function isTextLike(c: number): boolean {
  if (c < 0x20) return c === 9 || c === 10 || c === 13
  return (
    c < 0x7f ||
    (c >= 0xa0 && c < 0x0800) || // Latin, Greek, Cyrillic, Hebrew, Arabic…
    (c >= 0x0900 && c < 0x1000) || // Indic scripts, Thai
    (c >= 0x1e00 && c < 0x2200) || // Latin additions, Greek extended, punctuation, currency, letterlike
    (c >= 0x3000 && c < 0xa000) || // CJK punctuation, kana, CJK ideographs
    (c >= 0xac00 && c < 0xd7b0) || // Hangul
    (c >= 0xd800 && c < 0xe000) || // surrogate pairs (a strict decoder has paired them)
    (c >= 0xff00 && c < 0xfff0) // full-width forms
  )
}

/**
 * UTF-16 without a BOM whose text need not be ASCII (Japanese, Chinese, Korean names): the bytes
 * hold zeros (the high bytes of commas, digits and line breaks), they decode strictly, and what
 * they decode to is running text. Returns the byte order or null.
 */
function sniffBomlessUtf16Text(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null
  const n = Math.min(bytes.length, SNIFF)
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  if (evenZeros === oddZeros) return null
  const order = oddZeros > evenZeros ? 'utf-16le' : 'utf-16be'
  let text: string
  try {
    text = new TextDecoder(order, { fatal: true }).decode(bytes.subarray(0, n - (n % 2)))
  } catch {
    return null
  }
  let textLike = 0
  for (let i = 0; i < text.length; i++) if (isTextLike(text.charCodeAt(i))) textLike++
  return textLike >= text.length * 0.97 ? order : null
}

/** UTF-32 bytes → text; a value that is no code point makes it unreadable. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const chunks: string[] = []
  const codes: number[] = []
  for (let at = 0; at + 4 <= bytes.length; at += 4) {
    const c = view.getUint32(at, littleEndian)
    if (c > 0x10ffff || (c >= 0xd800 && c < 0xe000)) {
      throw new ImportError('unreadable', 'The file looks like UTF-32 text but holds bytes that are not characters')
    }
    codes.push(c)
    if (codes.length === 8192) {
      chunks.push(String.fromCodePoint(...codes))
      codes.length = 0
    }
  }
  chunks.push(String.fromCodePoint(...codes))
  return chunks.join('')
}

/** Windows-1252's bytes 0x80–0x9F (undefined ones map to the C1 control of the same number). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

/**
 * Windows-1252 by table: Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 C1
 * controls (so € would vanish), while browsers follow the WHATWG table; this gives both the
 * same, correct answer.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = []
  const CHUNK = 8192
  const units = new Uint16Array(Math.min(CHUNK, bytes.length))
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK)
    for (let i = start; i < end; i++) {
      const b = bytes[i]!
      units[i - start] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b
    }
    chunks.push(String.fromCharCode.apply(null, Array.from(units.subarray(0, end - start))))
  }
  return chunks.join('')
}

function hasNul(text: string): boolean {
  return text.indexOf('\u0000') !== -1
}

const BINARY = 'The file contains binary data (NUL characters); it is not a text export'
const NOT_UTF8 =
  'The file is not valid UTF-8; read as Windows-1252 (Western European). Check accented names; if they look wrong, re-export the file as UTF-8'

/** A workbook handed over as a text export is named for what it is. */
function refuseWorkbook(head: Uint8Array): void {
  if (startsWith(head, 0x50, 0x4b, 0x03, 0x04)) {
    throw new ImportError('unreadable', 'This looks like an Excel (.xlsx) or zip file, not a CSV file')
  }
  if (startsWith(head, 0xd0, 0xcf, 0x11, 0xe0)) {
    throw new ImportError('unreadable', 'This is an old binary Excel (.xls) file: save it as .xlsx or CSV')
  }
}

/** The encoding by byte order mark, with the mark's length, or null. UTF-32's marks come first. */
function byMark(bytes: Uint8Array): { encoding: Encoding; skip: number } | null {
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00)) return { encoding: 'utf-32le', skip: 4 }
  if (startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) return { encoding: 'utf-32be', skip: 4 }
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { encoding: 'utf-8-bom', skip: 3 }
  if (startsWith(bytes, 0xff, 0xfe)) return { encoding: 'utf-16le', skip: 2 }
  if (startsWith(bytes, 0xfe, 0xff)) return { encoding: 'utf-16be', skip: 2 }
  return null
}

function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  switch (encoding) {
    case 'utf-32le':
    case 'utf-32be':
      return decodeUtf32(bytes, encoding === 'utf-32le')
    case 'utf-16le':
    case 'utf-16be':
      return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes)
    case 'windows-1252':
      return decodeWindows1252(bytes)
    default:
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  }
}

const noMark = (encoding: Encoding, why: string): string =>
  `The file has no byte order mark; read as ${encoding.toUpperCase()} because ${why}`

/**
 * Bytes of any text file (an export, a mapping, a team file, a backup) → text. Order of trust: a
 * BOM (UTF-8, UTF-16LE/BE, UTF-32LE/BE); then BOM-less UTF-32 and mostly-ASCII UTF-16 by their
 * zero bytes; then strict UTF-8 (`TextDecoder` with `fatal: true`); then BOM-less UTF-16 of any
 * script when the bytes hold zeros and decode to running text; else Windows-1252, which decodes
 * any byte, with a warning because accents may be wrong if the file was in another code page.
 * A file that is none of these (NUL characters in the text) is refused as binary.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new ImportError('empty', 'The file is empty')
  const warnings: string[] = []
  let text: string
  let encoding: Encoding
  const mark = byMark(bytes)
  const utf32 = mark ? null : sniffBomlessUtf32(bytes)
  const utf16 = mark || utf32 ? null : sniffBomlessUtf16(bytes)
  if (mark) {
    encoding = mark.encoding
    text = decodeAs(bytes.subarray(mark.skip), encoding)
    if (encoding === 'utf-8-bom' && text.includes('\uFFFD'))
      warnings.push('Some bytes were not valid UTF-8 and were replaced by �')
  } else if (utf32 || utf16) {
    encoding = (utf32 ?? utf16)!
    text = decodeAs(bytes, encoding)
    warnings.push(noMark(encoding, utf32 ? 'three bytes in every four are zero' : 'every other byte is zero'))
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
      encoding = 'utf-8'
    } catch {
      const utf16Text = bytes.indexOf(0) === -1 ? null : sniffBomlessUtf16Text(bytes)
      if (utf16Text) {
        encoding = utf16Text
        text = decodeAs(bytes, encoding)
        warnings.push(noMark(encoding, 'its bytes read as text that way'))
      } else {
        text = decodeWindows1252(bytes)
        encoding = 'windows-1252'
        warnings.push(NOT_UTF8)
      }
    }
  }
  // A NUL byte is a NUL character in every single-byte reading (UTF-8, Windows-1252), and the
  // bytes are searched much faster than the decoded text.
  const isWide = encoding.startsWith('utf-16') || encoding.startsWith('utf-32')
  if (isWide ? hasNul(text) : bytes.indexOf(0) !== -1) throw new ImportError('unreadable', BINARY)
  if (text.trim() === '') throw new ImportError('empty', 'The file holds no text')
  return { text, encoding, warnings }
}

/** Bytes of a text export (CSV, TSV, TXT) → text: a workbook given as CSV is named as such first. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  refuseWorkbook(bytes)
  return decodeText(bytes)
}

/**
 * A chosen file's text (a team file, a mapping file, a backup) by the same detection, or one
 * sentence naming it: "team.csv is not a team file: it is not text".
 */
export function textOfFile(name: string, bytes: Uint8Array, what: string): string {
  try {
    return decodeText(bytes).text
  } catch (e) {
    const why = e instanceof ImportError && e.code === 'empty' ? 'it is empty' : 'it is not text'
    throw new ImportError(e instanceof ImportError ? e.code : 'unreadable', `${name} is not ${what}: ${why}`)
  }
}

/** A text file that can be read again from its start, chunk by chunk (the CLI reads files so). */
export interface ChunkSource {
  /** Total bytes, as far as known (progress and the empty check). */
  size: number
  /**
   * The file's bytes from the start, in order. A chunk may be overwritten by the next one (a
   * reader reuses its buffer): whatever is kept of it is copied.
   */
  chunks(): Iterable<Uint8Array>
  /**
   * Whether bytes (whole characters) are strict UTF-8, when the platform has a check faster than
   * decoding them (Node's `buffer.isUtf8`): the whole file is checked before it is read.
   */
  isUtf8?: (bytes: Uint8Array) => boolean
  /**
   * The bytes as one character each (Latin-1), when the platform does that faster than decoding
   * UTF-8 (Node's `latin1Slice`): a UTF-8 file is then read as bytes and only the cells that hold
   * other than ASCII are decoded (`textOfUtf8`).
   */
  latin1?: (bytes: Uint8Array) => string
}

export interface DecodedChunks {
  encoding: Encoding
  warnings: string[]
  /** The text, a piece per chunk read; can be iterated once. */
  texts: Iterable<string>
  /**
   * The texts are the file's UTF-8 bytes, a character per byte (checked as UTF-8 first): CSV's
   * own characters (delimiters, quotes, line breaks) are ASCII and never part of a longer UTF-8
   * sequence, so records are found in the bytes as in the text, and cells read with `textOfUtf8`.
   */
  utf8Bytes?: boolean
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Where `textOfUtf8` copies a cell's bytes: one buffer reused, grown to the longest cell, since a
 * new array per cell (tens of thousands of cells with an accent or a curly quote) cost more than
 * the decoding itself.
 */
let utf8Scratch = new Uint8Array(256)

/** Valid UTF-8 bytes held a character per byte (see `DecodedChunks.utf8Bytes`) → the text they encode. */
export function textOfUtf8(bytes: string): string {
  const n = bytes.length
  if (n > utf8Scratch.length) utf8Scratch = new Uint8Array(Math.max(n, 2 * utf8Scratch.length))
  const out = utf8Scratch
  for (let i = 0; i < n; i++) out[i] = bytes.charCodeAt(i)
  return strictUtf8.decode(out.subarray(0, n))
}

/** The source's UTF-8 text (after `skip` bytes of BOM) as bytes, a character per byte. */
function* latin1Texts(source: ChunkSource, latin1: (bytes: Uint8Array) => string, skip: number): Generator<string> {
  let toSkip = skip
  for (const raw of source.chunks()) {
    const chunk = toSkip > 0 ? raw.subarray(Math.min(toSkip, raw.length)) : raw
    toSkip -= raw.length - chunk.length
    if (chunk.indexOf(0) !== -1) throw new ImportError('unreadable', BINARY)
    yield latin1(chunk)
  }
}

/** A UTF-8 source's texts: its bytes when the platform reads them fast, else decoded. */
function utf8Chunks(
  source: ChunkSource,
  encoding: 'utf-8' | 'utf-8-bom',
  skip: number,
  warnings: string[],
): DecodedChunks {
  if (source.latin1) return { encoding, warnings, texts: latin1Texts(source, source.latin1, skip), utf8Bytes: true }
  return { encoding, warnings, texts: decodedTexts(source, encoding, skip) }
}

/** The first `limit` bytes of the source (fewer when the file is shorter). */
function headOf(source: ChunkSource, limit: number): Uint8Array {
  const parts: Uint8Array[] = []
  let length = 0
  for (const chunk of source.chunks()) {
    parts.push(chunk.slice(0, limit - length))
    length += parts[parts.length - 1]!.length
    if (length >= limit) break
  }
  const head = new Uint8Array(length)
  let at = 0
  for (const p of parts) {
    head.set(p, at)
    at += p.length
  }
  return head
}

/** Whether every chunk is strict UTF-8 (a character may span chunks) and none holds a NUL byte. */
function isCleanUtf8(source: ChunkSource): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  const isUtf8 =
    source.isUtf8 ??
    ((bytes: Uint8Array): boolean => {
      try {
        decoder.decode(bytes)
        return true
      } catch {
        return false
      }
    })
  let pending: Uint8Array = new Uint8Array(0)
  for (const chunk of source.chunks()) {
    if (chunk.indexOf(0) !== -1) return false
    const joined = pending.length === 0 ? chunk : concat(pending, chunk)
    const whole = utf8Boundary(joined)
    if (!isUtf8(joined.subarray(0, whole))) return false
    pending = joined.slice(whole)
  }
  return isUtf8(pending)
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}

/**
 * Where the last whole UTF-8 character of the bytes ends: a character cut by the chunk's end is
 * left for the next chunk. (Decoding whole characters without `stream` keeps Node on its fast
 * path, which gives one-byte strings for Latin text: the streaming path gives two-byte ones,
 * twice the memory.)
 */
function utf8Boundary(bytes: Uint8Array): number {
  const at = bytes.length
  for (let back = 1; back <= 3 && at - back >= 0; back++) {
    const b = bytes[at - back]!
    if ((b & 0xc0) === 0x80) continue // a continuation byte: look further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return length > back ? at - back : at
  }
  return at
}

/** Decodes chunk by chunk; a character cut by a chunk's end waits for the next chunk. */
function* decodedTexts(source: ChunkSource, encoding: Encoding, skip: number): Generator<string> {
  const isWide = encoding.startsWith('utf-16') || encoding.startsWith('utf-32')
  const isUtf8 = encoding === 'utf-8' || encoding === 'utf-8-bom'
  const decoder =
    encoding === 'utf-16le' || encoding === 'utf-16be' ? new TextDecoder(encoding, { ignoreBOM: true }) : null
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true })
  let pending: Uint8Array = new Uint8Array(0)
  let toSkip = skip
  const checked = (text: string): string => {
    if (isWide ? hasNul(text) : false) throw new ImportError('unreadable', BINARY)
    return text
  }
  for (const raw of source.chunks()) {
    let chunk = raw
    if (toSkip > 0) {
      const dropped = Math.min(toSkip, chunk.length)
      chunk = chunk.subarray(dropped)
      toSkip -= dropped
    }
    if (!isWide && chunk.indexOf(0) !== -1) throw new ImportError('unreadable', BINARY)
    if (decoder) yield checked(decoder.decode(chunk, { stream: true }))
    else if (encoding === 'windows-1252') yield decodeWindows1252(chunk)
    else {
      const joined = pending.length === 0 ? chunk : concat(pending, chunk)
      const whole = isUtf8 ? utf8Boundary(joined) : joined.length - (joined.length % 4)
      pending = joined.slice(whole)
      const part = joined.subarray(0, whole)
      yield isUtf8 ? utf8.decode(part) : checked(decodeUtf32(part, encoding === 'utf-32le'))
    }
  }
  if (decoder) yield checked(decoder.decode())
  else if (isUtf8 && pending.length > 0) yield utf8.decode(pending)
}

/**
 * `decodeText` for a file read in chunks, with the same detection: marks and zero patterns from
 * the first 64 KiB; strict UTF-8 checked over the whole file first (a file that is not UTF-8 is
 * read as Windows-1252 from its start, not switched halfway). The text is then decoded one chunk
 * at a time, so the file's bytes are never held whole.
 */
export function decodeChunks(source: ChunkSource): DecodedChunks {
  if (source.size === 0) throw new ImportError('empty', 'The file is empty')
  const head = headOf(source, SNIFF)
  if (head.length === 0) throw new ImportError('empty', 'The file is empty')
  refuseWorkbook(head)
  const warnings: string[] = []
  const mark = byMark(head)
  // A BOM says UTF-8 but does not vouch for the bytes after it: they are checked as without one.
  if (mark?.encoding === 'utf-8-bom' && source.latin1 && isCleanUtf8(source))
    return utf8Chunks(source, 'utf-8-bom', mark.skip, warnings)
  if (mark) return { encoding: mark.encoding, warnings, texts: decodedTexts(source, mark.encoding, mark.skip) }
  // The sniffers see the head; the file's length decides whether it can be UTF-32 or UTF-16.
  const utf32 = source.size % 4 === 0 ? sniffBomlessUtf32(head.subarray(0, head.length - (head.length % 4))) : null
  const utf16 = utf32 ? null : sniffBomlessUtf16(head)
  if (utf32 || utf16) {
    const encoding = (utf32 ?? utf16)!
    warnings.push(noMark(encoding, utf32 ? 'three bytes in every four are zero' : 'every other byte is zero'))
    return { encoding, warnings, texts: decodedTexts(source, encoding, 0) }
  }
  if (isCleanUtf8(source)) return utf8Chunks(source, 'utf-8', 0, warnings)
  const utf16Text =
    source.size % 2 !== 0 || head.indexOf(0) === -1
      ? null
      : sniffBomlessUtf16Text(head.subarray(0, head.length - (head.length % 2)))
  if (utf16Text) {
    warnings.push(noMark(utf16Text, 'its bytes read as text that way'))
    return { encoding: utf16Text, warnings, texts: decodedTexts(source, utf16Text, 0) }
  }
  warnings.push(NOT_UTF8)
  return { encoding: 'windows-1252', warnings, texts: decodedTexts(source, 'windows-1252', 0) }
}
