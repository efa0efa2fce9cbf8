import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, openApp, startHuddle, test } from './fixtures'

// Wednesday of 2026-W48: the huddle reviews W47, the last complete week with data.
test.use({ now: '2026-11-25T10:00:00' })

const FIXTURES = join(__dirname, '../fixtures/import')

async function importFile(page: Page, name = 'fresh-weeks.csv'): Promise<void> {
  await page.getByRole('link', { name: 'Import' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles(join(FIXTURES, name))
  await page.getByRole('button', { name: 'Preview import' }).click()
  await page.getByRole('button', { name: /^Import \d+ rows?$/ }).click()
  await expect(page.getByRole('heading', { name: `Imported ${name}` })).toBeVisible()
}

async function undoLast(page: Page, name = 'fresh-weeks.csv'): Promise<void> {
  await page.getByRole('link', { name: 'Import' }).click()
  await page.getByRole('button', { name: 'Undo last import' }).click()
  await page.getByRole('dialog', { name: 'Undo the last import?' }).getByRole('button', { name: 'Undo import' }).click()
  await expect(page.getByText(`Undid the import of ${name}`, { exact: false })).toBeVisible()
}

/** Weekly numbers' booked / accepted / rejected for a week. */
async function weeklyNumbers(page: Page, week: string): Promise<number[]> {
  await page.getByRole('link', { name: 'Weekly numbers' }).click()
  await expect(page.getByRole('combobox', { name: 'Week' })).toHaveValue(week)
  const numbers = page.getByRole('region', { name: "The week's numbers" })
  const read = async (term: string) =>
    Number(
      await numbers
        .locator('div', { has: page.getByRole('term').filter({ hasText: term }) })
        .first()
        .getByRole('definition')
        .textContent(),
    )
  return [await read('Booked'), await read('Accepted'), await read('Rejected')]
}

/** The huddle's tiles for the same three numbers (the huddle must be started). */
async function huddleNumbers(page: Page): Promise<number[]> {
  await page.getByRole('link', { name: 'Huddle', exact: true }).click()
  const tiles = page.getByRole('group', { name: "This week's numbers" })
  const read = async (label: string) => {
    const name = await tiles.getByRole('button', { name: new RegExp(`^${label}: \\d+`) }).getAttribute('aria-label')
    return Number(/: (\d+)/.exec(name ?? '')?.[1])
  }
  return [await read('Booked'), await read('Accepted'), await read('Rejected')]
}

test('the open huddle follows every import, undo, re-import, restore and roster change without a reload', async ({
  watched: page,
}) => {
  await openApp(page, '/import')
  await importFile(page)

  // A backup of this state, for the restore below.
  await page.getByRole('link', { name: 'Data' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download backup' }).click()
  const backup = (await (await download).path())!

  const form = page.getByRole('form', { name: 'Start the huddle' })
  await page.getByRole('link', { name: 'Huddle', exact: true }).click()
  await expect(page.getByRole('combobox', { name: 'Week' })).toHaveValue('2026-W47')
  await expect(form.getByRole('checkbox', { name: 'Dana Reyes' })).toBeVisible()

  // Undo: the huddle's week has no data left; nothing old stays on screen.
  await undoLast(page)
  await page.getByRole('link', { name: 'Huddle', exact: true }).click()
  await expect(form).toHaveCount(0)
  await expect(page.getByRole('status', { name: 'Data status' })).toContainText('No handoffs yet')

  // Re-import: the AEs are offered as attendees again, and the numbers are Weekly numbers'.
  await importFile(page)
  expect(await weeklyNumbers(page, '2026-W47')).toEqual([4, 2, 1])
  await page.getByRole('link', { name: 'Huddle', exact: true }).click()
  await expect(form.getByRole('checkbox', { name: 'Dana Reyes' })).toBeVisible()
  await expect(form.getByRole('checkbox', { name: 'Carter McKay' })).toBeVisible()
  await startHuddle(page)
  expect(await huddleNumbers(page)).toEqual([4, 2, 1])

  // More bookings in the same week while the huddle runs, then their undo: the week stays, its numbers follow.
  await importFile(page, 'fresh-weeks-more.csv')
  expect(await weeklyNumbers(page, '2026-W47')).toEqual([6, 3, 2])
  expect(await huddleNumbers(page)).toEqual([6, 3, 2])
  await undoLast(page, 'fresh-weeks-more.csv')
  expect(await huddleNumbers(page)).toEqual([4, 2, 1])
  expect(await weeklyNumbers(page, '2026-W47')).toEqual([4, 2, 1])

  // Restore the backup (Replace): the numbers stay the same as Weekly numbers.
  await page.getByRole('link', { name: 'Data' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose backup file…' }).click()
  await (await chooser).setFiles(backup)
  const preview = page.getByRole('region', { name: 'Backup to restore' })
  await preview.getByRole('radio', { name: /Replace/ }).check()
  await preview.getByRole('button', { name: 'Restore…' }).click()
  await page
    .getByRole('dialog', { name: 'Replace all data?' })
    .getByRole('button', { name: 'Replace all data' })
    .click()
  await expect(page.getByRole('status').filter({ hasText: 'Replaced all data with' })).toBeVisible()
  expect(await weeklyNumbers(page, '2026-W47')).toEqual([4, 2, 1])
  await page.getByRole('link', { name: 'Huddle', exact: true }).click()
  await expect(page.getByRole('combobox', { name: 'Week' })).toHaveValue('2026-W47')
  await startHuddle(page)
  expect(await huddleNumbers(page)).toEqual([4, 2, 1])

  // A roster change: naming the CRM id keeps the plain names known, and the huddle shows the person.
  await importFile(page)
  const who = page.getByRole('region', { name: 'Who are these?' })
  await who.getByRole('combobox', { name: 'Person behind 0051x000003AbCd' }).fill('Priya Patel')
  await who.getByRole('button', { name: 'Name 0051x000003AbCd' }).click()
  const confirm = page.getByRole('dialog', { name: 'Start a team roster?' })
  await expect(confirm.getByRole('list', { name: 'People who join the roster' })).toContainText('Aisha Bello (SDR)')
  await expect(confirm.getByRole('list', { name: 'People who join the roster' })).toContainText('Carter McKay (AE)')
  await confirm.getByRole('button', { name: 'Start the roster' }).click()
  await expect(page.getByRole('status').filter({ hasText: '0051x000003AbCd is now Priya Patel.' })).toBeVisible()
  await expect(who).toBeHidden()
  expect(await weeklyNumbers(page, '2026-W47')).toEqual([4, 2, 1])
  await expect(page.getByRole('table', { name: 'By SDR' })).toContainText('Priya Patel')
  expect(await huddleNumbers(page)).toEqual([4, 2, 1])
  await page.getByRole('button', { name: /^Booked: \d+/ }).click()
  const list = page.getByRole('dialog', { name: /Booked: handoffs/ })
  await expect(list).toContainText('Priya Patel')
  await expect(list).not.toContainText('0051x000003AbCd')
  expect(readFileSync(backup, 'utf8')).toContain('fresh-weeks.csv')
})
