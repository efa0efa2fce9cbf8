/// <reference lib="dom" />
import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { expect, loadDemo, startHuddle, test } from './fixtures'

/** A Thursday afternoon: the week's bookings are in. */
const NOW = new Date('2026-11-26T14:00:00Z')

async function presentHuddle(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW)
  await loadDemo(page)
  await page.getByRole('link', { name: 'Huddle', exact: true }).click()
  await startHuddle(page)
  await page.keyboard.press('p')
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
}

/**
 * Elements of the screen that are neither inside the viewport nor inside a box that scrolls
 * (the section scroller, a table's own scroller), and whether the page itself scrolls.
 */
function misfits(page: Page) {
  return page.evaluate(() => {
    const vw = window.innerWidth
    const vh = window.innerHeight
    const scrolls = (el: Element) => {
      const s = getComputedStyle(el)
      return /(auto|scroll)/.test(s.overflowX + s.overflowY)
    }
    const out: string[] = []
    for (const el of document.querySelectorAll('main *')) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || (el as HTMLElement).offsetParent === null) continue
      let box: Element | null = el.parentElement
      while (box && box.tagName !== 'MAIN' && !scrolls(box)) box = box.parentElement
      const frame = box && box.tagName !== 'MAIN' ? box.getBoundingClientRect() : null
      const inViewport = r.left >= -1 && r.right <= vw + 1 && r.top >= -1 && r.bottom <= vh + 1
      // Inside a scroller that is itself on screen: reachable by scrolling that box.
      const inScroller = frame !== null && frame.left >= -1 && frame.right <= vw + 1 && frame.bottom <= vh + 1
      if (!inViewport && !inScroller) out.push(`${el.tagName.toLowerCase()}.${el.className}`)
    }
    const main = document.querySelector('main')!
    if (main.scrollHeight > main.clientHeight + 1) out.push('the page scrolls vertically')
    if (document.documentElement.scrollWidth > vw + 1) out.push('the page scrolls sideways')
    return out
  })
}

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`every section fits at ${size.width}×${size.height} and the timers stay in view`, async ({ watched: page }) => {
    await page.setViewportSize(size)
    await presentHuddle(page)
    const agenda = page.getByRole('region', { name: 'Agenda and timer' })
    for (let section = 1; section <= 4; section++) {
      expect({ section, misfits: await misfits(page) }).toEqual({ section, misfits: [] })
      // Tabs never wrap: every tab is one line high.
      const heights = await agenda
        .locator('.step .title')
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)))
      expect(new Set(heights).size).toBe(1)
      await page.getByTestId('section-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight))
      await expect(page.getByRole('timer', { name: /^Section time left/ })).toBeInViewport()
      await expect(page.getByRole('timer', { name: /^Huddle time left/ })).toBeInViewport()
      await expect(page.getByRole('button', { name: 'Next section' })).toBeInViewport()
      if (section < 4) await page.keyboard.press('ArrowRight')
    }
  })
}

test('leaving presentation mode gives the Numbers section back its width', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await presentHuddle(page)
  // Full screen makes the window larger while presenting and gives the size back on Esc.
  await page.setViewportSize({ width: 1920, height: 1080 })
  await expect(page.locator('.stage canvas')).toBeVisible()
  await page.waitForTimeout(300)
  await page.keyboard.press('Escape')
  await page.setViewportSize({ width: 1440, height: 900 })
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await page.waitForTimeout(300)
  const fits = await page.evaluate(() => {
    const main = document.querySelector('main')!
    const stage = document.querySelector('.stage')!
    return stage.getBoundingClientRect().right <= main.getBoundingClientRect().right + 1
  })
  expect(fits).toBe(true)
})

/**
 * Elements in the huddle stage wider than the box that holds them (unless that box scrolls
 * sideways), and whether the page scrolls sideways: a section left at its presentation width.
 */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const out: string[] = []
    for (const el of document.querySelectorAll('main .stage, main .stage *')) {
      const parent = el.parentElement
      if (!parent || (el as HTMLElement).offsetParent === null) continue
      if (/(auto|scroll|hidden)/.test(getComputedStyle(parent).overflowX)) continue
      const width = el.getBoundingClientRect().width
      const room = parent.getBoundingClientRect().width
      if (width > room + 1)
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${Math.round(width)} > ${Math.round(room)}`)
    }
    const main = document.querySelector('main')!
    if (main.scrollWidth > main.clientWidth + 1)
      out.push(`main scrolls sideways: ${main.scrollWidth} > ${main.clientWidth}`)
    return out
  })
}

test('after presenting, every section fits its area again at 1440×900 without a reload', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await presentHuddle(page)
  await expect(page.locator('.stage canvas')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  for (let section = 1; section <= 4; section++) {
    await expect.poll(() => overflowing(page)).toEqual([])
    // Present this section too, and leave again: each section must give its width back.
    await page.keyboard.press('p')
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await expect.poll(() => overflowing(page)).toEqual([])
    if (section < 4) await page.getByRole('button', { name: 'Next section' }).click()
  }
})

test('"Propose change" records a decision; only the second, explicit action makes an ICP version', async ({
  watched: page,
}) => {
  await page.clock.setFixedTime(NOW)
  await loadDemo(page)
  await page.getByRole('link', { name: 'Huddle', exact: true }).click()
  await startHuddle(page)
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next section' }).click()
  await page.getByRole('button', { name: 'Propose change' }).click()
  const form = page.getByRole('form', { name: 'Propose an ICP change' })
  await expect(form.getByRole('checkbox', { name: /new ICP version/ })).toHaveCount(0)
  await form.getByRole('spinbutton', { name: 'Minimum company size' }).fill('75')
  await form.getByRole('textbox', { name: 'Why the change' }).fill('Under 75 rarely converts')
  await form.getByRole('button', { name: 'Record proposal' }).click()

  const decisions = page.getByRole('list', { name: 'Decisions' })
  await expect(decisions).toContainText('minimum company size 50 → 75')
  await expect(decisions).toContainText('(proposed; ICP unchanged)')
  await expect(page.getByText('Company size at least 50 employees')).toBeVisible()

  await page.getByRole('button', { name: 'Create a new ICP version from this proposal' }).click()
  await expect(decisions).toContainText('new ICP version in force from')
  await expect(page.getByText('Company size at least 75 employees')).toBeVisible()
})

test('notes exported after a blameless presentation use roles, and a setting can name people', async ({
  watched: page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await presentHuddle(page)
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Finish huddle' }).click()
  const names = page.getByRole('combobox', { name: 'People in the notes' })
  await expect(names).toHaveValue('roles')
  const markdown = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Markdown' }).click(),
    ])
    return readFile((await download.path())!, 'utf8')
  }
  const blameless = await markdown()
  expect(blameless).toMatch(/\| (SDR|AE) [A-Z]+ ×\d+/)
  await names.selectOption('names')
  expect(await markdown()).not.toMatch(/\| (SDR|AE) [A-Z]+ ×\d+/)
})
