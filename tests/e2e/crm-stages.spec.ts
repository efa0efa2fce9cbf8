import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

const EXPORTS = join(__dirname, '../fixtures/import/exports')

// Monday after the fixtures' last booked week (2026-W47).
test.use({ now: '2026-11-23T10:00:00' })

interface Truth {
  imported: number
  rejected: { line: number }[]
  weeks: { week: string; booked: number; accepted: number; rejected: number; pending: number }[]
}
const truthOf = (layout: string): Truth => JSON.parse(readFileSync(join(EXPORTS, `${layout}.truth.json`), 'utf8'))

async function chooseExport(page: Page, layout: string): Promise<void> {
  await openApp(page, '/import')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles(join(EXPORTS, `${layout}.csv`))
  await expect(page.getByRole('heading', { name: `Map the columns of ${layout}.csv` })).toBeVisible()
}

async function tile(page: Page, term: string): Promise<string> {
  const item = page
    .getByRole('region', { name: "The week's numbers" })
    .locator('div', { has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
  return ((await item.getByRole('definition').textContent()) ?? '').trim()
}

/**
 * Previews, checks the decision each stage value is read as (the one confirmation before
 * writing), imports, and checks every week's numbers against the truth file.
 */
async function importAndCheck(page: Page, layout: string, decisions: [string, string][]): Promise<void> {
  const truth = truthOf(layout)
  await page.getByRole('button', { name: 'Preview import' }).click()
  await expect(page.getByRole('heading', { name: /Preview: nothing has been saved yet/ })).toBeVisible()
  const table = page.getByRole('table', { name: "The AE's decision, read from each status or stage value" })
  for (const [value, decision] of decisions)
    await expect(
      table
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: value, exact: true }) })
        .getByRole('cell')
        .last(),
    ).toHaveText(decision)
  await page.getByRole('button', { name: `Import ${truth.imported} rows` }).click()
  await expect(page.getByRole('heading', { name: `Imported ${layout}.csv` })).toBeVisible()
  const rejected = page.getByRole('table', { name: 'Rejected rows' })
  for (const [i, r] of truth.rejected.entries())
    await expect(
      rejected
        .getByRole('row')
        .nth(i + 1)
        .getByRole('cell')
        .first(),
    ).toHaveText(String(r.line))

  await page.getByRole('link', { name: 'Weekly numbers' }).click()
  for (const w of truth.weeks) {
    await page.getByRole('combobox', { name: 'Week' }).selectOption(w.week)
    await expect(page.getByText(`Handoffs booked in ${w.week}`)).toBeVisible()
    await expect
      .poll(async () => [
        await tile(page, 'Booked'),
        await tile(page, 'Accepted'),
        await tile(page, 'Rejected'),
        await tile(page, 'Pending'),
      ])
      .toEqual([w.booked, w.accepted, w.rejected, w.pending].map(String))
  }
}

test('a HubSpot deals export is recognised and its stages confirmed on one screen', async ({ watched: page }) => {
  await chooseExport(page, 'hubspot-deals')
  await expect(page.getByLabel('Source name')).toHaveValue('hubspot')
  await expect(page.getByLabel('Column for Status', { exact: true })).toHaveValue('Deal Stage')
  // Every stage found is listed once, with its suggestion; the unknown one is left to the team.
  const stages = page.getByRole('region', { name: 'Status values' })
  await expect(stages.getByLabel('Status for “Appointment Scheduled”')).toHaveValue('pending')
  await expect(stages.getByLabel('Status for “Qualified To Buy”')).toHaveValue('accepted')
  await expect(stages.getByLabel('Status for “Closed Won”')).toHaveValue('accepted')
  await expect(stages.getByLabel('Status for “Closed Lost”')).toHaveValue('rejected')
  await expect(stages.getByLabel('Status for “Onboarding”')).toHaveValue('')
  await importAndCheck(page, 'hubspot-deals', [
    ['Closed Won', 'Accepted'],
    ['Closed Lost', 'Rejected'],
    ['Onboarding', 'Not recognised: rows rejected'],
  ])
})

test('a Pipedrive export reads the decision from status and stage together', async ({ watched: page }) => {
  await chooseExport(page, 'pipedrive-deals')
  await expect(page.getByLabel('Source name')).toHaveValue('pipedrive')
  await expect(page.getByLabel('Column for Status', { exact: true })).toHaveValue('Deal - Status')
  await expect(page.getByLabel('Column 2 for Status')).toHaveValue('Deal - Stage')
  const stages = page.getByRole('region', { name: 'Status values' })
  await expect(stages.getByLabel('Status for “Won”')).toHaveValue('accepted')
  await expect(stages.getByLabel('Status for “Lost”')).toHaveValue('rejected')
  await expect(stages.getByLabel('Status for “SQL - Accepted”')).toHaveValue('accepted')
  // A custom stage is listed for confirmation even though its "Open" status decides.
  await expect(stages.getByLabel('Status for “Follow-up”')).toBeVisible()
  // Two columns decide together: the preview lists each status · stage pair as the rows read it.
  await importAndCheck(page, 'pipedrive-deals', [
    ['Won · Negotiations Started', 'Accepted'],
    ['Lost · Qualified', 'Rejected'],
    ['Open · SQL - Accepted', 'Accepted'],
  ])
})

test('a second column for the decision can be removed again', async ({ watched: page }) => {
  await chooseExport(page, 'pipedrive-deals')
  await expect(page.getByLabel('Column 2 for Status')).toHaveValue('Deal - Stage')
  await page.getByRole('button', { name: 'Remove Status column 2' }).click()
  await expect(page.getByLabel('Column 2 for Status')).toHaveCount(0)
  await expect(page.getByLabel('Column for Status', { exact: true })).toHaveValue('Deal - Status')
  await page.getByRole('button', { name: 'Add another column: Status' }).click()
  await expect(page.getByLabel('Column 2 for Status')).toHaveValue('')
})
