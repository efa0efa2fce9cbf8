// The launcher of `npm run cli` rebuilds out/cli/index.js when this says it is stale.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isStale, readInputs } from '../../scripts/cli/stale.mjs'

const times = (entries: Record<string, number>) => (path: string) => entries[path]

describe('isStale', () => {
  it('is stale when nothing was built yet', () => {
    expect(isStale('out/cli/index.js', ['src/cli/index.ts'], times({ 'src/cli/index.ts': 100 }))).toBe(true)
  })

  it('is stale when the build left no list of its inputs', () => {
    expect(isStale('out/cli/index.js', undefined, times({ 'out/cli/index.js': 200 }))).toBe(true)
  })

  it('is fresh when every input is older than the build', () => {
    const mtime = times({ 'out/cli/index.js': 200, 'src/cli/index.ts': 100, 'src/domain/weeks.ts': 150 })
    expect(isStale('out/cli/index.js', ['src/cli/index.ts', 'src/domain/weeks.ts'], mtime)).toBe(false)
  })

  it('is stale after one input was saved since the build', () => {
    const mtime = times({ 'out/cli/index.js': 200, 'src/cli/index.ts': 100, 'src/domain/weeks.ts': 201 })
    expect(isStale('out/cli/index.js', ['src/cli/index.ts', 'src/domain/weeks.ts'], mtime)).toBe(true)
  })

  it('is stale when an input is gone (a file renamed or deleted)', () => {
    const mtime = times({ 'out/cli/index.js': 200, 'src/cli/index.ts': 100 })
    expect(isStale('out/cli/index.js', ['src/cli/index.ts', 'src/domain/weeks.ts'], mtime)).toBe(true)
  })
})

describe('isStale on real files', () => {
  let dir = ''
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-stale-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('reads the inputs a build listed and sees a source saved after the build', () => {
    const source = join(dir, 'index.ts')
    const built = join(dir, 'index.js')
    writeFileSync(source, 'export {}')
    writeFileSync(built, '')
    writeFileSync(join(dir, 'inputs.json'), JSON.stringify(['index.ts']))
    utimesSync(source, 1_000, 1_000)
    utimesSync(built, 2_000, 2_000)
    const inputs = readInputs(join(dir, 'inputs.json'), dir)
    expect(inputs).toEqual([source])
    expect(isStale(built, inputs)).toBe(false)
    utimesSync(source, 3_000, 3_000)
    expect(isStale(built, inputs)).toBe(true)
  })

  it('has no inputs when the list is not valid JSON', () => {
    writeFileSync(join(dir, 'inputs.json'), '{')
    expect(readInputs(join(dir, 'inputs.json'), dir)).toBeUndefined()
  })
})
