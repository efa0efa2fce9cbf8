import type { Page } from '@playwright/test'
import { expect, loadDemo, startHuddle, test } from './fixtures'

/** Texts drawn with an ellipsis (wider than their box) inside `selector`. */
function cutTexts(page: Page, selector: string) {
  return page
    .locator(selector)
    .evaluateAll((els) =>
      els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => (el.textContent ?? '').trim()),
    )
}

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`names are not cut while there is room at ${size.width}×${size.height}`, async ({ watched: page }) => {
    await page.setViewportSize(size)
    await page.clock.setFixedTime(new Date('2026-11-26T14:00:00Z'))
    await loadDemo(page)
    const table = page.getByRole('table', { name: 'Handoffs' })
    await expect(table.getByRole('row').nth(1)).toBeVisible()
    // SDR and AE columns (3rd and 4th cells): every name whole.
    expect(
      await cutTexts(page, '.grid-row.body > [role="cell"]:nth-child(3), .grid-row.body > [role="cell"]:nth-child(4)'),
    ).toEqual([])

    await page.getByRole('link', { name: 'Huddle', exact: true }).click()
    await startHuddle(page)
    // Agenda tabs share the room by their titles: none is cut while all four fit.
    expect(await cutTexts(page, '.steps .title')).toEqual([])
  })
}
