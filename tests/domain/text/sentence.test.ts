import { describe, expect, it } from 'vitest'
import { endSentence } from '@/domain/text/sentence'

describe('endSentence', () => {
  it.each([
    ['rarely converts', 'rarely converts.'],
    ['rarely converts.', 'rarely converts.'],
    ['rarely converts. ', 'rarely converts.'],
    ['Really?', 'Really?'],
    ['He said "no."', 'He said "no."'],
    ['see the list…', 'see the list…'],
  ])('ends %j as %j', (text, sentence) => {
    expect(endSentence(text)).toBe(sentence)
  })
})
