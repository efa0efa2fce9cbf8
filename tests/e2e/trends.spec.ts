/// <reference lib="dom" />
import type { Download, Page } from '@playwright/test'
import { expect, loadDemo, openApp, test } from './fixtures'

async function bytesOf(file: Download): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of await file.createReadStream()) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

/** Clicks an export button and returns the download's name and text (the byte order mark kept). */
async function exportCsv(page: Page, button: ReturnType<Page['getByRole']>): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download')
  await button.click()
  const file = await download
  return { name: file.suggestedFilename(), text: (await bytesOf(file)).toString('utf8') }
}

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

test('a chart exports as a full-HD PNG, even while its data table shows', async ({ watched: page }) => {
  await loadDemo(page)
  await openApp(page, '/trends')
  const chart = page.getByRole('region', { name: 'Acceptance rate', exact: true })
  await expect(chart.locator('canvas')).toBeVisible()
  await chart.getByRole('button', { name: 'Show data table' }).click()
  const download = page.waitForEvent('download')
  await chart.getByRole('button', { name: 'Export PNG' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('acceptance-rate.png')
  const png = await bytesOf(file)
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080])
})

test("a chart's data table and CSV hold every series, the SLA chart's late counts included", async ({
  watched: page,
}) => {
  await loadDemo(page)
  await openApp(page, '/trends')
  const sla = page.getByRole('region', { name: 'On-time SLA rate', exact: true })
  await sla.getByRole('button', { name: 'Show data table' }).click()
  const table = sla.getByRole('table', { name: 'On-time SLA rate (data)' })
  await expect(table.getByRole('columnheader')).toHaveText([
    'Week',
    'On-time SLA rate (%)',
    'On time',
    'Late',
    'Open overdue',
  ])

  const { name, text } = await exportCsv(page, sla.getByRole('button', { name: 'Export CSV' }))
  expect(name).toBe('on-time-sla-rate.csv')
  const lines = text.split('\r\n').filter((l) => l !== '')
  expect(lines[0]).toBe('\uFEFFWeek,On-time SLA rate (%),On time,Late,Open overdue')
  expect(lines).toHaveLength(14) // header + 13 weeks
  expect(lines.slice(1).some((l) => Number(l.split(',')[3]) > 0)).toBe(true) // the demo has late answers

  const volume = page.getByRole('region', { name: 'Booked, accepted and rejected per week' })
  const booked = await exportCsv(page, volume.getByRole('button', { name: 'Export CSV' }))
  expect(booked.text.split('\r\n')[0]).toBe('\uFEFFWeek,Booked,Accepted,Rejected,Pending')
})

test('each Trends table exports as CSV', async ({ watched: page }) => {
  await loadDemo(page)
  await openApp(page, '/trends')
  const first = (text: string) => text.split('\r\n')[0]!

  const qoq = await exportCsv(page, page.getByRole('button', { name: 'Export CSV of the quarter over quarter table' }))
  expect(qoq.name).toBe('quarter-over-quarter.csv')
  expect(first(qoq.text)).toMatch(/^\uFEFFMeasure,Q3 FY2026 \(Jul–Sep\).*,Change \(points for rates\)$/)
  expect(qoq.text).toContain('Acceptance rate (%),')

  await page.getByRole('button', { name: 'By AE' }).click()
  const scorecard = await exportCsv(page, page.getByRole('button', { name: 'Export CSV of the AE scorecard' }))
  expect(scorecard.name).toBe('scorecard-ae.csv')
  expect(first(scorecard.text)).toMatch(/^\uFEFFDimension,Name,Booked,/)
  expect(scorecard.text.split('\r\n')[1]).toMatch(/^AE,/)

  const predictors = await exportCsv(page, page.getByRole('button', { name: 'Export CSV of the rejection predictors' }))
  expect(predictors.name).toBe('rejection-predictors.csv')
  expect(first(predictors.text)).toMatch(/^\uFEFFField or rubric criterion,Kind,/)
})

test('the fiscal-quarter picker offers imported history from 2021 and says how much it covers', async ({
  watched: page,
}) => {
  const csv = [
    'externalId,sdr,bookedAt,status',
    'OLD-1,Ana Silva,2021-04-14,accepted',
    'OLD-2,Ana Silva,2021-04-21,rejected',
    'OLD-3,Ben Okafor,2021-04-28,accepted',
    'OLD-4,Ben Okafor,2022-01-12,accepted',
  ].join('\n')
  await openApp(page, '/import')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles({ name: 'history.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await page.getByRole('button', { name: 'Preview import' }).click()
  await page.getByRole('button', { name: 'Import 4 rows' }).click()
  await expect(page.getByRole('heading', { name: 'Imported history.csv' })).toBeVisible()

  await page.getByRole('link', { name: 'Trends' }).click()
  const caption = page.getByTestId('range-caption')
  await expect(caption).toContainText('0 of 13 weeks with data')
  await expect(caption).toContainText('this week (2026-W48) is not over')

  await page.getByRole('combobox', { name: 'Range' }).selectOption('fiscalQuarter')
  const picker = page.getByRole('combobox', { name: 'Fiscal quarter' })
  await expect(picker.getByRole('option')).toHaveText([
    'Q4 FY2026 (Oct–Dec) · so far: week 9 of 14',
    'Q1 FY2022 (Jan–Mar) · 1 of 13 weeks with data',
    'Q2 FY2021 (Apr–Jun) · 3 of 13 weeks with data',
  ])
  await picker.selectOption('FY2021-Q2')
  await expect(caption).toHaveText('Q2 FY2021 (Apr–Jun) (2021-W13 – 2021-W25) · 3 of 13 weeks with data')
  await expect(page.getByText('Q2 FY2021 (Apr–Jun) against Q1 FY2021 (Jan–Mar).')).toBeVisible()
  const volume = page.getByRole('region', { name: 'Booked, accepted and rejected per week' })
  await volume.getByRole('button', { name: 'Show data table' }).click()
  await expect(volume.getByRole('table').getByRole('row', { name: /^2021-W15 / })).toContainText('1')
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
