import { Inflate } from 'fflate'

/**
 * The parts of a zip archive (an .xlsx file is one), read with a byte budget. The central
 * directory's declared sizes are checked before anything is inflated, and the bytes are counted
 * while inflating, so a zip bomb stops at the budget instead of filling memory. fflate does the
 * inflating (streaming, pure JS: the same code in Node, the browser and a Web Worker).
 */
export interface ZipEntry {
  name: string
  method: number
  flags: number
  crc: number
  compressedSize: number
  /** Uncompressed size as the central directory declares it. */
  size: number
  localOffset: number
}

export type ZipProblem = 'not-zip' | 'damaged' | 'encrypted' | 'unsupported'

/** Something about the archive itself; the XLSX reader words it for a person. */
export class ZipError extends Error {
  override readonly name = 'ZipError'
  constructor(
    readonly problem: ZipProblem,
    message: string,
  ) {
    super(message)
  }
}

/** The budget would be overdrawn: `size` is what was declared or counted so far. */
export class ZipBudgetError extends Error {
  override readonly name = 'ZipBudgetError'
  constructor(readonly size: number) {
    super(`more than the unzip budget (${size} bytes)`)
  }
}

/**
 * A part inflates to more than its allowed multiple of its packed size: what a zip bomb does and
 * what no spreadsheet's text does (Apache POI refuses past 100× by default, for the same reason).
 */
export class ZipRatioError extends Error {
  override readonly name = 'ZipRatioError'
  constructor(readonly part: string) {
    super(`the part ${part} unzips to far more than its packed size`)
  }
}

/** Inflated bytes before the ratio is judged: a small part may pack very well. */
const RATIO_GRACE = 1024 * 1024

/** Bytes still allowed to be inflated, shared by every part read from one archive. */
export interface Budget {
  left: number
}

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8)
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0
/** A 64-bit field as a number; values beyond 2^53 only need to read as "huge". */
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x100000000

const EOCD = 0x06054b50
const EOCD64 = 0x06064b50
const EOCD64_LOCATOR = 0x07064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const MAX32 = 0xffffffff

const damaged = (why: string) => new ZipError('damaged', why)

function findEndOfDirectory(b: Uint8Array): number {
  const last = b.length - 22
  const first = Math.max(0, last - 0xffff)
  for (let at = last; at >= first; at--) {
    if (b[at] === 0x50 && b[at + 1] === 0x4b && u32(b, at) === EOCD) return at
  }
  return -1
}

const nameDecoder = new TextDecoder('utf-8')

/** Every entry of the archive by name (backslashes read as slashes). Throws `ZipError`. */
export function listEntries(b: Uint8Array): Map<string, ZipEntry> {
  const eocd = b.length >= 22 ? findEndOfDirectory(b) : -1
  if (eocd < 0) {
    if (b.length >= 4 && u32(b, 0) === LOCAL) throw damaged('its table of contents is missing (the file is cut short)')
    throw new ZipError('not-zip', 'not a zip archive')
  }
  let count = u16(b, eocd + 10)
  let dirSize = u32(b, eocd + 12)
  let dirOffset = u32(b, eocd + 16)
  if (
    (count === 0xffff || dirOffset === MAX32 || dirSize === MAX32) &&
    eocd >= 20 &&
    u32(b, eocd - 20) === EOCD64_LOCATOR
  ) {
    const at = u64(b, eocd - 12)
    if (at + 56 > b.length || u32(b, at) !== EOCD64) throw damaged('its table of contents is damaged')
    count = u64(b, at + 32)
    dirSize = u64(b, at + 40)
    dirOffset = u64(b, at + 48)
  }
  if (dirOffset + dirSize > b.length) throw damaged('its table of contents points past the end of the file')
  const entries = new Map<string, ZipEntry>()
  let at = dirOffset
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== CENTRAL) throw damaged('its table of contents is damaged')
    const nameLength = u16(b, at + 28)
    const extraLength = u16(b, at + 30)
    const commentLength = u16(b, at + 32)
    const next = at + 46 + nameLength + extraLength + commentLength
    if (next > b.length) throw damaged('its table of contents is damaged')
    const entry: ZipEntry = {
      name: nameDecoder.decode(b.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, '/'),
      flags: u16(b, at + 8),
      method: u16(b, at + 10),
      crc: u32(b, at + 16),
      compressedSize: u32(b, at + 20),
      size: u32(b, at + 24),
      localOffset: u32(b, at + 42),
    }
    readZip64Extra(b, at + 46 + nameLength, extraLength, entry)
    if (!entries.has(entry.name)) entries.set(entry.name, entry)
    at = next
  }
  return entries
}

/** Zip64 sizes and offset: present, in this order, only for the fields that read 0xFFFFFFFF. */
function readZip64Extra(b: Uint8Array, from: number, length: number, entry: ZipEntry): void {
  for (let at = from; at + 4 <= from + length;) {
    const id = u16(b, at)
    const size = u16(b, at + 2)
    if (id === 0x0001) {
      let field = at + 4
      const end = Math.min(field + size, from + length)
      for (const key of ['size', 'compressedSize', 'localOffset'] as const) {
        if (entry[key] !== MAX32) continue
        if (field + 8 > end) break
        entry[key] = u64(b, field)
        field += 8
      }
      return
    }
    at += 4 + size
  }
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c
  }
  return t
})()

/** CRC-32 of `chunk` continuing from `crc` (0 to start), as zip stores it. */
export function crc32(crc: number, chunk: Uint8Array): number {
  let c = ~crc
  for (let i = 0; i < chunk.length; i++) c = CRC_TABLE[(c ^ chunk[i]!) & 0xff]! ^ (c >>> 8)
  return ~c >>> 0
}

/** Compressed bytes handed to the inflater at a time: bounds one output burst to ~1,000× this. */
const FEED = 8 * 1024
/** Stored (uncompressed) entries are handed on in slices of this size. */
const SLICE = 64 * 1024

/**
 * Streams one entry's bytes to `onChunk`, which returns true when it needs no more. The rest is
 * still inflated (not handed on) so that every entry's size and checksum are checked before its
 * content counts: a workbook changed after it was zipped is refused, not read up to where the
 * change begins. Throws `ZipBudgetError` before the budget is overdrawn, `ZipError` when the
 * entry is damaged (bad data, wrong size or checksum), encrypted or compressed in a way .xlsx
 * never is.
 */
export function readEntry(
  b: Uint8Array,
  entry: ZipEntry,
  budget: Budget,
  onChunk: (chunk: Uint8Array) => boolean | void,
  /** Most bytes inflated per compressed byte, past the first megabyte (see `ZipRatioError`). */
  maxRatio = Infinity,
): void {
  if (entry.flags & 1) throw new ZipError('encrypted', 'password-protected')
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError('unsupported', `compression method ${entry.method}`)
  if (entry.size > budget.left) throw new ZipBudgetError(entry.size)
  const local = entry.localOffset
  if (local + 30 > b.length || u32(b, local) !== LOCAL) throw damaged(`the part ${entry.name} is missing`)
  const start = local + 30 + u16(b, local + 26) + u16(b, local + 28)
  const end = start + entry.compressedSize
  if (end > b.length) throw damaged(`the part ${entry.name} is cut short`)

  let produced = 0
  let fed = 0
  let crc = 0
  let isSatisfied = false
  // What `take` threw from inside the inflater's callback, so it is not mistaken for bad data.
  let failure: unknown = undefined
  const take = (chunk: Uint8Array): void => {
    if (failure !== undefined || chunk.length === 0) return
    try {
      produced += chunk.length
      if (produced > entry.size) throw damaged(`the part ${entry.name} is larger than the archive says`)
      if (produced > budget.left) throw new ZipBudgetError(produced)
      // Judged on the packed bytes handed to the inflater so far: a bomb is stopped within its
      // first megabytes, not after inflating 100× the whole part.
      if (produced > RATIO_GRACE && produced > maxRatio * fed) throw new ZipRatioError(entry.name)
      crc = crc32(crc, chunk)
      if (!isSatisfied && onChunk(chunk) === true) isSatisfied = true
    } catch (e) {
      failure = e
      throw e
    }
  }

  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw damaged(`the part ${entry.name} has the wrong size`)
    for (let at = start; at < end; at += SLICE) {
      fed = Math.min(end, at + SLICE) - start
      take(b.subarray(at, start + fed))
    }
  } else {
    const inflate = new Inflate((chunk) => take(chunk))
    try {
      for (let at = start; at < end; at += FEED) {
        const stop = Math.min(end, at + FEED)
        fed = stop - start
        inflate.push(b.subarray(at, stop), stop === end)
      }
      if (start === end) inflate.push(new Uint8Array(0), true)
    } catch {
      if (failure !== undefined) throw failure
      throw damaged(`the part ${entry.name} cannot be unzipped`)
    }
  }
  budget.left -= produced
  if (produced !== entry.size) throw damaged(`the part ${entry.name} has the wrong size`)
  if (crc !== entry.crc) throw damaged(`the part ${entry.name} fails its checksum`)
}
