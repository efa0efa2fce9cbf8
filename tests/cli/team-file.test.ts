// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { weeksOfQuarter } from '@/domain/calendar/quarters'
import { generateDemoHandoffs } from '@/domain/demo/generate-demo'
import { toTemplateCsv } from '@/domain/import/write'
import { runCli } from './run-cli'

const EXPORTS = join(__dirname, '../fixtures/import/exports')
/** When the files are written (and the rollup reads them): pinned, so none is ever stale. */
const WRITTEN = Date.parse('2026-11-30T13:00:00Z')
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(WRITTEN)
})
afterEach(() => vi.useRealTimers())
const AS_OF = '2026-11-30T12:00:00Z'
const dir = mkdtempSync(join(tmpdir(), 'team-file-'))

/** Half a year of demo handoffs as the template CSV: every field carried, three quarters. */
const demoCsv = join(dir, 'demo.csv')
writeFileSync(
  demoCsv,
  toTemplateCsv(
    generateDemoHandoffs({
      endWeek: '2026-W47',
      weeks: 30,
      timeZone: 'America/New_York',
      perWeek: 25,
      seed: 'team-file',
    }),
  ),
)

async function json(...argv: string[]) {
  const r = await runCli(...argv)
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  return JSON.parse(r.stdout)
}

const KEYS = ['booked', 'accepted', 'rejected', 'pending', 'onTime', 'late', 'openOverdue', 'incomplete'] as const
type WeekRow = Record<(typeof KEYS)[number], number> & { week: string }

/** What `report` gives for the export, summed over the quarter's weeks (a week counts in its Thursday's quarter). */
function reportQuarter(weeks: WeekRow[], quarter: string) {
  const inQuarter = new Set(weeksOfQuarter(`FY${quarter}`, 1))
  return Object.fromEntries(
    KEYS.map((k) => [k, weeks.filter((w) => inQuarter.has(w.week)).reduce((s, w) => s + w[k], 0)]),
  )
}

describe.each([
  ['the demo template CSV', demoCsv, 'America/New_York'],
  ['a HubSpot deals export', join(EXPORTS, 'hubspot-deals.csv'), 'UTC'],
  ['a Salesforce opportunities export', join(EXPORTS, 'salesforce-opportunities.csv'), 'UTC'],
])('team-file and rollup on %s', (_what, exportPath, tz) => {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.huddle-team.json`)

  it("gives each quarter the numbers report gives for the same export, summed over the quarter's weeks", async () => {
    const written = await runCli(
      'team-file',
      exportPath,
      '--tz',
      tz,
      '--as-of',
      AS_OF,
      '--name',
      'Team East',
      '-o',
      out,
    )
    expect(written.code).toBe(0)
    const report = await json('report', exportPath, '--tz', tz, '--as-of', AS_OF)
    const { quarters } = await json('rollup', out)
    expect(quarters.length).toBeGreaterThan(0)
    for (const q of quarters) {
      const [row] = q.teams
      const expected = reportQuarter(report.weeks, q.quarter)
      const known = KEYS.filter((k) => !row.unknown.includes(k))
      expect(known).toContain('booked')
      expect(Object.fromEntries(known.map((k) => [k, row[k]]))).toEqual(
        Object.fromEntries(known.map((k) => [k, expected[k]])),
      )
    }
    const booked = quarters.reduce((s: number, q: { total: { booked: number } }) => s + q.total.booked, 0)
    expect(booked).toBe(report.imported)
  })
})

describe('rollup', () => {
  const east = join(dir, 'east.huddle-team.json')
  const west = join(dir, 'west.huddle-team.json')

  it('prints one quarter with --quarter, every team and a total from their counts', async () => {
    await runCli('team-file', demoCsv, '--tz', 'America/New_York', '--as-of', AS_OF, '--name', 'Team East', '-o', east)
    await runCli(
      'team-file',
      join(EXPORTS, 'hubspot-deals.csv'),
      '--tz',
      'UTC',
      '--as-of',
      AS_OF,
      '--name',
      'Team West',
      '-o',
      west,
    )
    const r = await json('rollup', east, west, '--quarter', '2026-Q4')
    expect(r.quarter).toBe('2026-Q4')
    expect(r.teams.map((t: { name: string }) => t.name)).toEqual(['Team East', 'Team West'])
    expect(r.total.booked).toBe(r.teams[0].booked + r.teams[1].booked)
    // The HubSpot export has no response time: West is left out of the on-time total.
    expect(r.teams[1].unknown).toContain('onTime')
    expect(r.total.onTime).toBe(r.teams[0].onTime)
    expect(r.total.leftOut.onTime).toEqual(['Team West'])
  })

  it('prints Markdown with "not in this team\'s export" where a team could not show a measure', async () => {
    const r = await runCli('rollup', east, west, '--quarter', '2026-Q4', '--format', 'md')
    expect(r.stdout).toContain('| Team West | 10 |')
    expect(r.stdout).toContain("not in this team's export")
    expect(r.stdout).toContain('- On-time SLA total leaves out Team West: not in its export.')
  })

  it('exits 2 with one sentence naming a file cut short', async () => {
    const cut = join(dir, 'cut.huddle-team.json')
    writeFileSync(cut, readFileSync(east, 'utf8').slice(0, 500))
    const r = await runCli('rollup', east, cut)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      'rollup: cut.huddle-team.json: the file is damaged (it is not valid JSON; it may have been cut short or still be being written), so no rollup was printed\n',
    )
  })

  it('counts a team with two files once, and says so on stderr', async () => {
    const copy = join(dir, 'east (1).huddle-team.json')
    vi.setSystemTime(WRITTEN + 3_600_000)
    await runCli('team-file', demoCsv, '--tz', 'America/New_York', '--as-of', AS_OF, '--name', 'team east', '-o', copy)
    const r = await runCli('rollup', east, copy, '--quarter', '2026-Q4')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).teams.map((t: { name: string }) => t.name)).toEqual(['team east'])
    expect(r.stderr).toMatch(
      /^rollup: east\.huddle-team\.json: a second file for Team East \(also in east \(1\)\.huddle-team\.json\); only the newer one, written \d{4}-\d{2}-\d{2}, is counted\.\n$/,
    )
  })

  it('exits 2 on a quarter it cannot read', async () => {
    const r = await runCli('rollup', east, '--quarter', 'Q4-2026')
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 2,
      stderr: 'rollup: --quarter: "Q4-2026" is not a quarter such as 2025-Q1\n',
    })
  })
})

describe('team-file', () => {
  it('exits 2 without a team name', async () => {
    const r = await runCli('team-file', demoCsv, '-o', join(dir, 'x.json'))
    expect(r.code).toBe(2)
    expect(r.stderr).toBe("team-file: --name is missing: the team's name, as the leader will see it\n")
  })

  it('exits 2 naming a missing export', async () => {
    const r = await runCli('team-file', join(dir, 'nope.csv'), '--name', 'East', '-o', join(dir, 'x.json'))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^team-file: .*nope\.csv: no such file\n$/)
  })
})
