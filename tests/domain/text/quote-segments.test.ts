import { describe, expect, it } from 'vitest'
import { quoteSegments } from '@/domain/text/quote-segments'

const quoted = (text: string) =>
  quoteSegments(text)
    .filter((s) => s.isQuote)
    .map((s) => s.text)

describe('quote segments', () => {
  it('splits straight quotes out of the text, keeping every character', () => {
    const text = 'CFO said "we lose two days every close" and wants a fix.'
    expect(quoteSegments(text)).toEqual([
      { text: 'CFO said ', isQuote: false },
      { text: '"we lose two days every close"', isQuote: true },
      { text: ' and wants a fix.', isQuote: false },
    ])
  })

  it('finds curly double and single quotes', () => {
    expect(quoted('Said “our audit is in March” and ‘spreadsheets are killing us’.')).toEqual([
      '“our audit is in March”',
      '‘spreadsheets are killing us’',
    ])
  })

  it('does not treat apostrophes inside words as quotes', () => {
    expect(quoted('She said ‘we don’t have time for this’ twice')).toEqual(['‘we don’t have time for this’'])
    expect(quoted('The team’s lead wasn’t sure')).toEqual([])
  })

  it('leaves an unclosed quote and a quote across lines as plain text', () => {
    expect(quoteSegments('He said "maybe later')).toEqual([{ text: 'He said "maybe later', isQuote: false }])
    expect(quoted('"first line\nsecond"')).toEqual([])
  })

  it('returns nothing for empty text and one plain segment for text without quotes', () => {
    expect(quoteSegments('')).toEqual([])
    expect(quoteSegments('wants a demo')).toEqual([{ text: 'wants a demo', isQuote: false }])
  })

  it('keeps markup-looking text as text', () => {
    expect(quoteSegments('"<script>alert(1)</script> is what they typed"')).toEqual([
      { text: '"<script>alert(1)</script> is what they typed"', isQuote: true },
    ])
  })
})
