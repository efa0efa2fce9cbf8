import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, openApp, startHuddle, test } from './fixtures'

const FIXTURES = join(__dirname, '../fixtures/import')

// Monday after the fixtures' last booked week (2026-W47): every screen opens on that week.
test.use({ now: '2026-11-23T10:00:00' })

/** Imports a fixture through mapping, preview and import, accepting what the app suggests. */
async function importFile(page: Page, path: string): Promise<void> {
  await openApp(page, '/import')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles(join(FIXTURES, path))
  const name = path.split('/').at(-1)!
  await expect(page.getByRole('heading', { name: `Map the columns of ${name}` })).toBeVisible()
  await page.getByRole('button', { name: 'Preview import' }).click()
  await expect(page.getByRole('heading', { name: /Preview: nothing has been saved yet/ })).toBeVisible()
  await page.getByRole('button', { name: /^Import \d+ rows?$/ }).click()
  await expect(page.getByRole('heading', { name: `Imported ${name}` })).toBeVisible()
}

test('a Salesforce report with owner ids shows the people the roster and "Who are these?" name', async ({
  watched: page,
}) => {
  // Two people known before the import, by their 15-character Salesforce ids.
  await openApp(page, '/settings')
  const team = page.getByRole('region', { name: 'Team' })
  await team.getByRole('button', { name: 'Add person' }).click()
  await team.getByLabel('Name of person 1').fill('Dana Reyes')
  await team.getByLabel('Role of Dana Reyes').selectOption('SDR')
  await team.getByLabel('CRM ids and spellings of Dana Reyes').fill('0051x000003AbCd')
  await team.getByRole('button', { name: 'Add person' }).click()
  await team.getByLabel('Name of person 2').fill('Marcus Lee')
  await team.getByLabel('Role of Marcus Lee').selectOption('AE')
  await team.getByLabel('CRM ids and spellings of Marcus Lee').fill('0051x000004KpQ2')
  await team.getByRole('button', { name: 'Save team' }).click()
  await expect(team.getByRole('status').first()).not.toBeEmpty()

  await importFile(page, 'exports/salesforce-opportunities.csv')
  // The © footer and the report's title lines are not rows (truth: 15 rows, 13 imported).
  await expect(page.getByText(/^15 rows = 13 imported \+ 2 rejected\./)).toBeVisible()

  // Only the two ids nobody answers to are asked about; naming them resolves every handoff.
  const unknown = page.getByRole('region', { name: 'Who are these?' })
  await expect(unknown.getByRole('listitem')).toHaveCount(2)
  await expect(unknown).not.toContainText('0051x000003AbCd ')
  await unknown.getByLabel('Person behind 0051x000003AbCeAAF').fill('Priya Patel')
  await unknown.getByRole('button', { name: 'Name 0051x000003AbCeAAF' }).click()
  await expect(unknown.getByRole('status')).toContainText('0051x000003AbCeAAF is now Priya Patel.')
  await unknown.getByLabel('Person behind 0051x000004KpQ3AAX').fill('Jo Kim')
  await unknown.getByRole('button', { name: 'Name 0051x000004KpQ3AAX' }).click()
  // Nobody is left to name, so the question goes away.
  await expect(unknown).toBeHidden()

  await page.getByRole('link', { name: 'View handoffs' }).click()
  const handoffs = page.getByRole('table', { name: 'Handoffs' })
  await expect(handoffs).toContainText('Acme Corp')
  for (const person of ['Dana Reyes', 'Priya Patel', 'Marcus Lee', 'Jo Kim'])
    await expect(handoffs).toContainText(person)
  await expect(handoffs).not.toContainText('0051x')

  await page.getByRole('link', { name: 'Weekly numbers' }).click()
  await expect(page.getByRole('combobox', { name: 'Week' })).toHaveValue('2026-W47')
  const bySdr = page.getByRole('table', { name: 'By SDR' })
  await expect(bySdr).toContainText('Dana Reyes')
  await expect(bySdr).toContainText('Priya Patel')
  await expect(bySdr).not.toContainText('0051x')
  await expect(page.getByRole('table', { name: 'Weekly sample' })).not.toContainText('0051x')
  await expect(page.getByRole('table', { name: 'Weekly sample' })).not.toContainText('salesforce::')
})

test('an export without package columns says "not in this export" once and puts no SDR in breach for it', async ({
  watched: page,
}) => {
  await importFile(page, 'no-package.csv')
  await expect(page.getByRole('note', { name: 'Not in this export' })).toHaveCount(1)

  await page.getByRole('link', { name: 'Weekly numbers' }).click()
  await expect(page.getByRole('combobox', { name: 'Week' })).toHaveValue('2026-W47')
  const notice = page.getByRole('note', { name: 'Not in this export' })
  await expect(notice).toHaveCount(1)
  await expect(notice).toContainText(
    'Your export has no Discovery summary, ICP fit, Trigger event, Tech stack and Budget signal columns',
  )
  await expect(page.getByRole('main')).not.toContainText(/missing:? Discovery summary/i)

  await page.getByRole('link', { name: 'Huddle', exact: true }).click()
  await page.getByRole('combobox', { name: 'Week' }).selectOption('2026-W47')
  await startHuddle(page)
  await page.getByRole('button', { name: 'Next section' }).click()
  await page.getByRole('button', { name: 'Next section' }).click()
  await expect(page.getByRole('heading', { name: '3. SLA breaches' })).toBeVisible()
  await expect(page.getByRole('note', { name: 'Not in this export' })).toHaveCount(1)
  const causes = page.getByRole('list', { name: 'Breaches by cause' })
  // The one field the export has and an SDR left empty is still a breach; the others are not.
  await expect(causes).toContainText('CRM notes missing')
  await expect(causes).not.toContainText(/Discovery|ICP fit|Trigger event|Tech stack|Budget/)
})

test('a note-template file fills the handoff package', async ({ watched: page }) => {
  await importFile(page, 'note-template.csv')
  await expect(page.getByRole('note', { name: 'Not in this export' })).toHaveCount(0)

  await page.getByRole('link', { name: 'View handoffs' }).click()
  const row = page.getByRole('table', { name: 'Handoffs' }).getByRole('row', { name: /Northwind Freight/ })
  await row.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Northwind Freight')
  const main = page.getByRole('main')
  await expect(main).toContainText('We lose two days a month reconciling freight bills')
  await expect(main).toContainText('240 employees, logistics, NetSuite shop')
  await expect(main).toContainText('new CFO started in October')
  await expect(main).toContainText('40k approved for finance tooling')
  await expect(main).toContainText('Met at the Hamburg expo.')
  await expect(page.getByRole('region', { name: 'Missing fields' })).not.toContainText('Not ready')
})
