import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

/**
 * docs/product.md, "What the data can show": an export that lacks a column gets "not in this export"
 * in muted words with what to do on Weekly numbers, Trends and the handoff detail — never a 0 %,
 * a red "below the bar" or a claim about what the file never said.
 */
const THIN = join(__dirname, '../fixtures/import/thin')

async function importThin(page: Page, name: string) {
  await openApp(page, '/import')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles(join(THIN, name))
  await page.getByRole('button', { name: 'Preview import' }).click()
  await page.getByRole('button', { name: /^Import \d+ rows?$/ }).click()
  await expect(page.getByRole('heading', { name: `Imported ${name}` })).toBeVisible()
}

test.use({ now: '2026-11-30T10:00:00' })

test('weekly numbers of an export without a decision column claim no decision and no breach', async ({
  watched: page,
}) => {
  await importThin(page, 'no-decision-column.csv')
  await openApp(page, '/weekly')
  const summary = page.getByRole('region', { name: "The week's numbers" })
  await expect(summary).toBeVisible()
  await expect(page.getByRole('note').filter({ hasText: 'Your export has no AE decision' })).toHaveCount(1)
  await expect(summary.getByText('Acceptance rate').locator('..')).toContainText('not in this export')
  await expect(page.getByTestId('sla-not-assessed')).toBeVisible()
  await expect(summary).not.toContainText('%')
  // No breakdown by a field the export never had.
  await expect(page.getByRole('table', { name: 'By segment' })).toHaveCount(0)
  await expect(page.getByRole('table', { name: 'By SDR' })).toBeVisible()
  await page.screenshot({ path: 'test-results/not-assessed-weekly.png', fullPage: true })
})

test('Trends on an export without a decision time says so instead of an on-time rate', async ({ watched: page }) => {
  await importThin(page, 'no-decision-time.csv')
  await openApp(page, '/trends')
  const onTime = page.getByRole('region', { name: 'On-time SLA rate' })
  await expect(onTime.getByTestId('chart-not-assessed')).toContainText('Your export has no decision time')
  await expect(page.getByText('No AE response deadline has passed')).toHaveCount(0)
  await expect(page.getByText('Every handoff in this range has a complete package')).toHaveCount(0)
  await expect(page.getByRole('table', { name: 'Quarter over quarter' })).toContainText('not in this export')
  await page.screenshot({ path: 'test-results/not-assessed-trends.png', fullPage: true })
})

test('the handoff detail of an export without bar inputs says not assessed in muted words', async ({
  watched: page,
}) => {
  await importThin(page, 'no-bar-inputs.csv')
  await openApp(page, '/handoffs')
  await page.getByText('Blue Harbor').first().click()
  const verdict = page.getByTestId('bar-verdict')
  await expect(verdict).toHaveText(
    'Not assessed: this export has no company size, industry, contact influence or trigger.',
  )
  await expect(verdict).toHaveClass(/muted/)
  await expect(page.getByText(/Below the bar/)).toHaveCount(0)
  await page.screenshot({ path: 'test-results/not-assessed-detail.png', fullPage: true })
})
