import { test as base, expect, type Page } from '@playwright/test'

/**
 * Every page is watched: a console error, an uncaught exception or a request that leaves the
 * local preview server fails the test, so "works offline with no errors" is checked everywhere.
 * Every page also starts at a pinned time (`now`, local wall time; override with
 * `test.use({ now })`): the demo is generated relative to it, so a run does not depend on the
 * day. The clock then runs on in real time, so timers behave as in use.
 */
export const test = base.extend<{ now: string; watched: Page }>({
  now: ['2026-11-25T10:00:00', { option: true }],
  watched: async ({ page, baseURL, now }, use) => {
    await page.clock.setSystemTime(new Date(now))
    const problems: string[] = []
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    page.on('request', (r) => {
      const url = r.url()
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        problems.push(`network request: ${url}`)
    })
    await use(page)
    expect(problems).toEqual([])
  },
})

export { expect }

/** Opens the app on a screen and waits for the start-up reads to finish. */
export async function openApp(page: Page, path = '/handoffs'): Promise<void> {
  await page.goto(`/#${path}`)
  await expect(page.getByRole('status', { name: 'Data status' })).not.toContainText('Loading')
}

export async function loadDemo(page: Page): Promise<void> {
  await openApp(page)
  await page.getByRole('button', { name: 'Load demo data' }).click()
  await expect(page.getByRole('status', { name: 'Data status' })).toContainText(/\d[\d,]* handoffs/, {
    timeout: 30_000,
  })
}

/** Fills in the Huddle screen's start form and starts the huddle (at the agenda's first section). */
export async function startHuddle(page: Page, facilitator = 'Maya'): Promise<void> {
  const form = page.getByRole('form', { name: 'Start the huddle' })
  await expect(form).toBeVisible()
  await form.getByRole('textbox', { name: 'Facilitator' }).fill(facilitator)
  await form.getByRole('checkbox').first().check()
  await form.getByRole('button', { name: 'Start huddle' }).click()
  await expect(page.getByRole('region', { name: 'Agenda and timer' })).toBeVisible()
}
