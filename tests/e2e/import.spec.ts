import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { row, sheetXml, str, workbook } from '../domain/import/xlsx-builder'
import { expect, openApp, test } from './fixtures'

const FIXTURES = join(__dirname, '../fixtures/import')
const shot = (page: Page, name: string) =>
  process.env.SHOTS ? page.screenshot({ path: `/tmp/import-${name}.png`, fullPage: true }) : undefined

/** Chooses a file through the browser bridge's hidden file input. */
async function chooseFile(page: Page, name: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles(join(FIXTURES, name))
}

async function count(page: Page, group: string, term: string): Promise<string> {
  const item = page
    .getByLabel(group)
    .locator('div', { has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
  return ((await item.getByRole('definition').textContent()) ?? '').trim()
}

test('imports a HubSpot export through mapping, preview and report, re-imports it unchanged and undoes both runs', async ({
  watched: page,
}) => {
  await openApp(page, '/import')
  await expect(page.getByText('No imports yet.')).toBeVisible()
  await shot(page, 'empty')

  // The file is read in a Web Worker (allowed by the CSP: no console errors on the watched page).
  const workerLoaded = page.waitForRequest(/import-worker/)
  await chooseFile(page, 'ui-hubspot.csv')
  await workerLoaded
  await expect(page.getByRole('heading', { name: 'Map the columns of ui-hubspot.csv' })).toBeVisible()
  // HubSpot-like, but without Deal Name and Pipeline no layout is complete: custom, never a guess.
  await expect(page.getByLabel('Source name')).toHaveValue('custom')
  await expect(
    page.getByText(/it looks like a HubSpot export: deals but has no "Deal Name" and "Pipeline" columns/),
  ).toBeVisible()
  await expect(page.getByLabel('Column for Booked at')).toHaveValue('Create Date')
  await expect(page.getByLabel('Column for SDR')).toHaveValue('SDR Owner')
  await expect(page.getByLabel('Column for Status')).toHaveValue('Handoff Status')
  await expect(page.getByRole('table', { name: 'File preview' })).toContainText('Acme Corp')
  await expect(page.getByLabel('Status for “SQL - Accepted”')).toHaveValue('accepted')
  await expect(page.getByLabel('Status for “SQL - Rejected”')).toHaveValue('rejected')
  await expect(page.getByLabel('Rejection reason for “Too small”')).toHaveValue('too_small')
  await shot(page, 'mapping')

  await page.getByRole('button', { name: 'Preview import' }).click()
  await expect(page.getByRole('heading', { name: /Preview: nothing has been saved yet/ })).toBeVisible()
  expect(await count(page, 'What the import would do', 'Rows read')).toBe('4')
  expect(await count(page, 'What the import would do', 'New')).toBe('3')
  expect(await count(page, 'What the import would do', 'Rejected')).toBe('1')
  await shot(page, 'preview')

  await page.getByRole('button', { name: 'Import 3 rows' }).click()
  await expect(page.getByRole('heading', { name: 'Imported ui-hubspot.csv' })).toBeVisible()
  const rejected = page.getByRole('table', { name: 'Rejected rows' })
  await expect(rejected.getByRole('row').nth(1)).toContainText('4')
  await expect(page.getByRole('list', { name: 'Reasons for line 4' })).toContainText(
    'Booked date "not a date" is not a date',
  )
  await expect(page.getByRole('status', { name: 'Data status' })).toContainText('3 handoffs')
  await shot(page, 'report')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download rejected rows' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('ui-hubspot-rejected-rows.csv')
  const text = readFileSync((await file.path())!, 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  const [header, row] = text.replace(/^\uFEFF/, '').split('\r\n')
  expect(header).toContain('"error"')
  expect(row).toContain('"9003"')
  expect(row).toContain('not a date')

  await page.getByRole('link', { name: 'View handoffs' }).click()
  await expect(page.getByRole('table', { name: 'Handoffs' })).toContainText('Acme Corp')
  await expect(page.getByRole('table', { name: 'Handoffs' })).toContainText('Gamma GmbH')

  // The same file again: the saved mapping is used and nothing changes.
  await page.getByRole('link', { name: 'Import' }).click()
  await expect(page.getByRole('table', { name: 'Import history' }).getByRole('row')).toHaveCount(2)
  await chooseFile(page, 'ui-hubspot.csv')
  await expect(page.getByText('Your saved mapping for "custom"')).toBeVisible()
  await page.getByRole('button', { name: 'Preview import' }).click()
  expect(await count(page, 'What the import would do', 'Unchanged')).toBe('3')
  expect(await count(page, 'What the import would do', 'New')).toBe('0')
  expect(await count(page, 'What the import would do', 'Updated')).toBe('0')
  await page.getByRole('button', { name: 'Import 3 rows' }).click()
  await expect(page.getByRole('heading', { name: 'Imported ui-hubspot.csv' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Import history' }).getByRole('row')).toHaveCount(3)
  await shot(page, 'history')

  // Undo the re-import (nothing to remove), then the first import (its rows go).
  await page.getByRole('button', { name: 'Undo last import' }).click()
  const dialog = page.getByRole('dialog', { name: 'Undo the last import?' })
  await expect(dialog).toContainText('ui-hubspot.csv')
  await shot(page, 'undo-confirm')
  await dialog.getByRole('button', { name: 'Undo import' }).click()
  await expect(page.getByText(/Undid the import of ui-hubspot.csv: removed 0/)).toBeVisible()
  await page.getByRole('button', { name: 'Undo last import' }).click()
  await page.getByRole('dialog', { name: 'Undo the last import?' }).getByRole('button', { name: 'Undo import' }).click()
  await expect(page.getByText(/Undid the import of ui-hubspot.csv: removed 3 added handoffs/)).toBeVisible()
  await expect(page.getByRole('status', { name: 'Data status' })).toContainText('No handoffs yet')
  await expect(page.getByRole('button', { name: 'Undo last import' })).toHaveCount(0)
})

test('asks for the date order when every date in a column reads both ways', async ({ watched: page }) => {
  await openApp(page, '/import')
  await chooseFile(page, 'ambiguous-all.csv')
  await expect(page.getByLabel('Column for Booked at')).toHaveValue('Meeting Booked Date')
  await page.getByRole('button', { name: 'Preview import' }).click()
  // One date of the file read both ways, nothing preselected (no saved order for this source yet).
  const question = page.getByRole('alertdialog', { name: '03/04/2026: 3 April 2026 or 4 March 2026?' })
  await expect(question).toContainText('Every date in column “Meeting Booked Date” (Booked at)')
  await expect(question.getByRole('button', { name: 'Read the dates this way' })).toBeDisabled()
  await shot(page, 'date-order')
  await question.getByRole('radio', { name: /Day first/ }).check()
  await question.getByRole('button', { name: 'Read the dates this way' }).click()
  await expect(page.getByRole('heading', { name: /Preview: nothing has been saved yet/ })).toBeVisible()
  expect(await count(page, 'What the import would do', 'New')).toBe('3')
  await page.getByRole('button', { name: 'Back to mapping' }).click()
  await expect(page.getByLabel('Date order', { exact: true })).toHaveValue('DMY')
})

test('a file dropped anywhere on the screen is read, and an unusable file gets a clear message', async ({
  watched: page,
}) => {
  await openApp(page, '/import')
  const bytes = readFileSync(join(FIXTURES, 'unterminated-quote.csv')).toString('base64')
  const transfer = await page.evaluateHandle((b64) => {
    const dt = new DataTransfer()
    const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
    dt.items.add(new File([raw], 'unterminated-quote.csv', { type: 'text/csv' }))
    return dt
  }, bytes)
  await page.dispatchEvent('h1', 'dragenter', { dataTransfer: transfer })
  await expect(page.getByText('Drop the file to import it')).toBeVisible()
  await shot(page, 'dragging')
  await page.dispatchEvent('h1', 'drop', { dataTransfer: transfer })
  await expect(page.getByText('Drop the file to import it')).toHaveCount(0)
  await expect(page.getByRole('alert')).toContainText(/unterminated-quote\.csv: Line \d+: a quoted field starts here/)
})

test('File → Import… (Ctrl+O in the browser) opens the Import screen', async ({ watched: page }) => {
  await openApp(page, '/handoffs')
  await page.keyboard.press('Control+o')
  await expect(page).toHaveURL(/#\/import$/)
  await expect(page.getByRole('button', { name: 'Choose file…' })).toBeVisible()
})

test('a large import shows progress and can be cancelled while writing: nothing is saved', async ({
  watched: page,
}) => {
  const rows = Array.from(
    { length: 40_000 },
    (_, i) => `L-${i},SDR ${i % 17},2026-11-${String(16 + (i % 5)).padStart(2, '0')},accepted`,
  )
  const buffer = Buffer.from(`externalId,sdr,bookedAt,status\n${rows.join('\n')}\n`)
  await openApp(page, '/import')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles({ name: 'big.csv', mimeType: 'text/csv', buffer })
  await expect(page.getByRole('heading', { name: 'Map the columns of big.csv' })).toBeVisible()
  await page.getByRole('button', { name: 'Preview import' }).click()
  await page.getByRole('button', { name: 'Import 40,000 rows' }).click()
  await expect(page.getByRole('progressbar', { name: /Saving 40,000 handoffs/ })).toBeVisible()
  await shot(page, 'writing')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByText('Import cancelled: nothing was saved')).toBeVisible()
  await expect(page.getByRole('heading', { name: /Preview: nothing has been saved yet/ })).toBeVisible()
  await expect(page.getByText('No imports yet.')).toBeVisible()
  await expect(page.getByRole('status', { name: 'Data status' })).toContainText('No handoffs yet')
})

test('a Salesforce opportunity report: stage values confirmed once, "Not in this export" kept apart', async ({
  watched: page,
}) => {
  const csv = [
    'Opportunity Name,Opportunity Owner,Created By,Account Name,Stage,Created Date,Description',
    'Acme deal,Raj Singh,Lena Ortiz,Acme,Prospecting,2026-11-16,First call',
    'Beta deal,Raj Singh,Lena Ortiz,Beta,Closed Lost,2026-11-17,Too small',
    'Gamma deal,Raj Singh,Tom Berg,Gamma,Needs Analysis,2026-11-18,Budget ok',
    'Delta deal,Raj Singh,Tom Berg,Delta,Demo Ready,2026-11-19,',
    '',
    '"Copyright © 2000-2026 salesforce.com, inc. All rights reserved."',
  ].join('\n')
  await openApp(page, '/import')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles({ name: 'sf-opps.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await expect(page.getByRole('heading', { name: 'Map the columns of sf-opps.csv' })).toBeVisible()
  await expect(page.getByLabel('Column for Status')).toHaveValue('Stage')

  // The notes are not in this export: chosen by keyboard, written as null.
  await page.getByLabel('Column for CRM notes').selectOption({ label: 'Not in this export' })
  await expect(page.getByLabel('Column for CRM notes')).toHaveValue('__not_in_export__')

  await page.getByRole('button', { name: 'Preview import' }).click()
  const decisions = page.getByRole('table', { name: "The AE's decision, read from each status or stage value" })
  await expect(decisions.getByRole('row')).toHaveCount(5)
  await expect(decisions.getByRole('row', { name: /Prospecting/ })).toContainText('Pending')
  await expect(decisions.getByRole('row', { name: /Closed Lost/ })).toContainText('Rejected')
  await expect(decisions.getByRole('row', { name: /Needs Analysis/ })).toContainText('Accepted')
  await expect(decisions.getByRole('row', { name: /Demo Ready/ })).toContainText('Not recognised: rows rejected')
  expect(await count(page, 'What the import would do', 'Rows read')).toBe('4')
  expect(await count(page, 'What the import would do', 'Rejected')).toBe('1')
  await expect(page.getByText('Stage "Demo Ready" is not a known decision')).toBeVisible()
  await page.getByRole('button', { name: 'Import 3 rows' }).click()
  await expect(page.getByRole('heading', { name: 'Imported sf-opps.csv' })).toBeVisible()
})

test('a hostile workbook is refused with a reason in words and the app stays usable', async ({ watched: page }) => {
  await openApp(page, '/import')
  const hostile = [
    {
      name: 'far-column.xlsx',
      rows: row(1, str('ZZZZZZ1', 'x')),
      reason: /cell ZZZZZZ1 lies beyond Excel's last column/,
    },
    {
      name: 'far-row.xlsx',
      rows: row('20000000', str(undefined, 'x')),
      reason: /row 20,000,000 lies beyond Excel's last row/,
    },
  ]
  for (const { name, rows, reason } of hostile) {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Choose file…' }).click()
    const buffer = Buffer.from(workbook({ sheets: { Report: sheetXml(rows) } }))
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer })
    await expect(page.getByRole('alert')).toContainText(`${name}, sheet "Report": `)
    await expect(page.getByRole('alert')).not.toContainText(`${name}: ${name}`)
    await expect(page.getByRole('alert')).toContainText(reason)
  }
  // Still usable: a good file goes on to the mapping step.
  await chooseFile(page, 'ui-hubspot.csv')
  await expect(page.getByRole('heading', { name: 'Map the columns of ui-hubspot.csv' })).toBeVisible()
})
