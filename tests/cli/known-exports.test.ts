// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '@/cli/index'

const EXPORTS = join(__dirname, '../fixtures/import/exports')
/** Hand-kept trackers and reports no layout completes: read by their plain headers, as custom. */
const TRACKERS = join(__dirname, '../fixtures/import/trackers')

interface Truth {
  importSource: string
  rows: number
  imported: number
  rejected: { line: number }[]
  weeks: { week: string; booked: number; accepted: number; rejected: number; pending: number }[]
}

async function reportOf(layout: string, dir = EXPORTS) {
  let stdout = ''
  let stderr = ''
  const code = await main(
    // The truth files assume `--tz UTC` and no mapping file; the as-of day comes after every
    // fixture's last week so no week is still open.
    ['report', join(dir, `${layout}.csv`), '--tz', 'UTC', '--as-of', '2026-11-30T12:00:00Z'],
    { write: (s: string) => ((stdout += s), true) } as never,
    { write: (s: string) => ((stderr += s), true) } as never,
  )
  expect(stderr).toBe('')
  expect(code).toBe(0)
  return JSON.parse(stdout)
}

const truthOf = (layout: string, dir = EXPORTS): Truth =>
  JSON.parse(readFileSync(join(dir, `${layout}.truth.json`), 'utf8'))

/** Every fixture with a hand-derived truth file. */
const withTruth = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.truth.json'))
    .map((name) => name.replace(/\.truth\.json$/, ''))
const CASES = [
  ...withTruth(EXPORTS).map((name) => ({ name, dir: EXPORTS, kind: 'export, recognised from its headers' })),
  ...withTruth(TRACKERS).map((name) => ({ name, dir: TRACKERS, kind: 'file, read by its plain headers' })),
]

describe.each(CASES)('report on the $name $kind', ({ name: layout, dir }) => {
  const truth = truthOf(layout, dir)
  const report = (name: string) => reportOf(name, dir)

  it('names the CRM and counts the rows read and imported as the truth file does', async () => {
    const r = await report(layout)
    expect({ importSource: r.importSource, rows: r.rows, imported: r.imported }).toEqual({
      importSource: truth.importSource,
      rows: truth.rows,
      imported: truth.imported,
    })
  })

  it('rejects exactly the lines the truth file names', async () => {
    const r = await report(layout)
    expect(r.rejected.map((x: { line: number }) => x.line)).toEqual(truth.rejected.map((x) => x.line))
  })

  it('counts booked, accepted, rejected and pending per week as the truth file does', async () => {
    const r = await report(layout)
    const weeks = r.weeks.map((w: Truth['weeks'][number]) => ({
      week: w.week,
      booked: w.booked,
      accepted: w.accepted,
      rejected: w.rejected,
      pending: w.pending,
    }))
    expect(weeks).toEqual(truth.weeks)
  })
})
