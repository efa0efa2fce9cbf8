import { describe, expect, it } from 'vitest'
import { jsonErrorOffset, jsonProblem, nestingDepth } from '@/domain/text/json-error'

describe('where a text stops being JSON', () => {
  it('finds nothing wrong in JSON of every kind', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\"\\u00e9"], "b": {}} ', '"s"', '0']) {
      expect(jsonErrorOffset(text)).toBe(-1)
    }
  })

  it('names the line of a trailing comma, a missing colon or stray text', () => {
    expect(jsonProblem('{\n  "a": 1,\n}')).toBe('it is not valid JSON at line 3')
    expect(jsonProblem('{\n"a" 1}')).toBe('it is not valid JSON at line 2')
    expect(jsonProblem('{}\n\nx')).toBe('it is not valid JSON at line 3')
    expect(jsonProblem("{'a': 1}")).toBe('it is not valid JSON at line 1')
  })

  it('says when the text ends before the JSON does', () => {
    expect(jsonProblem('{"a": [1,\n2')).toBe('it is not valid JSON: it ends at line 2 before it is complete')
  })

  it('agrees with JSON.parse on a million levels without using the call stack', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`
    expect(jsonErrorOffset(deep)).toBe(-1)
    expect(jsonErrorOffset(`${deep}]`)).toBe(2_000_000)
  })

  it('counts nesting outside strings and stops counting past the limit', () => {
    expect(nestingDepth('{"a": [[1], "[[[["]}', 10)).toBe(3)
    expect(nestingDepth('['.repeat(1000), 64)).toBe(65)
  })
})
