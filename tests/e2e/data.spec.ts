import { readFile } from 'node:fs/promises'
import { expect, loadDemo, openApp, test } from './fixtures'
import type { Page } from '@playwright/test'

async function download(page: Page, button: string): Promise<{ name: string; text: string; path: string }> {
  const pending = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const file = await pending
  const path = await file.path()
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), path }
}

async function handoffCount(page: Page): Promise<number> {
  const text = (await page.getByRole('status', { name: 'Data status' }).textContent()) ?? ''
  return Number(/([\d,]+) handoffs/.exec(text)?.[1]?.replace(/,/g, '') ?? '0')
}

test('metrics and scorecards download as CSV', async ({ watched: page }) => {
  await loadDemo(page)
  await page.getByRole('link', { name: 'Data' }).click()
  const metrics = await download(page, 'Export metrics CSV')
  expect(metrics.name).toMatch(/^handoff-huddle-metrics-\d{4}-W\d{2}-\d{4}-W\d{2}\.csv$/)
  const lines = metrics.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
  expect(lines[0]).toMatch(/^Week,Booked,Accepted,Rejected,Pending,Acceptance rate \(%\)/)
  expect(lines).toHaveLength(15) // header, 13 weeks, total
  expect(lines[14]).toMatch(/^Total,\d+,/)

  const scorecards = await download(page, 'Export scorecards CSV')
  expect(scorecards.text).toContain('Dimension,Name,Booked')
  expect(scorecards.text).toMatch(/\r\nSDR,[^,]+,\d+/)
  expect(scorecards.text).toMatch(/\r\nPartner,In-house,\d+/)
})

test('a backup restores into an emptied app', async ({ watched: page }) => {
  await loadDemo(page)
  const before = await handoffCount(page)
  await page.getByRole('link', { name: 'Data' }).click()
  const backup = await download(page, 'Download backup')
  expect(backup.name).toMatch(/^handoff-huddle-backup-\d{4}-\d{2}-\d{2}\.json$/)
  expect(JSON.parse(backup.text)).toMatchObject({ format: 'handoff-huddle-backup', counts: { handoffs: before } })

  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Clear all data…' }).click()
  await page.getByRole('dialog', { name: 'Clear all data?' }).getByRole('button', { name: 'Clear all data' }).click()
  await expect(page.getByRole('status', { name: 'Data status' })).toContainText('No handoffs yet')

  await page.getByRole('link', { name: 'Data' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose backup file…' }).click()
  await (await chooser).setFiles(backup.path)
  const preview = page.getByRole('region', { name: 'Backup to restore' })
  await expect(preview.getByRole('row', { name: 'Handoffs' })).toContainText(before.toLocaleString('en-US'))
  await preview.getByRole('radio', { name: /Replace/ }).check()
  await preview.getByRole('button', { name: 'Restore…' }).click()
  await page
    .getByRole('dialog', { name: 'Replace all data?' })
    .getByRole('button', { name: 'Replace all data' })
    .click()
  await expect(page.getByRole('status').filter({ hasText: 'Replaced all data with' })).toBeVisible()
  await expect(page.getByRole('status', { name: 'Data status' })).toContainText(
    `${before.toLocaleString('en-US')} handoffs`,
  )

  await page.getByRole('link', { name: 'Handoffs' }).click()
  await expect(page.getByRole('table', { name: 'Handoffs' }).getByRole('row').nth(1)).toBeVisible()
})

test('a corrupt backup is refused with a clear message and changes nothing', async ({ watched: page }) => {
  await loadDemo(page)
  const before = await handoffCount(page)
  await page.getByRole('link', { name: 'Data' }).click()
  const backup = await download(page, 'Download backup')

  // Flip one digit inside the data: the checksum no longer matches.
  const corrupt = backup.text.replace(/"companySize":(\d)/, (_m, d: string) => `"companySize":${(Number(d) + 1) % 10}`)
  expect(corrupt).not.toBe(backup.text)
  let chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose backup file…' }).click()
  await (await chooser).setFiles({ name: 'corrupt.json', mimeType: 'application/json', buffer: Buffer.from(corrupt) })
  await expect(page.getByRole('alert')).toContainText(
    'corrupt.json: the file is damaged (its checksum does not match its contents), so nothing was restored.',
  )
  await expect(page.getByRole('region', { name: 'Backup to restore' })).toHaveCount(0)

  // Cut short: not valid JSON.
  chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose backup file…' }).click()
  await (
    await chooser
  ).setFiles({ name: 'truncated.json', mimeType: 'application/json', buffer: Buffer.from(backup.text.slice(0, 5000)) })
  await expect(page.getByRole('alert')).toContainText(
    'truncated.json: this is not a Handoff Huddle backup (it is not valid JSON',
  )

  // From a newer app.
  const newer = backup.text.replace(/"schemaVersion":\d+/, '"schemaVersion":99')
  chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose backup file…' }).click()
  await (await chooser).setFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(newer) })
  await expect(page.getByRole('alert')).toContainText('made by a newer version of Handoff Huddle')

  expect(await handoffCount(page)).toBe(before)
})

test('the Data screen says what to do when there is nothing to export', async ({ watched: page }) => {
  await openApp(page, '/data')
  await expect(page.getByText('There are no handoffs yet: import a CRM export or load demo data')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Download backup' })).toBeEnabled()
})
