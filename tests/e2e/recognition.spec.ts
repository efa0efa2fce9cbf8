import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

const TRACKERS = join(__dirname, '../fixtures/import/trackers')

// Monday after the fixtures' last booked week (2026-W47).
test.use({ now: '2026-11-23T10:00:00' })

interface Truth {
  imported: number
  weeks: { week: string; booked: number; accepted: number; rejected: number; pending: number }[]
}
const truthOf = (name: string): Truth => JSON.parse(readFileSync(join(TRACKERS, `${name}.truth.json`), 'utf8'))

async function choose(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await openApp(page, '/import')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles(file)
  const name = typeof file === 'string' ? file.split('/').pop()! : file.name
  await expect(page.getByRole('heading', { name: `Map the columns of ${name}` })).toBeVisible()
}

async function tile(page: Page, term: string): Promise<string> {
  const item = page
    .getByRole('region', { name: "The week's numbers" })
    .locator('div', { has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
  return ((await item.getByRole('definition').textContent()) ?? '').trim()
}

/** Imports with the proposed mapping unchanged and checks every week on Weekly numbers. */
async function importUnchangedAndCheck(page: Page, name: string): Promise<void> {
  const truth = truthOf(name)
  await page.getByRole('button', { name: 'Preview import' }).click()
  await expect(page.getByRole('heading', { name: /Preview: nothing has been saved yet/ })).toBeVisible()
  await page.getByRole('button', { name: `Import ${truth.imported} rows` }).click()
  await expect(page.getByRole('heading', { name: `Imported ${name}.csv` })).toBeVisible()
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

test('a Google Sheets tracker with a title row imports with no mapping and true weekly numbers', async ({
  watched: page,
}) => {
  await choose(page, join(TRACKERS, 'google-sheets-tracker.csv'))
  await expect(page.getByLabel('Source name')).toHaveValue('custom')
  await expect(page.getByText('Not a layout the app knows, so it is read by its column names.')).toBeVisible()
  await expect(page.getByLabel('Column for Booked at', { exact: true })).toHaveValue('Date Booked')
  await expect(page.getByLabel('Column for SDR', { exact: true })).toHaveValue('SDR')
  await expect(page.getByLabel('Column for AE', { exact: true })).toHaveValue('AE')
  await expect(page.getByLabel('Column for Status', { exact: true })).toHaveValue('AE Decision')
  await expect(page.getByRole('region', { name: /hold the AE's decision|values mean/ })).toHaveCount(0)
  await importUnchangedAndCheck(page, 'google-sheets-tracker')
})

test('a Salesforce SDR Sets report reads Stage as the decision and fills the AE, mapping unchanged', async ({
  watched: page,
}) => {
  await choose(page, join(TRACKERS, 'salesforce-sdr-sets.csv'))
  await expect(page.getByLabel('Source name')).toHaveValue('custom')
  await expect(
    page.getByText(/it looks like a Salesforce report: opportunities but has no "Opportunity Owner" column/),
  ).toBeVisible()
  await expect(page.getByLabel('Column for Status', { exact: true })).toHaveValue('Stage')
  await expect(page.getByLabel('Column for AE', { exact: true })).toHaveValue('AE')
  await expect(page.getByText(/the AE's decision is read from “Stage”/)).toBeVisible()
  await importUnchangedAndCheck(page, 'salesforce-sdr-sets')
})

test('a decision column with values the app does not know is asked about, values listed', async ({ watched: page }) => {
  const board = [
    'Name,Subitems,Item ID,SDR,AE,Date Booked,Status',
    'Acme Corp,,1101,Lena Ortiz,Raj Singh,2026-11-16,Done',
    'Beta Inc,,1102,Tom Berg,Raj Singh,2026-11-17,Working on it',
    'Gamma LLC,,1103,Lena Ortiz,Jo Kim,2026-11-18,Stuck',
  ].join('\n')
  await choose(page, { name: 'board.csv', mimeType: 'text/csv', buffer: Buffer.from(board) })
  await expect(page.getByText('Recognised: monday.com board export.')).toBeVisible()
  const question = page.getByRole('region', { name: "Does column “Status” hold the AE's decision?" })
  await expect(question).toBeVisible()
  const values = question.getByRole('table', { name: 'Decision values' })
  await expect(values.getByRole('row')).toHaveCount(4)
  await question.getByLabel('Decision for “Done”').selectOption('accepted')
  await question.getByLabel('Decision for “Working on it”').selectOption('pending')
  await question.getByLabel('Decision for “Stuck”').selectOption('rejected')
  await question.getByRole('button', { name: 'Read the decision from “Status”' }).click()
  await expect(question).toHaveCount(0)
  await expect(page.getByLabel('Column for Status', { exact: true })).toHaveValue('Status')
  await page.getByRole('button', { name: 'Preview import' }).click()
  const decisions = page.getByRole('table', { name: "The AE's decision, read from each status or stage value" })
  const expected: [string, string][] = [
    ['Done', 'Accepted'],
    ['Working on it', 'Pending'],
    ['Stuck', 'Rejected'],
  ]
  for (const [value, decision] of expected)
    await expect(
      decisions
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: value, exact: true }) })
        .getByRole('cell')
        .last(),
    ).toHaveText(decision)
})

test('a saved date order is preselected in the question, never applied unasked', async ({ watched: page }) => {
  const file = (name: string, rows: string) => ({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(`externalId,sdr,bookedAt,status\n${rows}`),
  })
  await choose(page, file('us-week.csv', 'A-1,Kim,11/03/2026,accepted\nA-2,Kim,11/04/2026,pending\n'))
  await page.getByRole('button', { name: 'Preview import' }).click()
  const first = page.getByRole('alertdialog', { name: '11/03/2026: 11 March 2026 or 3 November 2026?' })
  await expect(first.getByRole('button', { name: 'Read the dates this way' })).toBeDisabled()
  await first.getByRole('radio', { name: /Month first/ }).check()
  await first.getByRole('button', { name: 'Read the dates this way' }).click()
  await page.getByRole('button', { name: 'Import 2 rows' }).click()
  await expect(page.getByRole('heading', { name: 'Imported us-week.csv' })).toBeVisible()

  // A UK file of the same source: every date reads both ways, so the app asks again.
  await page.getByRole('button', { name: 'Import another file' }).click()
  await choose(page, file('uk-week.csv', 'B-1,Kim,06/03/2025,accepted\nB-2,Kim,07/03/2025,pending\n'))
  await page.getByRole('button', { name: 'Preview import' }).click()
  const second = page.getByRole('alertdialog', { name: '06/03/2025: 6 March 2025 or 3 June 2025?' })
  await expect(second).toContainText('The order saved for this source is chosen below')
  await expect(second.getByRole('radio', { name: /Month first/ })).toBeChecked()
  await expect(second.getByRole('radio', { name: /Month first/ })).toHaveAccessibleName(/saved for this source/)
  await second.getByRole('radio', { name: /Day first/ }).check()
  await second.getByRole('button', { name: 'Read the dates this way' }).click()
  await expect(page.getByRole('heading', { name: /Preview: nothing has been saved yet/ })).toBeVisible()
})
