/// <reference lib="dom" />
import { expect, loadDemo, openApp, test } from './fixtures'

test('an empty Trends screen says how to get data', async ({ watched: page }) => {
  await openApp(page, '/trends')
  await expect(page.getByRole('heading', { name: 'Trends' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'No handoffs yet' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Load demo data' })).toBeVisible()
})

test('trends render for demo data and a range change updates them', async ({ watched: page }) => {
  await loadDemo(page)
  await page.getByRole('link', { name: 'Trends' }).click()

  const volume = page.getByRole('region', { name: 'Booked, accepted and rejected per week' })
  await expect(volume.locator('canvas')).toBeVisible()
  for (const title of ['Acceptance rate', 'On-time SLA rate', 'Incomplete rate', 'Rejection reasons']) {
    await expect(page.getByRole('region', { name: title, exact: true }).locator('canvas')).toBeVisible()
  }
  await expect(page.getByRole('img', { name: /^Booked, accepted and rejected per week:/ })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Quarter over quarter' })).toBeVisible()

  await volume.getByRole('button', { name: 'Show data table' }).click()
  const table = volume.getByRole('table', { name: 'Booked, accepted and rejected per week (data)' })
  await expect(table.getByRole('row')).toHaveCount(14) // header + 13 weeks

  await page.getByRole('combobox', { name: 'Range' }).selectOption('custom')
  await expect(table.getByRole('row')).toHaveCount(27) // header + 26 weeks
  await page.getByRole('combobox', { name: 'Range' }).selectOption('last13')
  await expect(table.getByRole('row')).toHaveCount(14)

  await volume.getByRole('button', { name: 'Show chart' }).click()
  await expect(volume.locator('canvas')).toBeVisible()
})

test('a chart exports as PNG', async ({ watched: page }) => {
  await loadDemo(page)
  await openApp(page, '/trends')
  const chart = page.getByRole('region', { name: 'Acceptance rate', exact: true })
  await expect(chart.locator('canvas')).toBeVisible()
  const download = page.waitForEvent('download')
  await chart.getByRole('button', { name: 'Export PNG' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('acceptance-rate.png')
  const stream = await file.createReadStream()
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(c as Buffer)
  expect(Buffer.concat(chunks).subarray(1, 4).toString()).toBe('PNG')
})

test('scorecards sort and a row opens its handoffs', async ({ watched: page }) => {
  await loadDemo(page)
  await openApp(page, '/trends')
  const scorecard = page.getByRole('table', { name: 'Scorecard by SDR' })
  await expect(scorecard.getByRole('row').nth(1)).toBeVisible()
  await scorecard.getByRole('button', { name: 'Sort by Acceptance' }).click()
  await expect(page.getByRole('columnheader', { name: 'Sort by Acceptance' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  const first = scorecard.getByRole('row').nth(1).getByRole('button')
  const name = ((await first.textContent()) ?? '').trim()
  await first.click()
  await expect(page).toHaveURL(new RegExp(`#/handoffs\\?sdr=${encodeURIComponent(name).replace(/%20/g, '(\\+|%20)')}`))
  await expect(page.getByRole('combobox', { name: 'SDR' })).toHaveValue(name)

  await page.getByRole('link', { name: 'Trends' }).click()
  await page.getByRole('button', { name: 'By segment' }).click()
  const segments = page.getByRole('table', { name: 'Scorecard by Segment' })
  await segments.getByRole('row').nth(1).getByRole('button').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('link').first()).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('table', { name: 'What predicts a rejection' })).toBeVisible()
})

test('charts get bigger fonts in presentation mode', async ({ watched: page }) => {
  await loadDemo(page)
  await openApp(page, '/trends')
  await expect(page.locator('canvas').first()).toBeVisible()
  const box = page.getByRole('region', { name: 'Acceptance rate', exact: true }).locator('.canvas-box')
  await expect(box).toHaveAttribute('data-font-size', '12')
  await page.evaluate("document.documentElement.setAttribute('data-presenting', 'true')")
  await expect(box).toHaveAttribute('data-font-size', '24')
  await expect(box.locator('canvas')).toBeVisible()
})
