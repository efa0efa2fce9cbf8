/**
 * A small streaming XML tokenizer for the parts of an .xlsx file: text arrives in chunks and
 * goes out as open / close / text events, so a sheet is never held whole and a huge text node
 * costs only what the listener keeps. Only an unfinished tag is carried between chunks, and that
 * is bounded. No DTDs (refused), no entity definitions: the five XML entities and character
 * references are decoded, nothing else expands.
 */
export interface XmlListener {
  /** `name` without its namespace prefix; `tag` is the raw text between `<` and `>`. */
  open(name: string, tag: string): void
  close(name: string): void
  /** Text with entities decoded; one text node may arrive in several pieces. */
  text(text: string): void
}

/** The XML itself is malformed in a way the reader will not guess around. */
export class XmlError extends Error {
  override readonly name = 'XmlError'
}

const LT = 60
const GT = 62
const SLASH = 47
const QUOT = 34
const APOS = 39

const enum Mode {
  Text,
  Comment,
  CData,
}

const ENTITY = /&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|amp|lt|gt|quot|apos);/g
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function fromCodePoint(code: number): string {
  const valid = code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
  return valid ? String.fromCodePoint(code) : '\ufffd'
}

/** The five XML entities and numeric character references → text. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(ENTITY, (_, e: string) => {
    if (e.charCodeAt(0) !== 35) return NAMED[e]!
    return fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
  })
}

/** The element name of a raw tag (`x:c r="A1"` → `c`). */
function localName(tag: string, from: number): string {
  let end = from
  let colon = -1
  for (; end < tag.length; end++) {
    const c = tag.charCodeAt(end)
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH) break
    if (c === 58) colon = end
  }
  return tag.slice(colon >= 0 ? colon + 1 : from, end)
}

const attributePatterns = new Map<string, RegExp>()

/** An attribute's decoded value, matched by local name (any namespace prefix), or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name)
  if (!pattern) {
    pattern = new RegExp(`\\s(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    attributePatterns.set(name, pattern)
  }
  const m = pattern.exec(tag)
  if (!m) return undefined
  return decodeEntities(m[1] ?? m[2] ?? '')
}

export class XmlStream {
  private carry = ''
  private mode = Mode.Text

  constructor(
    private readonly listener: XmlListener,
    /** Longest tag (or text held back for an unfinished entity) carried between chunks. */
    private readonly maxTag = 64 * 1024,
  ) {}

  push(chunk: string): void {
    const s = this.carry === '' ? chunk : this.carry + chunk
    this.carry = ''
    const n = s.length
    let i = 0
    while (i < n) {
      if (this.mode === Mode.Comment) {
        const j = s.indexOf('-->', i)
        if (j < 0) {
          this.carry = s.slice(Math.max(i, n - 2))
          return
        }
        i = j + 3
        this.mode = Mode.Text
        continue
      }
      if (this.mode === Mode.CData) {
        const j = s.indexOf(']]>', i)
        if (j < 0) {
          const keep = Math.max(i, n - 2)
          if (keep > i) this.listener.text(s.slice(i, keep))
          this.carry = s.slice(keep)
          return
        }
        if (j > i) this.listener.text(s.slice(i, j))
        i = j + 3
        this.mode = Mode.Text
        continue
      }
      const lt = s.indexOf('<', i)
      if (lt < 0) {
        this.textUpTo(s, i, n)
        return
      }
      if (lt > i) this.listener.text(decodeEntities(s.slice(i, lt)))
      if (s.charCodeAt(lt + 1) === 33 /* ! */) {
        if (n - lt < 9 && ('<![CDATA['.startsWith(s.slice(lt)) || '<!--'.startsWith(s.slice(lt)))) {
          this.carry = s.slice(lt)
          return
        }
        if (s.startsWith('<!--', lt)) {
          this.mode = Mode.Comment
          i = lt + 4
          continue
        }
        if (s.startsWith('<![CDATA[', lt)) {
          this.mode = Mode.CData
          i = lt + 9
          continue
        }
        if (s.startsWith('<!DOCTYPE', lt)) throw new XmlError('a document type declaration')
      }
      // The tag ends at the first '>' outside a quoted attribute value.
      let j = lt + 1
      let quote = 0
      for (; j < n; j++) {
        const c = s.charCodeAt(j)
        if (quote !== 0) {
          if (c === quote) quote = 0
        } else if (c === QUOT || c === APOS) quote = c
        else if (c === GT) break
        else if (c === LT) throw new XmlError('a "<" inside a tag')
      }
      if (j >= n) {
        if (n - lt > this.maxTag) throw new XmlError('a tag longer than any spreadsheet writes')
        this.carry = s.slice(lt)
        return
      }
      if (j - lt > this.maxTag) throw new XmlError('a tag longer than any spreadsheet writes')
      this.tag(s.slice(lt + 1, j))
      i = j + 1
    }
  }

  /** The input is complete: an unfinished tag means the part was cut short. */
  end(): void {
    if (this.mode === Mode.Text && this.carry.startsWith('<')) throw new XmlError('a tag that never ends')
    if (this.mode === Mode.Text && this.carry !== '') this.listener.text(decodeEntities(this.carry))
    this.carry = ''
  }

  /** Text to the end of the chunk, holding back an entity that may continue in the next one. */
  private textUpTo(s: string, from: number, n: number): void {
    const amp = s.lastIndexOf('&')
    if (amp >= from && n - amp < 16 && s.indexOf(';', amp) < 0) {
      if (amp > from) this.listener.text(decodeEntities(s.slice(from, amp)))
      this.carry = s.slice(amp)
    } else {
      this.listener.text(decodeEntities(s.slice(from, n)))
    }
  }

  private tag(tag: string): void {
    const first = tag.charCodeAt(0)
    if (first === 63 /* ? */ || first === 33 /* ! */) return
    if (first === SLASH) {
      this.listener.close(localName(tag, 1))
      return
    }
    const name = localName(tag, 0)
    this.listener.open(name, tag)
    if (tag.charCodeAt(tag.length - 1) === SLASH) this.listener.close(name)
  }
}
