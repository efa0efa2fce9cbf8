/**
 * Makes the README's screenshots (docs/screens/*.png) from the built renderer with demo data:
 * the huddle in presentation mode (each agenda section), Trends and the import mapping, at
 * 1920×1080 and 1280×720 (common projectors). The clock is pinned so every run draws the same
 * weeks. Run `npm run screenshots` (it builds first); Chromium from CHROMIUM_PATH or /usr/bin/chromium.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const ROOT = join(import.meta.dirname, '..')
const OUT = join(ROOT, 'docs/screens')
const PORT = Number(process.env.SHOTS_PORT ?? 4183)
const BASE = `http://127.0.0.1:${PORT}`
/** A Thursday afternoon: the week's bookings are in, the huddle is due. */
const PINNED_NOW = new Date('2026-11-26T14:00:00Z')
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]
const SECTIONS = ['numbers', 'walk', 'breaches', 'calibration']
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

async function waitForServer(url, tries = 120) {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The preview server did not start at ${url}`)
}

async function shoot(browser, size) {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 })
  const page = await context.newPage()
  await page.clock.setFixedTime(PINNED_NOW)
  const suffix = `${size.width}x${size.height}`
  const file = (name) => join(OUT, `${name}-${suffix}.png`)

  await page.goto(`${BASE}/#/handoffs`)
  await page.getByRole('button', { name: 'Load demo data' }).click()
  await page
    .getByRole('status', { name: 'Data status' })
    .filter({ hasText: /\d[\d,]* handoffs/ })
    .waitFor({ timeout: 120_000 })

  // The huddle, in presentation mode, one picture per section.
  await page.getByRole('link', { name: 'Huddle', exact: true }).click()
  const form = page.getByRole('form', { name: 'Start the huddle' })
  await form.getByRole('textbox', { name: 'Facilitator' }).fill('Maya Chen')
  const people = form.getByRole('checkbox')
  for (let i = 0; i < Math.min(4, await people.count()); i++) await people.nth(i).check()
  await form.getByRole('button', { name: 'Start huddle' }).click()
  await page.getByRole('region', { name: 'Agenda and timer' }).waitFor()
  await page.keyboard.press('p')
  await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'detached' })
  for (const [i, name] of SECTIONS.entries()) {
    await page.waitForTimeout(400) // charts draw without animation; let layout settle
    await page.screenshot({ path: file(`huddle-${i + 1}-${name}`) })
    if (i < SECTIONS.length - 1) await page.keyboard.press('ArrowRight')
  }
  await page.keyboard.press('Escape')

  await page.getByRole('link', { name: 'Trends' }).click()
  await page.locator('canvas').first().waitFor()
  await page.waitForTimeout(600)
  await page.screenshot({ path: file('trends') })

  await page.getByRole('link', { name: 'Import' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles(join(ROOT, 'tests/fixtures/import/ui-hubspot.csv'))
  await page.getByRole('heading', { name: /Map the columns of/ }).waitFor()
  await page.screenshot({ path: file('import-mapping') })

  await context.close()
}

mkdirSync(OUT, { recursive: true })
const server = spawn(
  'npx',
  ['vite', 'preview', '--outDir', 'out/renderer', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { cwd: ROOT, stdio: 'ignore', detached: true },
)
try {
  await waitForServer(BASE)
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    for (const size of SIZES) await shoot(browser, size)
  } finally {
    await browser.close()
  }
  console.log(`Screenshots written to ${OUT}`)
} finally {
  // The server runs in its own process group: end the group, not just npx.
  process.kill(-server.pid, 'SIGTERM')
}
