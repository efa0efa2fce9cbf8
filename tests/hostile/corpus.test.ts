import { describe, expect, it } from 'vitest'
import { CORPUS } from './corpus'
import { runCase } from './run-case'

/**
 * Every hostile file of the corpus, at its small size: read, or refused in one sentence in words.
 * `npm run bench:hostile` runs the same recipes at full size and measures time and memory.
 */
describe('the hostile corpus, small', () => {
  it.each(CORPUS)('$name', async (c) => {
    const outcome = await runCase(c, 'small')
    if ('refused' in outcome) {
      expect(outcome.refused).not.toMatch(
        /\n|Unexpected|SyntaxError|TypeError|RangeError|Maximum call stack|Invalid string length|undefined|NaN/,
      )
      expect(outcome.refused).not.toContain('\u0000')
      expect(outcome.refused.length).toBeLessThan(400)
    }
    if (c.expect === 'read') expect(outcome).toEqual({ read: true })
    else expect('refused' in outcome ? outcome.refused : 'it was read').toMatch(c.expect)
  })
})
