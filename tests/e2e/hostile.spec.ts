import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, loadDemo, openApp, test } from './fixtures'

/**
 * Hostile files through the app in Chromium (issue 20): each is refused in words, and no task
 * blocks the page for more than 200 ms while it is read (a long-task observer watches the page).
 */
const dir = mkdtempSync(join(tmpdir(), 'hostile-e2e-'))
const file = (name: string, content: string): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** Records every long task (over 50 ms) from the page's start; read back by `longestTask`. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: number[] = []
    ;(window as unknown as { longTasks: number[] }).longTasks = seen
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** The longest task since `mark` (an index into the list of long tasks). */
const longTasksSince = (page: Page, mark: number): Promise<number[]> =>
  page.evaluate((from) => (window as unknown as { longTasks: number[] }).longTasks.slice(from), mark)
const longTaskCount = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length)

async function chooseExport(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles(path)
}

test('a CSV of 10,000 duplicate header names and one of 200,000 columns are refused in words without freezing the page', async ({
  watched: page,
}) => {
  await watchLongTasks(page)
  await openApp(page, '/import')
  const dupes = file('dupes.csv', `sdr,bookedAt,${Array<string>(10_000).fill('Name').join(',')}\nAva,2026-11-16\n`)
  let mark = await longTaskCount(page)
  await chooseExport(page, dupes)
  await expect(page.getByText(/Line 1 has more than 1,000 columns/)).toBeVisible({ timeout: 30_000 })
  expect(Math.max(0, ...(await longTasksSince(page, mark)))).toBeLessThan(200)

  const wide = file('wide.csv', `sdr,bookedAt${',x'.repeat(200_000)}\n`.repeat(20))
  mark = await longTaskCount(page)
  await chooseExport(page, wide)
  await expect(page.getByText(/wide\.csv.*Line 1 has more than 1,000 columns/)).toBeVisible({ timeout: 30_000 })
  expect(Math.max(0, ...(await longTasksSince(page, mark)))).toBeLessThan(200)
})

/** JSON with the keys of every object sorted: what a backup's checksum is taken over. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )

test('a backup with huddle week 9999-W99 or nested 100,000 deep is refused in words', async ({ watched: page }) => {
  await watchLongTasks(page)
  await loadDemo(page)
  await page.getByRole('link', { name: 'Data' }).click()
  const pending = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download backup' }).click()
  const backup = JSON.parse(await readFile(await (await pending).path(), 'utf8')) as Record<string, unknown> & {
    data: { huddles: { week: string }[] }
    counts: { huddles: number }
  }
  const huddle = {
    week: '9999-W99',
    status: 'open',
    date: '2026-11-24',
    facilitator: 'Maya',
    attendees: [],
    notes: {},
    decisions: [],
    strongHandoffId: null,
    weakHandoffId: null,
    elapsedSeconds: {},
    updatedAt: '2026-11-24T10:00:00.000Z',
  }
  backup.data.huddles = [huddle]
  backup.counts.huddles = 1
  const { sha256: _old, ...rest } = backup
  backup.sha256 = createHash('sha256').update(canonical(rest)).digest('hex')

  for (const [name, text, words] of [
    [
      'far-weeks.json',
      JSON.stringify(backup),
      /far-weeks\.json: .*week 9999-W99.*from 1990 to 2100, so nothing was restored\./,
    ],
    [
      'deep.json',
      `{"format":"handoff-huddle-backup","data":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      /deep\.json: this is not a Handoff Huddle backup \(its data nests more than 64 levels deep/,
    ],
  ] as const) {
    const mark = await longTaskCount(page)
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Choose backup file…' }).click()
    await (await chooser).setFiles(file(name, text))
    await expect(page.getByText(words)).toBeVisible({ timeout: 30_000 })
    expect(Math.max(0, ...(await longTasksSince(page, mark)))).toBeLessThan(200)
  }
})

test('restoring a backup of 50,000 handoffs: checked off the page, long tasks measured', async ({ watched: page }) => {
  test.setTimeout(180_000)
  await watchLongTasks(page)
  await loadDemo(page)
  await page.getByRole('link', { name: 'Data' }).click()
  const pending = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download backup' }).click()
  const backup = JSON.parse(await readFile(await (await pending).path(), 'utf8')) as Record<string, unknown> & {
    data: { handoffs: Record<string, unknown>[] }
    counts: { handoffs: number }
  }
  const demo = backup.data.handoffs
  const copies = Math.ceil(50_000 / demo.length)
  backup.data.handoffs = Array.from({ length: copies }, (_, k) =>
    demo.map((h) => ({
      ...h,
      externalId: `${String(h.externalId)}-${k}`,
      id: `${String(h.importSource)}::${String(h.externalId)}-${k}`,
    })),
  ).flat()
  backup.counts.handoffs = backup.data.handoffs.length
  const { sha256: _old, ...rest } = backup
  backup.sha256 = createHash('sha256').update(canonical(rest)).digest('hex')

  const mark = await longTaskCount(page)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose backup file…' }).click()
  await (await chooser).setFiles(file('large.json', JSON.stringify(backup)))
  const preview = page.getByRole('region', { name: 'Backup to restore' })
  await expect(preview.getByRole('row', { name: 'Handoffs' })).toContainText(
    backup.counts.handoffs.toLocaleString('en-US'),
    { timeout: 60_000 },
  )
  const checking = await longTasksSince(page, mark)
  const restoring = await longTaskCount(page)
  await preview.getByRole('radio', { name: /Replace/ }).check()
  await preview.getByRole('button', { name: 'Restore…' }).click()
  await page
    .getByRole('dialog', { name: 'Replace all data?' })
    .getByRole('button', { name: 'Replace all data' })
    .click()
  await expect(page.getByText(/Replaced all data with [\d,]+ handoffs from large\.json/)).toBeVisible({
    timeout: 120_000,
  })
  const writing = await longTasksSince(page, restoring)
  // Measured, not asserted (speed is judged by figures, not by timed assertions): the check runs
  // in a worker, but taking its answer back and writing 50,000 rows still block the page in
  // tasks of a few hundred milliseconds (issue 20, item 3: not yet within 200 ms).
  const figures = `checking: longest ${Math.round(Math.max(0, ...checking))} ms of ${checking.length} long tasks; restoring: longest ${Math.round(Math.max(0, ...writing))} ms of ${writing.length}`
  test.info().annotations.push({ type: 'long tasks', description: figures })
  process.stdout.write(`${figures}\n`)
  await expect(page.getByRole('status', { name: 'Data status' })).toContainText(
    `${backup.counts.handoffs.toLocaleString('en-US')} handoffs`,
  )
})
