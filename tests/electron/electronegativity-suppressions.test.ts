// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const path = join(resolve(__dirname, '../..'), 'scripts/security/electronegativity-suppressions.json')
const suppressions = JSON.parse(readFileSync(path, 'utf8')) as {
  id: string
  file?: string
  maxMatches?: number
  reason: string
}[]

describe('electronegativity suppressions', () => {
  it.each(suppressions.map((s) => [`${s.id} ${s.file ?? '(any file)'}`, s] as const))(
    '%s names a file, caps its matches and gives a reason',
    (_name, s) => {
      expect(s.id).toMatch(/^[A-Z_]+$/)
      expect(s.file).toMatch(/^(out|electron)\//)
      expect(s.maxMatches).toBe(1)
      expect(s.reason.length).toBeGreaterThanOrEqual(80)
    },
  )
})
