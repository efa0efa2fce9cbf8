// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli'

const run = runCli

const dir = mkdtempSync(join(tmpdir(), 'team-'))
const file = (name: string, text: string): string => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
const exportFile = file(
  'export.csv',
  'externalId,sdr,ae,bookedAt,status\n1,0051x000003AbCd,48213977,2026-11-23,accepted\n2,0051x000009QqQq,48213977,2026-11-24,pending\n',
)

describe('report --team', () => {
  it('lists the owner ids nobody on the team answers to, with their column and count', async () => {
    const team = file('team.csv', 'name,role,partner,aliases\nDana Reyes,SDR,,0051x000003AbCd\n')
    const { code, stdout } = await run('report', exportFile, '--team', team, '--as-of', '2026-11-25T12:00:00Z')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).unknownOwners).toEqual([
      { raw: '48213977', role: 'AE', count: 2, isId: true },
      { raw: '0051x000009QqQq', role: 'SDR', count: 1, isId: true },
    ])
  })

  it('lists CRM ids even without a team file', async () => {
    const { stdout } = await run('report', exportFile, '--as-of', '2026-11-25T12:00:00Z')
    expect(JSON.parse(stdout).unknownOwners.map((p: { raw: string }) => p.raw)).toEqual([
      '48213977',
      '0051x000003AbCd',
      '0051x000009QqQq',
    ])
  })

  it('says in the Markdown report which owners to name', async () => {
    const team = file('team2.csv', 'Dana Reyes,SDR,,0051x000003AbCd\nOmar Haddad,AE,,48213977\n')
    const { stdout } = await run(
      'report',
      exportFile,
      '--team',
      team,
      '--format',
      'md',
      '--as-of',
      '2026-11-25T12:00:00Z',
    )
    expect(stdout).toContain('## Owners to name')
    expect(stdout).toContain('| 0051x000009QqQq | SDR | 1 |')
    expect(stdout).not.toContain('| 48213977 |')
  })

  it('exits 2 naming the line of a team file row without a role', async () => {
    const team = file('bad-team.csv', 'name,role,partner,aliases\nDana Reyes,,,x\n')
    const { code, stderr } = await run('report', exportFile, '--team', team)
    expect(code).toBe(2)
    expect(stderr).toBe('report: bad-team.csv, line 2: Role is empty (SDR or AE)\n')
  })
})
