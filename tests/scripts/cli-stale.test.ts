// The launcher of `npm run cli` rebuilds out/cli/index.js when this says it is stale.
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isStale, readInputs } from '../../scripts/cli/stale.mjs'

const OUT = 'out/cli/index.js'
const times = (entries: Record<string, number>) => (path: string) => entries[path]

describe('isStale', () => {
  it('is stale when nothing was built yet', () => {
    expect(isStale(OUT, { 'src/cli/index.ts': 100 }, times({ 'src/cli/index.ts': 100 }))).toBe(true)
  })

  it('is stale when the build left no record of its inputs', () => {
    expect(isStale(OUT, undefined, times({ [OUT]: 200 }))).toBe(true)
  })

  it('is fresh when every input still has the time recorded at the build', () => {
    const mtime = times({ [OUT]: 200, 'src/cli/index.ts': 100, 'src/domain/weeks.ts': 150 })
    expect(isStale(OUT, { 'src/cli/index.ts': 100, 'src/domain/weeks.ts': 150 }, mtime)).toBe(false)
  })

  it('is stale after one input was saved since the build', () => {
    const mtime = times({ [OUT]: 200, 'src/cli/index.ts': 100, 'src/domain/weeks.ts': 201 })
    expect(isStale(OUT, { 'src/cli/index.ts': 100, 'src/domain/weeks.ts': 150 }, mtime)).toBe(true)
  })

  it('is stale when an input now carries an older time, as after a build under a clock set ahead', () => {
    const mtime = times({ [OUT]: 9_000, 'src/cli/index.ts': 120 })
    expect(isStale(OUT, { 'src/cli/index.ts': 100 }, mtime)).toBe(true)
  })

  it('is stale when an input is gone (a file renamed or deleted)', () => {
    const mtime = times({ [OUT]: 200, 'src/cli/index.ts': 100 })
    expect(isStale(OUT, { 'src/cli/index.ts': 100, 'src/domain/weeks.ts': 150 }, mtime)).toBe(true)
  })

  it('is stale when an input changed while it was being built (recorded as null)', () => {
    const mtime = times({ [OUT]: 200, 'src/cli/index.ts': 100 })
    expect(isStale(OUT, { 'src/cli/index.ts': null }, mtime)).toBe(true)
  })
})

describe('isStale on real files', () => {
  let dir = ''
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-stale-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('reads the record a build left and sees a source saved after the build', () => {
    const source = join(dir, 'index.ts')
    const built = join(dir, 'index.js')
    writeFileSync(source, 'export {}')
    writeFileSync(built, '')
    utimesSync(source, 1_000, 1_000)
    writeFileSync(join(dir, 'inputs.json'), JSON.stringify({ 'index.ts': statSync(source).mtimeMs }))
    const recorded = readInputs(join(dir, 'inputs.json'), dir)
    expect(recorded).toEqual({ [source]: 1_000_000 })
    expect(isStale(built, recorded)).toBe(false)
    utimesSync(source, 3_000, 3_000)
    expect(isStale(built, recorded)).toBe(true)
  })

  it('has no record when the file is not valid JSON or not a record of times', () => {
    writeFileSync(join(dir, 'inputs.json'), '{')
    expect(readInputs(join(dir, 'inputs.json'), dir)).toBeUndefined()
    writeFileSync(join(dir, 'inputs.json'), '["index.ts"]')
    expect(readInputs(join(dir, 'inputs.json'), dir)).toBeUndefined()
  })
})
