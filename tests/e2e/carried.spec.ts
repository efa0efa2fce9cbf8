import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

const FIXTURES = join(__dirname, '../fixtures/import')

async function importFile(page: Page, name: string) {
  await openApp(page, '/import')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles(join(FIXTURES, name))
  await expect(page.getByRole('heading', { name: `Map the columns of ${name}` })).toBeVisible()
  await page.getByRole('button', { name: 'Preview import' }).click()
  await page.getByRole('button', { name: /^Import \d+ rows?$/ }).click()
  await expect(page.getByRole('heading', { name: `Imported ${name}` })).toBeVisible()
}

test('a file without package columns says "not in this export" once and blames no SDR for it', async ({
  watched: page,
}) => {
  await importFile(page, 'no-package.csv')
  const notes = page.getByRole('note', { name: 'Not in this export' })
  await expect(notes).toHaveCount(1)
  await expect(notes).toContainText('Your export has no Discovery summary, ICP fit, Trigger event, Tech stack')

  await page.getByRole('link', { name: 'Weekly numbers' }).click()
  await expect(page.getByRole('heading', { name: 'Weekly numbers' })).toBeVisible()
  await expect(page.getByRole('note', { name: 'Not in this export' })).toHaveCount(1)
  await expect(page.getByText(/Discovery summary missing/)).toHaveCount(0)
})

test('a note-template file fills the package', async ({ watched: page }) => {
  await importFile(page, 'note-template.csv')
  await expect(page.getByText('2 notes used the handoff note template')).toBeVisible()
  await expect(page.getByRole('note', { name: 'Not in this export' })).toHaveCount(0)
})
