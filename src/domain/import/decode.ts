import { ImportError } from './errors'

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface Decoded {
  text: string
  encoding: Encoding
  warnings: string[]
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)

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
export function decodeWindows1252(bytes: Uint8Array): string {
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

/**
 * Bytes of a text export → text. Order of trust: a BOM (UTF-8, UTF-16LE/BE); then strict UTF-8
 * (`TextDecoder` with `fatal: true`); then BOM-less UTF-16 when every other byte is zero; else
 * Windows-1252, which decodes any byte, with a warning because accents may be wrong if the file
 * was really in another legacy code page.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new ImportError('empty', 'The file is empty')
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    throw new ImportError('unreadable', 'This looks like an Excel (.xlsx) or zip file, not a CSV file')
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    throw new ImportError('unreadable', 'This is an old binary Excel (.xls) file: save it as .xlsx or CSV')
  }
  const warnings: string[] = []
  let text: string
  let encoding: Encoding
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    encoding = 'utf-8-bom'
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3))
    if (text.includes('\uFFFD')) warnings.push('Some bytes were not valid UTF-8 and were replaced by �')
  } else if (startsWith(bytes, 0xff, 0xfe)) {
    encoding = 'utf-16le'
    text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2))
  } else if (startsWith(bytes, 0xfe, 0xff)) {
    encoding = 'utf-16be'
    text = new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2))
  } else {
    const utf16 = sniffBomlessUtf16(bytes)
    if (utf16) {
      encoding = utf16
      text = new TextDecoder(utf16).decode(bytes)
      warnings.push(`The file has no byte order mark; read as ${utf16.toUpperCase()} because every other byte is zero`)
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
        encoding = 'utf-8'
      } catch {
        text = decodeWindows1252(bytes)
        encoding = 'windows-1252'
        warnings.push(
          'The file is not valid UTF-8; read as Windows-1252 (Western European). Check accented names; if they look wrong, re-export the file as UTF-8',
        )
      }
    }
  }
  // A NUL byte is a NUL character in every single-byte reading (UTF-8, Windows-1252), and the
  // bytes are searched much faster than the decoded text.
  if (encoding === 'utf-16le' || encoding === 'utf-16be' ? hasNul(text) : bytes.indexOf(0) !== -1) {
    throw new ImportError('unreadable', 'The file contains binary data (NUL characters); it is not a text export')
  }
  if (text.trim() === '') throw new ImportError('empty', 'The file holds no text')
  return { text, encoding, warnings }
}
