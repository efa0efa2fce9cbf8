// The launcher of `npm run cli` loads the built CLI through V8's code cache kept beside it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { requireCached } from '../../scripts/cli/code-cache.mjs'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hh-code-cache-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** What the loaded file's `answer` export returns. */
const answerOf = (loaded: { exports: Record<string, unknown> }): unknown => (loaded.exports.answer as () => number)()

const bundle = (answer: number) =>
  `exports.answer = () => ${answer}; exports.file = __filename; exports.path = require('node:path').sep`

describe('requireCached', () => {
  it('runs the file as require would, and writes a cache keyed by its content after the first run', () => {
    const file = join(dir, 'index.js')
    const cache = join(dir, 'index.cache')
    writeFileSync(file, bundle(41))
    const first = requireCached(file, cache)
    expect([answerOf(first), first.exports.file, first.exports.path]).toEqual([41, file, '/'])
    expect(first.fromCache).toBe(false)
    expect(existsSync(cache)).toBe(false)
    first.saveCache()
    expect(readFileSync(cache).subarray(0, 40).toString('latin1')).toMatch(/^[0-9a-f]{40}$/)
  })

  it('uses the cache it wrote and leaves it as it was', () => {
    const file = join(dir, 'index.js')
    const cache = join(dir, 'index.cache')
    writeFileSync(file, bundle(41))
    requireCached(file, cache).saveCache()
    const written = readFileSync(cache)
    const second = requireCached(file, cache)
    second.saveCache()
    expect(second.fromCache).toBe(true)
    expect(answerOf(second)).toBe(41)
    expect(readFileSync(cache).equals(written)).toBe(true)
  })

  it('never runs a cache made for other code of the same length', () => {
    const file = join(dir, 'index.js')
    const cache = join(dir, 'index.cache')
    writeFileSync(file, bundle(41))
    requireCached(file, cache).saveCache()
    const before = readFileSync(cache)
    writeFileSync(file, bundle(42))
    const changed = requireCached(file, cache)
    expect(answerOf(changed)).toBe(42)
    expect(changed.fromCache).toBe(false)
    changed.saveCache()
    expect(readFileSync(cache).subarray(0, 40).equals(before.subarray(0, 40))).toBe(false)
  })

  it('runs without a cache it cannot write', () => {
    const file = join(dir, 'index.js')
    writeFileSync(file, bundle(7))
    const loaded = requireCached(file, join(dir, 'missing-folder', 'index.cache'))
    expect(answerOf(loaded)).toBe(7)
    expect(() => loaded.saveCache()).not.toThrow()
  })
})
