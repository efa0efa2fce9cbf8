/**
 * Splits free text into plain and quoted segments so a view can highlight the prospect's own
 * words (with <mark>, never as HTML). Quotes are "straight", “curly” or ‘single curly’; an
 * apostrophe inside a word (don’t) never opens a quote. An unclosed quote stays plain text.
 */
export interface TextSegment {
  text: string
  isQuote: boolean
}

const PAIRS: Record<string, string> = { '"': '"', '“': '”', '‘': '’' }
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

export function quoteSegments(text: string): TextSegment[] {
  const out: TextSegment[] = []
  const push = (t: string, isQuote: boolean): void => {
    if (t === '') return
    const last = out[out.length - 1]
    if (last && last.isQuote === isQuote) last.text += t
    else out.push({ text: t, isQuote })
  }
  let plainFrom = 0
  let i = 0
  while (i < text.length) {
    const open = text[i]!
    const close = PAIRS[open]
    // A single curly quote after a letter is an apostrophe, not an opening quote.
    if (close && !(open === '‘' && isLetter(text[i - 1]))) {
      let end = text.indexOf(close, i + 1)
      if (close === '’') {
        // Skip apostrophes inside words (‘we don’t have time’).
        while (end >= 0 && isLetter(text[end - 1]) && isLetter(text[end + 1])) end = text.indexOf(close, end + 1)
      }
      const inner = end > i + 1 ? text.slice(i + 1, end) : ''
      if (end > i + 1 && !inner.includes('\n') && inner.trim() !== '') {
        push(text.slice(plainFrom, i), false)
        push(text.slice(i, end + 1), true)
        i = end + 1
        plainFrom = i
        continue
      }
    }
    i++
  }
  push(text.slice(plainFrom), false)
  return out
}
