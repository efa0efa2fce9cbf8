import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, loadDemo, openApp, test } from './fixtures'

const EXPORTS = join(__dirname, '../fixtures/import/exports')
const dir = mkdtempSync(join(tmpdir(), 'teams-e2e-'))

/** A team file made by the CLI from one of the CRM export fixtures. */
function cliTeamFile(exportName: string, team: string): { name: string; text: string } {
  const out = join(dir, `${team}.huddle-team.json`)
  execFileSync(
    'npx',
    ['tsx', '--tsconfig', 'tsconfig.node.json', 'src/cli/index.ts', 'team-file', join(EXPORTS, exportName)].concat([
      '--tz',
      'UTC',
      '--as-of',
      '2026-11-25T10:00:00Z',
      '--name',
      team,
      '-o',
      out,
    ]),
    { stdio: 'pipe' },
  )
  return { name: `${team}.huddle-team.json`, text: readFileSync(out, 'utf8') }
}

/** The manager's side: Data → Publish team file downloads `<team>.huddle-team.json`. */
async function publish(page: Page, team: string): Promise<{ name: string; text: string }> {
  await page.getByRole('link', { name: 'Data' }).click()
  const section = page.getByRole('region', { name: 'Publish team file' })
  await section.getByRole('textbox', { name: 'Team name' }).fill(team)
  const pending = page.waitForEvent('download')
  await section.getByRole('button', { name: 'Publish team file' }).click()
  const file = await pending
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') }
}

/** Stands in for the browser's folder picker: a directory handle over these files, changeable later. */
async function fakeFolder(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((initial) => {
    const w = window as unknown as { __teamFiles: { name: string; text: string }[]; showDirectoryPicker: unknown }
    w.__teamFiles = initial
    const handle = {
      kind: 'directory',
      name: 'Shared team files',
      async *values() {
        for (const f of w.__teamFiles)
          yield { kind: 'file', name: f.name, getFile: async () => new File([f.text], f.name) }
      },
    }
    w.showDirectoryPicker = async () => handle
  }, files)
}

test('a manager publishes a team file without CRM notes', async ({ watched: page }) => {
  await loadDemo(page)
  const file = await publish(page, 'Team East')
  expect(file.name).toBe('Team East.huddle-team.json')
  const json = JSON.parse(file.text)
  expect(json).toMatchObject({ format: 'handoff-huddle-team', team: { name: 'Team East' }, counts: { handoffs: 0 } })
  expect(json.counts.weeks).toBeGreaterThan(20)
  expect(file.text).not.toMatch(/"crmNotes":/)
  await expect(page.getByRole('status').filter({ hasText: 'Published Team East.huddle-team.json' })).toBeVisible()
})

test('a leader adds three team files one by one, and removes one', async ({ watched: page }) => {
  const west = cliTeamFile('hubspot-deals.csv', 'Team West')
  const partner = cliTeamFile('salesforce-opportunities.csv', 'Partner Pod')
  const cut = { name: 'Team North.huddle-team.json', text: west.text.slice(0, 400) }
  await openApp(page, '/teams')
  for (const f of [west, partner, cut]) {
    const path = join(dir, f.name)
    writeFileSync(path, f.text)
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('toolbar', { name: 'Team files' }).getByRole('button', { name: 'Add team file…' }).click()
    await (await chooser).setFiles(path)
  }
  await expect(page.getByTestId('teams-table').getByRole('row')).toHaveCount(4) // header, two teams, total
  await expect(page.getByRole('status', { name: 'About the team files' })).toContainText(
    'Team North.huddle-team.json: the file is damaged (it is not valid JSON; it may have been cut short or still be being written), so it was not added.',
  )
  await page.getByText('3 team files').click()
  await page.getByRole('button', { name: 'Remove Partner Pod.huddle-team.json' }).click()
  await expect(page.getByTestId('teams-table').getByRole('row')).toHaveCount(3)
  // The kept copies come back after a reload; the removed file does not.
  await page.reload()
  await expect(page.getByTestId('teams-table').getByRole('row', { name: /^Open Team West/ })).toBeVisible()
  await expect(page.getByTestId('teams-table').getByRole('row')).toHaveCount(3)
})

/** A count or a rate's percent and base as a screen shows it: "1,234", "62% of 40 decided", "62.0% of 40". */
const numberIn = (text: string, pattern: RegExp): number[] => {
  const m = pattern.exec(text)
  expect(m, `"${text}" has no ${pattern}`).not.toBeNull()
  return m!.slice(1).map((n) => Number(n.replace(/,/g, '')))
}

/**
 * Opens a team's Trends from its row (by mouse, or by keyboard from its focused name) and checks
 * the quarter table against the row: the same bookings, the same acceptance over the same base.
 */
async function openTeamTrends(page: Page, team: string, by: 'mouse' | 'keyboard'): Promise<void> {
  const row = page.getByTestId('teams-table').getByRole('row', { name: new RegExp(`^Open ${team}`) })
  const cells = row.getByRole('cell')
  const booked = numberIn((await cells.nth(0).textContent())!, /^\s*([\d,]+)/)
  const acceptance = numberIn((await cells.nth(1).textContent())!, /(\d+)% of ([\d,]+) decided/)
  const name = row.getByRole('button', { name: `Open ${team}'s Trends, read-only` })
  if (by === 'mouse') await name.click()
  else {
    await name.focus()
    await page.keyboard.press('Enter')
  }

  await expect(page).toHaveURL(new RegExp(`#/teams/${encodeURIComponent(team)}/trends\\?quarter=FY2026-Q4$`))
  const banner = page.getByRole('region', { name: 'Read-only team' })
  await expect(banner).toContainText(`${team} — read-only, from ${team}.huddle-team.json, updated`)
  // The status line says whose file this is, apart from the leader's own data.
  await expect(page.getByRole('status', { name: 'Data status' })).toContainText(
    `Showing ${team} from its team file, read-only · your own data:`,
  )
  await expect(page.getByRole('heading', { name: /^Trends/ })).toBeVisible()
  // No import or edit on a team's Trends: the empty state's import button and the note template link are absent.
  await expect(page.getByRole('button', { name: 'Import a CRM export' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Handoff note template' })).toHaveCount(0)
  const table = page.getByRole('table', { name: 'Quarter over quarter' })
  const current = (label: string) =>
    table
      .getByRole('row', { name: new RegExp(`^${label}`) })
      .getByRole('cell')
      .nth(1)
  await expect(current('Booked')).toHaveText(booked[0]!.toLocaleString('en-US'))
  const [percent, base] = numberIn((await current('Acceptance rate').textContent())!, /([\d.]+)% of ([\d,]+)/)
  expect([Math.round(percent!), base]).toEqual(acceptance)
  await expect(page.getByTestId('not-in-team-file')).toContainText('Not in the team file.')
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`a leader adds a folder of three teams at ${size.width}×${size.height}`, async ({ watched: page }) => {
    await page.setViewportSize(size)
    await loadDemo(page)
    const east = await publish(page, 'Team East')
    const west = cliTeamFile('hubspot-deals.csv', 'Team West')
    const partner = cliTeamFile('salesforce-opportunities.csv', 'Partner Pod')
    await fakeFolder(page, [east, west, partner])
    // The leader's app: a fresh page with the folder picker standing in for the dialog.
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Clear all data…' }).click()
    await page.getByRole('dialog', { name: 'Clear all data?' }).getByRole('button', { name: 'Clear all data' }).click()
    await openApp(page, '/teams')
    await expect(page.getByRole('region', { name: 'No team files yet' })).toBeVisible()
    await page
      .getByRole('region', { name: 'No team files yet' })
      .getByRole('button', { name: 'Choose shared folder…' })
      .click()

    const table = page.getByTestId('teams-table')
    await expect(table.getByRole('row')).toHaveCount(5) // header, three teams, total
    await expect(page.getByTestId('teams-quarter')).toHaveValue('FY2026-Q4')
    await expect(table.getByRole('row', { name: /^Open Team West/ })).toContainText("not in this team's export")
    await expect(table.getByRole('row', { name: /^Total/ })).toContainText(
      '81% of 348 due leaves out Partner Pod and Team West: not in their exports',
    )
    await expect(page.getByRole('img').first()).toBeVisible()

    // vs last quarter adds the change under each figure.
    await page.getByRole('checkbox', { name: 'vs last quarter' }).check()
    await expect(table.getByRole('row', { name: /^Open Team East/ })).toContainText('vs last quarter')

    // A file caught half-written is refused for that refresh; the last good copy stays.
    await page.evaluate(
      (cut) => {
        const w = window as unknown as { __teamFiles: { name: string; text: string }[] }
        w.__teamFiles[1] = { name: w.__teamFiles[1]!.name, text: cut }
      },
      west.text.slice(0, 300),
    )
    await page.getByRole('button', { name: 'Refresh' }).click()
    await expect(page.getByRole('status', { name: 'About the team files' })).toContainText(
      'Team West.huddle-team.json: the file is damaged (it is not valid JSON; it may have been cut short or still be being written), so the last good copy is shown.',
    )
    await expect(table.getByRole('row')).toHaveCount(5)

    await page.getByRole('checkbox', { name: 'vs last quarter' }).uncheck()
    await page.getByRole('heading', { name: 'Teams', exact: true }).scrollIntoViewIfNeeded()
    // SHOTS=1 renews the README's pictures of this screen.
    if (process.env.SHOTS) {
      await page.screenshot({ path: `docs/screens/teams-${size.width}x${size.height}.png` })
      await page.getByRole('heading', { name: 'Each team week by week' }).scrollIntoViewIfNeeded()
      await page.screenshot({ path: `test-results/teams-charts-${size.width}x${size.height}.png` })
    }

    // A team's Trends, read-only, with the numbers of its row; then back to the Teams screen.
    await openTeamTrends(page, 'Team East', size.width === 1440 ? 'keyboard' : 'mouse')
    if (process.env.SHOTS) {
      await page.screenshot({ path: `test-results/team-trends-${size.width}x${size.height}.png` })
      await page.getByRole('heading', { name: 'Weekly trends' }).scrollIntoViewIfNeeded()
      await page.screenshot({ path: `test-results/team-trends-charts-${size.width}x${size.height}.png` })
      await page.getByTestId('not-in-team-file').scrollIntoViewIfNeeded()
      await page.screenshot({ path: `test-results/team-trends-end-${size.width}x${size.height}.png` })
    }
    // The address opens the same screen again after a reload, from the kept team files.
    await page.reload()
    await expect(page.getByRole('region', { name: 'Read-only team' })).toContainText('Team East — read-only')
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' })).toHaveClass(
      /router-link-active/,
    )
    await page.getByRole('link', { name: 'Back to Teams' }).click()
    await expect(page).toHaveURL(/#\/teams$/)
    await expect(table.getByRole('row')).toHaveCount(5)

    // A team whose export had no decision time: its Trends says so, as its row does.
    await openTeamTrends(page, 'Team West', 'mouse')
    await expect(
      page.getByRole('table', { name: 'Quarter over quarter' }).getByRole('row', { name: /^On-time SLA rate/ }),
    ).toContainText('not in this export')
    if (process.env.SHOTS)
      await page.screenshot({ path: `test-results/team-trends-west-${size.width}x${size.height}.png` })
    await page.getByRole('link', { name: 'Back to Teams' }).click()
    await expect(table.getByRole('row')).toHaveCount(5)
  })
}
