/// <reference lib="dom" />
import { readFile } from 'node:fs/promises'
import { expect, loadDemo, startHuddle, test } from './fixtures'
import type { Page } from '@playwright/test'

const nextWeek = (week: string): string => {
  // ISO weeks of the demo never cross a 53-week year in practice; compute via the Monday.
  const [y, w] = week.split('-W').map(Number) as [number, number]
  const jan4 = new Date(Date.UTC(y, 0, 4))
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (w - 1) * 7 * 86_400_000)
  const next = new Date(monday.getTime() + 7 * 86_400_000 + 3 * 86_400_000) // Thursday of next week
  const year = next.getUTCFullYear()
  const firstThursday = new Date(Date.UTC(year, 0, 4))
  const week1Monday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * 86_400_000
  const n = Math.floor((next.getTime() - 3 * 86_400_000 - week1Monday) / (7 * 86_400_000)) + 1
  return `${year}-W${String(n).padStart(2, '0')}`
}

// Monday 00:05: nothing is booked in the current week yet, the huddle reviews last week, and the
// next week's start form still offers the team seen in recent weeks.
test.use({ now: '2026-11-30T00:05:00' })

const sectionHeading = (page: Page) =>
  page
    .getByRole('region', { name: 'Agenda and timer' })
    .locator('xpath=following-sibling::section[1]')
    .getByRole('heading', { level: 2 })

test('runs a whole huddle by keyboard, exports the notes and carries the action item over', async ({
  watched: page,
}) => {
  await loadDemo(page)
  await page.getByRole('link', { name: 'Huddle', exact: true }).click()
  await expect(page.getByRole('combobox', { name: 'Week' })).toHaveValue(/^\d{4}-W\d{2}$/)
  const week = await page.getByRole('combobox', { name: 'Week' }).inputValue()
  await startHuddle(page)

  // Space starts the timer; Space on a focused button toggles once and does not click it.
  const sectionTimer = page.getByRole('timer', { name: /^Section time left/ })
  await expect(sectionTimer).toContainText('08:00')
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible()
  await page.getByRole('button', { name: 'Next section' }).focus()
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Start timer' })).toBeVisible()
  await expect(sectionHeading(page)).toHaveText('1. The numbers')
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible()

  // The numbers: a click on a number lists its handoffs.
  await page.getByRole('button', { name: /^Booked: \d+/ }).click()
  const list = page.getByRole('dialog', { name: /Booked: handoffs/ })
  await expect(list.getByRole('row').nth(1)).toBeVisible()
  await list.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('img', { name: /^Rejection reasons/ })).toBeVisible()

  // → to the two handoffs; N jumps to the notes; typing there fires no shortcut.
  await page.keyboard.press('ArrowRight')
  await expect(sectionHeading(page)).toHaveText('2. Walk two handoffs')
  // The demo's sample is not scored yet: the app offers to score it, the facilitator picks.
  await expect(page.getByRole('note')).toContainText('not scored yet')
  await page.getByRole('combobox', { name: 'Strong handoff' }).selectOption({ index: 1 })
  await page.getByRole('combobox', { name: 'Weak handoff' }).selectOption({ index: 2 })
  await expect(page.getByRole('article', { name: /^Strong handoff/ })).toBeVisible()
  await expect(page.getByRole('article', { name: /^Weak handoff/ })).toBeVisible()
  await page.keyboard.press('n')
  const notes = page.getByRole('textbox', { name: 'What made the difference' })
  await expect(notes).toBeFocused()
  await page.keyboard.type('The strong one quoted the CFO. Nothing vague. ')
  await page.keyboard.press('ArrowRight')
  await expect(sectionHeading(page)).toHaveText('2. Walk two handoffs')
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved')
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())

  await page.keyboard.press('ArrowRight')
  await expect(sectionHeading(page)).toHaveText('3. SLA breaches')
  await expect(page.getByRole('list', { name: 'Breaches by cause' })).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(sectionHeading(page)).toHaveText('4. ICP calibration')
  await page.keyboard.press('ArrowLeft')
  await expect(sectionHeading(page)).toHaveText('3. SLA breaches')
  await page.keyboard.press('ArrowRight')

  // Action item and decision.
  const add = page.getByRole('form', { name: 'Add an action item' })
  await add.getByRole('textbox', { name: 'Action' }).fill('Add a budget question to the discovery script')
  await add.getByRole('combobox', { name: 'Owner' }).fill('Ana')
  await add.getByRole('button', { name: 'Add action item' }).click()
  await expect(page.getByRole('list', { name: "This huddle's action items" })).toContainText('Add a budget question')
  await page.getByRole('textbox', { name: 'Decision' }).fill('Budget signal becomes a hard gate')
  await page.getByRole('button', { name: 'Add decision' }).click()

  // A reload loses nothing: notes and section come back.
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved')
  await page.reload()
  await expect(sectionHeading(page)).toHaveText('4. ICP calibration')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('textbox', { name: 'What made the difference' })).toHaveValue(/quoted the CFO/)

  // Finish and export the Markdown.
  await page.getByRole('button', { name: 'Finish huddle' }).click()
  await expect(page.getByRole('article', { name: 'Huddle summary' })).toContainText(`Handoff huddle ${week}`)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  ])
  expect(download.suggestedFilename()).toBe(`huddle-${week}.md`)
  const markdown = await readFile((await download.path())!, 'utf8')
  expect(markdown).toContain(`# Handoff huddle ${week}`)
  expect(markdown).toContain('- **Facilitator:** Maya')
  expect(markdown).toMatch(/\| Booked \| \d+ \|/)
  expect(markdown).toContain('The strong one quoted the CFO.')
  expect(markdown).toContain('| Add a budget question to the discovery script | Ana | — | Open |')
  expect(markdown).toContain('- Budget signal becomes a hard gate')
  expect(markdown).toContain('## 3. SLA breaches')

  // Next week's huddle opens with the item carried over.
  await page.goto(`/#/huddle/${nextWeek(week)}`)
  await startHuddle(page, 'Ben')
  await expect(page.getByRole('list', { name: 'Carried-over action items' })).toContainText(
    'Add a budget question to the discovery script',
  )

  // The history lists both huddles.
  await page.getByRole('link', { name: 'Past huddles' }).click()
  await expect(page.getByRole('table', { name: 'Past huddles' }).getByRole('row')).toHaveCount(3)
})

test('presentation mode hides the chrome and sets body text to at least 24px at 1920×1080', async ({
  watched: page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await loadDemo(page)
  await page.getByRole('link', { name: 'Huddle', exact: true }).click()
  await startHuddle(page)
  await page.keyboard.press('p')
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
  expect(size).toBeGreaterThanOrEqual(24)
  // Not just the base size: every visible piece of text in every section reads at 24 px or more
  // (a pixel of rounding allowed), so nothing on the projector is fine print.
  const smallText = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ text: el.textContent!.trim().slice(0, 40), size: parseFloat(getComputedStyle(el).fontSize) }))
        .filter((t) => t.size < 23),
    )
  for (let section = 1; section <= 4; section++) {
    expect({ section, small: await smallText() }).toEqual({ section, small: [] })
    if (section < 4) await page.keyboard.press('ArrowRight')
  }
  await page.keyboard.press('ArrowLeft')
  // Blameless is on while presenting: names become roles (we are back on SLA breaches).
  await expect(page.getByRole('switch', { name: /Blameless/ })).toBeChecked()
  await expect(page.getByRole('list', { name: 'Breaches by cause' })).toContainText(/(SDR|AE) [A-Z]/)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expect(page.getByRole('switch', { name: /Blameless/ })).not.toBeChecked()
})
