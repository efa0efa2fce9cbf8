import type { Page } from '@playwright/test'

/**
 * A long-task observer in the page (Chromium reports every task over 50 ms as a 'longtask'
 * entry): "the page never freezes" is measured as the longest task seen, not by timing steps.
 * Install before the page loads; read and reset between the steps of a test.
 */
declare global {
  interface Window {
    __longTasks?: { longest: number; count: number }
  }
}

export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { longest: 0, count: 0 }
    window.__longTasks = seen
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        seen.count++
        seen.longest = Math.max(seen.longest, entry.duration)
      }
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** The longest task (ms) since the page loaded or the last reset; 0 when none went over 50 ms. */
export async function longestTask(page: Page): Promise<number> {
  // A task still running when this is asked is reported after it ends: let it end first.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)))
  return page.evaluate(() => Math.round(window.__longTasks?.longest ?? 0))
}

export async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (window.__longTasks) window.__longTasks.longest = 0
  })
}
