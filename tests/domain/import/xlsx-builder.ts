/**
 * Builds .xlsx files in the test from code: ordinary workbooks, and hostile ones (huge
 * references, huge text nodes, zip bombs, lying sizes) without any big binary fixture. The zip
 * writer is our own so a test can make the archive declare what it likes.
 */
import { deflateSync } from 'fflate'

const encoder = new TextEncoder()

/** One zip entry: bytes stored deflated, or an already-deflated stream with its claimed sizes. */
export type Part =
  | string
  | Uint8Array
  | { deflated: Uint8Array; size: number; crc?: number; declaredSize?: number; stored?: false }
  | { raw: Uint8Array; stored: true }

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** A zip archive of the parts, in order. `declaredSize` lets an entry lie about its size. */
export function zip(parts: Record<string, Part>): Uint8Array {
  const chunks: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const [name, part] of Object.entries(parts)) {
    let method = 8
    let data: Uint8Array
    let size: number
    let crc: number
    if (typeof part === 'string' || part instanceof Uint8Array) {
      const bytes = typeof part === 'string' ? encoder.encode(part) : part
      data = deflateSync(bytes)
      size = bytes.length
      crc = crc32(bytes)
    } else if (part.stored === true) {
      method = 0
      data = part.raw
      size = part.raw.length
      crc = crc32(part.raw)
    } else {
      data = part.deflated
      size = part.declaredSize ?? part.size
      crc = part.crc ?? 0
    }
    const nameBytes = encoder.encode(name)
    const local = new DataView(new ArrayBuffer(30))
    local.setUint32(0, 0x04034b50, true)
    local.setUint16(4, 20, true)
    local.setUint16(8, method, true)
    local.setUint32(14, crc, true)
    local.setUint32(18, data.length, true)
    local.setUint32(22, size, true)
    local.setUint16(26, nameBytes.length, true)
    const dir = new DataView(new ArrayBuffer(46))
    dir.setUint32(0, 0x02014b50, true)
    dir.setUint16(4, 20, true)
    dir.setUint16(6, 20, true)
    dir.setUint16(10, method, true)
    dir.setUint32(16, crc, true)
    dir.setUint32(20, data.length, true)
    dir.setUint32(24, size, true)
    dir.setUint16(28, nameBytes.length, true)
    dir.setUint32(42, offset, true)
    chunks.push(new Uint8Array(local.buffer), nameBytes, data)
    central.push(new Uint8Array(dir.buffer), nameBytes)
    offset += 30 + nameBytes.length + data.length
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0)
  const end = new DataView(new ArrayBuffer(22))
  end.setUint32(0, 0x06054b50, true)
  end.setUint16(8, central.length / 2, true)
  end.setUint16(10, central.length / 2, true)
  end.setUint32(12, dirSize, true)
  end.setUint32(16, offset, true)
  const all = [...chunks, ...central, new Uint8Array(end.buffer)]
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of all) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/** Raw DEFLATE bits, least significant first; Huffman codes go in most significant bit first. */
class BitWriter {
  private bytes: number[] = []
  private current = 0
  private used = 0
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.bit((value >>> i) & 1)
  }
  code(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bit((code >>> i) & 1)
  }
  private bit(b: number): void {
    this.current |= b << this.used
    if (++this.used === 8) {
      this.bytes.push(this.current)
      this.current = 0
      this.used = 0
    }
  }
  finish(): Uint8Array {
    if (this.used > 0) this.bytes.push(this.current)
    return Uint8Array.from(this.bytes)
  }
}

function literal(w: BitWriter, byte: number): void {
  if (byte < 144) w.code(0x30 + byte, 8)
  else w.code(0x190 + byte - 144, 9)
}

/**
 * A deflate stream of `before`, then `fill` repeated about `times` × 258 times (one literal then
 * back-references of length 258, distance 1: 13 bits per 258 bytes), then `after`. This is how a
 * zip bomb is made: megabytes of output from a few kilobytes, built in milliseconds.
 */
export function bombDeflate(
  before: string,
  fill: string,
  times: number,
  after: string,
): { deflated: Uint8Array; size: number; crc?: number } {
  const w = new BitWriter()
  w.bits(1, 1) // final block
  w.bits(1, 2) // fixed Huffman codes
  const head = encoder.encode(before + fill)
  for (const b of head) literal(w, b)
  for (let i = 0; i < times; i++) {
    w.code(0xc5, 8) // length code 285 = 258 bytes
    w.code(0, 5) // distance code 0 = 1 byte back
  }
  const tail = encoder.encode(after)
  for (const b of tail) literal(w, b)
  w.code(0, 7) // end of block
  const size = head.length + times * 258 + tail.length
  // The true checksum, so only the size or the budget refuses it; skipped for the largest bombs
  // (a reader refuses those by the budget long before any checksum).
  return { deflated: w.finish(), size, ...(size <= 64_000_000 ? { crc: bombCrc(head, times * 258, tail) } : {}) }
}

function bombCrc(head: Uint8Array, repeats: number, tail: Uint8Array): number {
  let c = 0xffffffff
  const add = (b: number) => (c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8))
  head.forEach(add)
  const fill = head[head.length - 1]!
  for (let i = 0; i < repeats; i++) add(fill)
  tail.forEach(add)
  return (c ^ 0xffffffff) >>> 0
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
export const SHEET_TAIL = '</sheetData></worksheet>'

/** A worksheet part around rows of XML. */
export const sheetXml = (rows: string): string => `${SHEET_HEAD}${rows}${SHEET_TAIL}`

/** An inline-string cell; `ref` undefined leaves out the `r` attribute. */
export const str = (ref: string | undefined, s: string): string =>
  `<c${ref ? ` r="${ref}"` : ''} t="inlineStr"><is><t>${esc(s)}</t></is></c>`

export const num = (ref: string | undefined, n: string, style?: number): string =>
  `<c${ref ? ` r="${ref}"` : ''}${style !== undefined ? ` s="${style}"` : ''}><v>${n}</v></c>`

/** A row; `r` undefined leaves out the `r` attribute. */
export const row = (r: number | string | undefined, cells: string): string =>
  `<row${r !== undefined ? ` r="${r}"` : ''}>${cells}</row>`

export interface WorkbookSpec {
  sheets?: Record<string, Part>
  sharedStrings?: Part
  styles?: Part
  date1904?: boolean
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A complete workbook: the given sheets (default one sheet "Sheet1"), shared strings, styles. */
export function workbook(spec: WorkbookSpec): Uint8Array {
  const sheets = spec.sheets ?? {}
  const names = Object.keys(sheets)
  const rels = names.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  )
  if (spec.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`)
  }
  if (spec.styles !== undefined) rels.push(`<Relationship Id="rIdY" Type="${REL}/styles" Target="/xl/styles.xml"/>`)
  const parts: Record<string, Part> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">${spec.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${names.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  }
  names.forEach((n, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = sheets[n]!))
  if (spec.sharedStrings !== undefined) parts['xl/sharedStrings.xml'] = spec.sharedStrings
  if (spec.styles !== undefined) parts['xl/styles.xml'] = spec.styles
  return zip(parts)
}

/** A shared-strings part holding the texts (plain `<si><t>` items). */
export const sharedStringsXml = (texts: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${texts.length}" uniqueCount="${texts.length}">${texts.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join('')}</sst>`

/** A styles part: style 0 general, then one style per number format id (custom codes ≥ 164). */
export function stylesXml(formats: (number | string)[]): string {
  const custom = formats.flatMap((f, i) =>
    typeof f === 'string' ? [`<numFmt numFmtId="${164 + i}" formatCode="${esc(f).replace(/"/g, '&quot;')}"/>`] : [],
  )
  const xfs = formats.map((f, i) => `<xf numFmtId="${typeof f === 'string' ? 164 + i : f}" applyNumberFormat="1"/>`)
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="${custom.length}">${custom.join('')}</numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="${xfs.length + 1}"><xf numFmtId="0"/>${xfs.join('')}</cellXfs></styleSheet>`
}
