import { expect, loadDemo, openApp, test } from './fixtures'

test('an empty app says what to do next', async ({ watched: page }) => {
  await openApp(page)
  await expect(page.getByRole('region', { name: 'No handoffs yet' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Load demo data' })).toBeVisible()
  await expect(page.getByRole('status', { name: 'Data status' })).toContainText('No handoffs yet')
})

test('demo data fills the table and survives a reload', async ({ watched: page }) => {
  await loadDemo(page)
  const status = page.getByRole('status', { name: 'Data status' })
  const text = (await status.textContent()) ?? ''
  const count = Number(/([\d,]+) handoffs/.exec(text)![1]!.replace(/,/g, ''))
  expect(count).toBeGreaterThan(500)
  const table = page.getByRole('table', { name: 'Handoffs' })
  await expect(table.getByRole('row').nth(1)).toBeVisible()
  await expect(table).toHaveAttribute('aria-rowcount', String(count + 1))

  await page.reload()
  await expect(status).toContainText(text.split(' · ')[0]!)
  await expect(table.getByRole('row').nth(1)).toBeVisible()
})

test('the table filters by status and sorts by a column', async ({ watched: page }) => {
  await loadDemo(page)
  const table = page.getByRole('table', { name: 'Handoffs' })
  await page.getByRole('combobox', { name: 'Status' }).selectOption('rejected')
  const cells = table.getByRole('row').nth(1).getByRole('cell')
  await expect(cells.nth(5)).toHaveText('rejected')
  await page.getByRole('button', { name: 'Sort by SDR' }).click()
  await expect(page.getByRole('columnheader', { name: 'Sort by SDR' })).toHaveAttribute('aria-sort', 'ascending')
  const first = await table.getByRole('row').nth(1).getByRole('cell').nth(2).textContent()
  const second = await table.getByRole('row').nth(2).getByRole('cell').nth(2).textContent()
  expect((first ?? '').localeCompare(second ?? '', 'en', { sensitivity: 'base' })).toBeLessThanOrEqual(0)
})

test('settings save and survive a reload', async ({ watched: page }) => {
  await openApp(page, '/settings')
  await page.getByLabel('Team time zone').fill('America/Chicago')
  await page.getByLabel('SLA window in business days').fill('2')
  await page.getByLabel('New holiday').fill('2026-12-25')
  await page.getByRole('button', { name: 'Add holiday' }).click()
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved.')).toBeVisible()

  await page.reload()
  await expect(page.getByLabel('Team time zone')).toHaveValue('America/Chicago')
  await expect(page.getByLabel('SLA window in business days')).toHaveValue('2')
  await expect(page.getByRole('button', { name: 'Remove holiday 2026-12-25' })).toBeVisible()
})

test('invalid settings show an error and change nothing', async ({ watched: page }) => {
  await openApp(page, '/settings')
  const original = await page.getByLabel('Team time zone').inputValue()
  await page.getByLabel('Team time zone').fill('Mars/Olympus_Mons')
  await page.getByLabel('SLA window in business days').fill('0')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Time zone must be an IANA name such as Europe/Berlin')).toBeVisible()
  await expect(page.getByText('SLA window must be at least 1 business day')).toBeVisible()
  await expect(page.getByLabel('Team time zone')).toHaveAttribute('aria-invalid', 'true')

  await page.reload()
  await expect(page.getByLabel('Team time zone')).toHaveValue(original)
  await expect(page.getByLabel('SLA window in business days')).toHaveValue('1')
})

test('clearing all data asks first and empties the table', async ({ watched: page }) => {
  await loadDemo(page)
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Clear all data…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Clear all data?' })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('status', { name: 'Data status' })).toContainText('handoffs')
  await page.getByRole('button', { name: 'Clear all data…' }).click()
  await dialog.getByRole('button', { name: 'Clear all data' }).click()
  await expect(page.getByRole('status', { name: 'Data status' })).toContainText('No handoffs yet')
})

test('names cut off in narrow table columns show in full on hover', async ({ watched: page }) => {
  await loadDemo(page)
  const cells = page.getByRole('table', { name: 'Handoffs' }).getByRole('row').nth(1).getByRole('cell')
  for (const i of [2, 3, 4]) {
    const text = ((await cells.nth(i).textContent()) ?? '').trim()
    if (text !== '—') await expect(cells.nth(i)).toHaveAttribute('title', text)
  }
})
