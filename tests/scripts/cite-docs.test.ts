// Runs scripts/cite-docs.sh in a throwaway git repository.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

const SCRIPT = join(__dirname, '../../scripts/cite-docs.sh')
let repo = ''

function write(path: string, text: string): void {
  mkdirSync(join(repo, path, '..'), { recursive: true })
  writeFileSync(join(repo, path), text)
}

const run = (...args: string[]) => spawnSync('bash', [SCRIPT, ...args], { cwd: repo, encoding: 'utf8' })
const read = (path: string) => readFileSync(join(repo, path), 'utf8')

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'cite-docs-'))
  execFileSync('git', ['init', '-q'], { cwd: repo })
  write('src/domain/week.ts', '/** The ISO week (PRODUCT.md, "Week"); see also ../shared/PRODUCT.md. */\n')
  write('docs/product.md', 'The source is /work/shared/PRODUCT.md.\n')
  write('src/untracked.ts', '// PRODUCT.md\n')
  execFileSync('git', ['add', 'src/domain/week.ts', 'docs/product.md'], { cwd: repo })
})

afterEach(() => rmSync(repo, { recursive: true, force: true }))

describe('cite-docs.sh', () => {
  it('fails its check and names the line while a comment still cites PRODUCT.md', () => {
    const result = run('--check')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('src/domain/week.ts:1:')
    expect(read('src/domain/week.ts')).toContain('(PRODUCT.md, "Week")')
  })

  it('points every citation in tracked files at docs/product.md, then passes its check', () => {
    expect(run().status).toBe(0)
    expect(read('src/domain/week.ts')).toBe(
      '/** The ISO week (docs/product.md, "Week"); see also docs/product.md. */\n',
    )
    expect(run('--check').status).toBe(0)
  })

  it('leaves docs/product.md naming its source, and files git does not track', () => {
    run()
    expect(read('docs/product.md')).toBe('The source is /work/shared/PRODUCT.md.\n')
    expect(read('src/untracked.ts')).toBe('// PRODUCT.md\n')
  })
})
