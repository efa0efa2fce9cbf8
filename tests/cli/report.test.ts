// @vitest-environment node
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli'
import { parseReportArgs, UsageError } from '@/cli/args'
import { row, sheetXml, str, workbook } from '../domain/import/xlsx-builder'

const fixture = (name: string) => join(__dirname, '../fixtures/import', name)

const run = runCli

describe('report command', () => {
  it('prints exactly one JSON object with the contract keys, weeks ascending', async () => {
    const { code, stdout } = await run(
      'report',
      fixture('salesforce-report.csv'),
      '--tz',
      'Europe/Berlin',
      '--as-of',
      '2026-11-23T12:00:00Z',
    )
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report).toMatchObject({ rows: 3, imported: 3, rejected: [] })
    expect(report.weeks).toEqual([
      {
        week: '2026-W47',
        booked: 3,
        accepted: 1,
        rejected: 1,
        pending: 1,
        onTime: 0,
        late: 0,
        openOverdue: 1,
        incomplete: 0,
        // No decision time and no package column: those keys are numbers nobody may read.
        unknown: ['onTime', 'late', 'incomplete'],
      },
    ])
    expect(report.notAssessed).toEqual([
      'crmNotes',
      'discoverySummary',
      'icpFit',
      'triggerEvent',
      'techStack',
      'budgetSignal',
    ])
  })

  it('does not count a field the export never had as incomplete, and names it in notAssessed', async () => {
    const { stdout } = await run(
      'report',
      fixture('no-package.csv'),
      '--format',
      'json',
      '--as-of',
      '2026-11-23T12:00:00Z',
    )
    const report = JSON.parse(stdout)
    expect(report.imported).toBe(3)
    expect(report.weeks[0].incomplete).toBe(1)
    expect(report.notAssessed).toEqual(['discoverySummary', 'icpFit', 'triggerEvent', 'techStack', 'budgetSignal'])
  })

  it('says once in Markdown what the export did not carry', async () => {
    const { stdout } = await run(
      'report',
      fixture('no-package.csv'),
      '--format',
      'md',
      '--as-of',
      '2026-11-23T12:00:00Z',
    )
    // Once for the package; the file also lacks a decision time, which has its own note.
    expect(stdout.match(/Your export has no Discovery summary/g)).toHaveLength(1)
    expect(stdout).toContain(
      'Your export has no Discovery summary, ICP fit, Trigger event, Tech stack and Budget signal columns',
    )
  })

  it('reads a note-template file as carrying the whole package', async () => {
    const { stdout } = await run(
      'report',
      fixture('note-template.csv'),
      '--format',
      'json',
      '--as-of',
      '2026-11-23T12:00:00Z',
    )
    const report = JSON.parse(stdout)
    expect(report.notAssessed).toEqual([])
    // N-2's note leaves ICP fit and budget out: missing, not exempt.
    expect(report.weeks[0].incomplete).toBe(1)
  })

  it('keeps rows = imported + rejected and names every rejected line with its reasons', async () => {
    const { code, stdout } = await run('report', fixture('invalid-rows.csv'), '--as-of', '2026-11-23')
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report.rows).toBe(report.imported + report.rejected.length)
    expect(report.rejected[1]).toMatchObject({ line: 3, errors: expect.arrayContaining(['SDR is empty']) })
  })

  it('prints a readable Markdown report with the weeks, rejected rows and skipped lines', async () => {
    const { stdout } = await run('report', fixture('salesforce-report.csv'), '--format', 'md', '--as-of', '2026-11-23')
    expect(stdout).toContain('| 2026-W47 | 3 | 1 | 1 | 1 | 50 % |')
    expect(stdout).toContain('report footer')
    expect(stdout).toContain('Grand Totals (3 records)')
  })

  it('exits 2 naming the column when every date is ambiguous', async () => {
    const { code, stderr, stdout } = await run('report', fixture('ambiguous-all.csv'))
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^report: [^:]+: Column ".+" \(Booked at\).*dateOrder/)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('resolves an ambiguous column with the mapping file dateOrder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hh-'))
    const mappingPath = join(dir, 'mapping.json')
    writeFileSync(mappingPath, JSON.stringify({ columns: {}, dateOrder: 'DMY' }))
    const { code } = await run('report', fixture('ambiguous-all.csv'), '--mapping', mappingPath)
    expect(code).toBe(0)
  })

  it('resolves an ambiguous column with --date-order', async () => {
    const { code, stdout } = await run('report', fixture('ambiguous-all.csv'), '--date-order', 'DMY')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).imported).toBeGreaterThan(0)
  })

  it('names a recognised CRM in lower case as importSource', async () => {
    const { stdout } = await run('report', fixture('exports/pipedrive-deals.csv'), '--tz', 'UTC')
    expect(JSON.parse(stdout).importSource).toBe('pipedrive')
  })

  it('names the template and a custom mapping as importSource', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hh-'))
    const mappingPath = join(dir, 'mapping.json')
    writeFileSync(mappingPath, JSON.stringify({ columns: { sdr: 'Owner', bookedAt: 'Created' } }))
    const file = join(dir, 'custom.csv')
    writeFileSync(file, 'Owner,Created\nAna,2026-11-16\n')
    expect(JSON.parse((await run('report', file, '--mapping', mappingPath)).stdout).importSource).toBe('custom')
    expect(
      JSON.parse((await run('report', fixture('ambiguous-all.csv'), '--date-order', 'MDY')).stdout).importSource,
    ).toBe('template')
  })

  it.each([
    [['report', 'x.csv', '--date-order', 'DDD'], /MDY, DMY or YMD/],
    [['report'], /FILE is missing/],
    [['report', 'x.csv', '--tz', 'Mars/Base'], /IANA/],
    [['report', 'x.csv', '--format', 'xml'], /json or md/],
    [['report', 'x.csv', '--as-of', 'yesterday'], /ISO 8601/],
    [['report', 'x.csv', '--holidays', '2026-13-45'], /YYYY-MM-DD/],
    [['report', 'x.csv', '--bogus'], /unknown option/],
  ])('refuses %j with a one-line reason', (argv, message) => {
    expect(() => parseReportArgs(argv)).toThrow(UsageError)
    expect(() => parseReportArgs(argv)).toThrow(message)
  })

  it('exits 2 for a missing file and for an empty file', async () => {
    expect((await run('report', '/nonexistent/file.csv')).stderr).toMatch(/no such file/)
    const empty = await run('report', fixture('empty.csv'))
    expect(empty.code).toBe(2)
    expect(empty.stderr).toMatch(/empty/i)
  })

  it('exits 2 at once for a device that never ends', async () => {
    const zero = await run('report', '/dev/zero')
    expect(zero.code).toBe(2)
    expect(zero.stderr).toBe('report: zero is not a regular file (a device, a pipe or a folder cannot be opened)\n')
  })

  it.each([
    ['a cell reference beyond column XFD', row(1, str('ZZZZZZ1', 'x')), /cell ZZZZZZ1 lies beyond Excel's last column/],
    ['row r="20000000"', row('20000000', str(undefined, 'x')), /row 20,000,000 lies beyond Excel's last row/],
  ])('exits 2 with a one-line reason for a hostile workbook: %s', async (_, rows, reason) => {
    const file = join(mkdtempSync(join(tmpdir(), 'hostile-')), 'hostile.xlsx')
    writeFileSync(file, workbook({ sheets: { Report: sheetXml(rows) } }))
    const { code, stdout, stderr } = await run('report', file)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/^report: hostile\.xlsx, sheet "Report": /)
    expect(stderr).toMatch(reason)
  })

  it('runs as `npm run --silent cli -- report` with exit codes', async () => {
    const exec = promisify(execFile)
    const ok = await exec(
      'npm',
      ['run', '--silent', 'cli', '--', 'report', fixture('utf-8-bom.csv'), '--as-of', '2026-11-23'],
      { cwd: join(__dirname, '../..') },
    )
    expect(JSON.parse(ok.stdout).rows).toBeGreaterThan(0)
    await expect(
      exec('npm', ['run', '--silent', 'cli', '--', 'report', fixture('header-only.csv')], {
        cwd: join(__dirname, '../..'),
      }),
    ).rejects.toMatchObject({ code: 2 })
  }, 60_000)
})

describe('report on thin exports', () => {
  const thin = (name: string) => join(__dirname, '../fixtures/import/thin', `${name}.csv`)
  const report = async (name: string, format = 'json') =>
    run('report', thin(name), '--format', format, '--tz', 'Europe/Berlin', '--as-of', '2026-11-30T00:00:00Z')
  const weekOf = async (name: string) => JSON.parse((await report(name)).stdout).weeks[0]

  it('lists every decision key as unknown when the export has no decision column, keeping the numbers', async () => {
    const week = await weekOf('no-decision-column')
    expect(week).toMatchObject({ booked: 3, accepted: 0, rejected: 0, pending: 3, openOverdue: 0, incomplete: 2 })
    expect(week.unknown).toEqual(['accepted', 'rejected', 'pending', 'onTime', 'late', 'openOverdue'])
  })

  it('lists on time and late as unknown when the export has no decision time, still counting overdue', async () => {
    const week = await weekOf('no-decision-time')
    expect(week).toMatchObject({ accepted: 1, rejected: 1, pending: 1, onTime: 0, late: 0, openOverdue: 1 })
    expect(week.unknown).toEqual(['onTime', 'late'])
  })

  it('lists incomplete as unknown when the export has no package field', async () => {
    const { stdout } = await report('no-package')
    const parsed = JSON.parse(stdout)
    expect(parsed.weeks[0]).toMatchObject({
      onTime: 1,
      late: 1,
      openOverdue: 1,
      incomplete: 0,
      unknown: ['incomplete'],
    })
    expect(parsed.notAssessed).toEqual([
      'crmNotes',
      'discoverySummary',
      'icpFit',
      'triggerEvent',
      'techStack',
      'budgetSignal',
    ])
  })

  it('keeps the numbers of an export with no bar inputs, leaving only the package unknown', async () => {
    const week = await weekOf('no-bar-inputs')
    expect(week).toMatchObject({ accepted: 1, rejected: 2, onTime: 2, late: 1, unknown: ['incomplete'] })
  })

  it('keeps every contract key a number, whatever the export lacks', async () => {
    for (const name of ['no-decision-column', 'no-decision-time', 'no-package', 'no-bar-inputs']) {
      const week = await weekOf(name)
      for (const key of ['booked', 'accepted', 'rejected', 'pending', 'onTime', 'late', 'openOverdue', 'incomplete'])
        expect(typeof week[key]).toBe('number')
    }
  })

  it('prints "not in this export" in Markdown for the keys the file cannot support, and says why once', async () => {
    const { stdout } = await report('no-decision-column', 'md')
    const row = stdout.split('\n').find((l) => l.startsWith('| 2026-W47'))!
    expect(row).toBe(
      '| 2026-W47 | 3 | not in this export | not in this export | not in this export | not in this export | ' +
        'not in this export | not in this export | not in this export | 2 |',
    )
    expect(stdout.match(/Your export has no AE decision/g)).toHaveLength(1)
    expect(stdout).not.toMatch(/\b0 %|\b100 %/)
  })

  it('prints the decision-time note in Markdown when only on time and late are unknown', async () => {
    const { stdout } = await report('no-decision-time', 'md')
    expect(stdout).toContain(
      "Your export has no decision time: add the date the AE accepted or rejected each meeting (Salesforce: 'Last Stage Change Date')",
    )
    expect(stdout).toContain('| 2026-W47 | 3 | 1 | 1 | 1 | 50 % | not in this export | not in this export | 1 | 2 |')
  })
})
