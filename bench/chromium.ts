import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from '@playwright/test'
import { BENCH_TIME_ZONE } from './page/protocol'

/** As in playwright.config.mts: Debian's Chromium where it exists, else Playwright's own. */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

const ARGS = [
  // playwright.config.mts's launch arguments …
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // … plus exact heap figures and window.gc() for a clean baseline.
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
]

/**
 * Runs `fn` in a brand-new on-disk browser profile, deleted afterwards. On disk, not an
 * incognito context: off-the-record IndexedDB lives in memory and would flatter every write;
 * and a profile is never reused, because databases deleted in a profile slow later imports.
 */
export async function withFreshProfile<T>(fn: (context: BrowserContext) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'hh-bench-profile-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width: 1440, height: 900 },
    timezoneId: BENCH_TIME_ZONE,
  })
  try {
    return await fn(context)
  } finally {
    await context.close()
    await rm(dir, { recursive: true, force: true })
  }
}
