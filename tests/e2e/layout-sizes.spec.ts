import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, loadDemo, startHuddle, test } from './fixtures'

/**
 * Small layout defects, checked at the three screen sizes a huddle is run on: tiles that hold
 * their text, the huddle's week box never blank, "4-wk avg" changes that add up with what is
 * shown, and due dates in the HTML notes on one line. `SHOTS=dir` saves a screenshot of each.
 */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]

// Monday 00:05: the current week has no bookings yet.
test.use({ now: '2026-11-30T00:05:00' })

const shot = (page: Page, name: string, size: { width: number }) =>
  process.env.SHOTS ? page.screenshot({ path: `${process.env.SHOTS}/${name}-${size.width}.png` }) : undefined

/** Texts wider than their box inside `selector`. */
const overflowing = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((els) =>
      els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => (el.textContent ?? '').trim()),
    )

const signed = (text: string): number => Number(text.replace('\u2212', '-').replace('±', ''))

for (const size of SIZES) {
  test(`tiles hold their text, the week box names its week and the changes add up at ${size.width}×${size.height}`, async ({
    watched: page,
  }) => {
    await page.setViewportSize(size)
    await loadDemo(page)

    await page.getByRole('link', { name: 'Weekly numbers' }).click()
    await expect(page.getByRole('region', { name: "The week's numbers" })).toContainText('Median response')
    await shot(page, 'weekly', size)
    expect(await overflowing(page, '.summary .tile, .summary .tile dd')).toEqual([])

    // The current week has no huddle and no bookings: its box says so instead of going blank.
    await page.getByRole('link', { name: 'Huddle', exact: true }).click()
    await page.goto('/#/huddle/2026-W49')
    const week = page.getByRole('combobox', { name: 'Week' })
    await expect(week).toHaveValue('2026-W49')
    await expect(week.locator('option:checked')).toHaveText('2026-W49 (no bookings yet)')
    await shot(page, 'huddle-empty-week', size)

    await page.goto('/#/huddle')
    await startHuddle(page)
    const tiles = page.getByRole('group', { name: "This week's numbers" }).getByRole('button')
    await expect(tiles.first()).toBeVisible()
    await shot(page, 'huddle-numbers', size)
    expect(await overflowing(page, '.tiles .tile')).toEqual([])
    for (const text of await tiles.allTextContents()) {
      const big = /^\D*?([\d.]+)%?\s*Last week/.exec(text)
      const avg = /4-wk avg ([\d.]+)%?\s*\(([^)]+)\)/.exec(text)
      if (!big || !avg || text.includes('%') || avg[2] === '—') continue
      // The change is the difference of the two numbers shown.
      expect(Number(big[1]) - Number(avg[1])).toBeCloseTo(signed(avg[2]!), 5)
    }
  })
}

test('due dates stay on one line in the HTML notes at every width', async ({ watched: page }) => {
  await loadDemo(page)
  await page.getByRole('link', { name: 'Huddle', exact: true }).click()
  await startHuddle(page)
  const add = page.getByRole('form', { name: 'Add an action item' })
  // A long action squeezes the other columns, which is when a date broke at its hyphens.
  await add
    .getByRole('textbox', { name: 'Action' })
    .fill(
      'Add a budget question to the discovery script for every SDR, walk the team through two good and two weak ' +
        'examples from this quarter, and check in the next huddle that the question is asked on every first call',
    )
  await add.getByRole('combobox', { name: 'Owner' }).fill('Aisha Bello')
  await add.getByLabel('Due date').fill('2026-12-04')
  await add.getByRole('button', { name: 'Add action item' }).click()
  await page.getByRole('button', { name: 'Finish huddle' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export HTML' }).click(),
  ])
  const html = await readFile((await download.path())!, 'utf8')
  // The notes open on their own, as a team member opens the file (the app's CSP is not theirs).
  const notes = await page.context().newPage()
  for (const size of SIZES) {
    await notes.setViewportSize(size)
    await notes.setContent(html)
    const due = notes.locator('td.date', { hasText: '2026-12-04' })
    await expect(due).toHaveCount(1)
    const lineHeight = await due.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight))
    const box = await due.evaluate((el) => {
      const range = document.createRange()
      range.selectNodeContents(el)
      return range.getClientRects().length
    })
    expect({ size: size.width, lines: box, lineHeight: lineHeight > 0 }).toEqual({
      size: size.width,
      lines: 1,
      lineHeight: true,
    })
    if (process.env.SHOTS)
      await notes.screenshot({ path: `${process.env.SHOTS}/notes-${size.width}.png`, fullPage: true })
  }
})
