import type { Page } from '@playwright/test'
import { expect, loadDemo, openApp, startHuddle, test } from './fixtures'

/**
 * Storage failures as a user meets them: a full disk while saving, and the database closed under
 * the app. A full disk must end in a message and a usable screen; a closed connection is reopened
 * by Dexie (a closed database that cannot be reopened is covered by tests/components/DbErrorBanner
 * and tests/db/errors). The `watched` page fails each test on any console error or uncaught
 * exception, an unhandled rejection included.
 */

/** From now on every IndexedDB write fails the way Chromium fails one on a full disk. */
async function fillTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    IDBObjectStore.prototype.put = full
    IDBObjectStore.prototype.add = full
  })
}

/**
 * Another connection asks for a newer schema (as a newer app version in a second window would):
 * this window's connection gets a versionchange and is closed; Dexie reopens it on the next use.
 */
async function upgradeTheDatabaseFromElsewhere(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const probe = indexedDB.open('handoff-huddle')
        probe.onsuccess = () => {
          const version = probe.result.version
          probe.result.close()
          const upgrade = indexedDB.open('handoff-huddle', version + 1)
          upgrade.onsuccess = () => {
            upgrade.result.close()
            resolve()
          }
          upgrade.onerror = () => reject(upgrade.error)
        }
        probe.onerror = () => reject(probe.error)
      }),
  )
}

const banner = (page: Page) => page.getByRole('alert', { name: 'Database problems' })

test('a full disk while saving settings says so, keeps the old settings and leaves the form usable', async ({
  watched: page,
}) => {
  await openApp(page, '/settings')
  await fillTheDisk(page)
  await page.getByLabel('SLA window in business days').fill('3')
  await page.getByRole('button', { name: 'Save settings' }).click()

  await expect(banner(page)).toContainText('The disk is full: that change was not saved')
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toContainText('the disk is full')
  await expect(page.getByRole('button', { name: 'Save settings' })).toBeEnabled()

  await page.reload()
  await expect(page.getByLabel('SLA window in business days')).toHaveValue('1')
})

test('a full disk while the huddle autosaves its notes says so and keeps what was typed', async ({ watched: page }) => {
  await loadDemo(page)
  await page.getByRole('link', { name: 'Huddle', exact: true }).click()
  await startHuddle(page)
  await fillTheDisk(page)

  const notes = page.getByRole('textbox', { name: 'Notes: The numbers' })
  await notes.fill('Acceptance dipped; check the partner SDRs')
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Could not save')
  await expect(banner(page)).toContainText('The disk is full')
  await expect(notes).toHaveValue('Acceptance dipped; check the partner SDRs')
})

test('a database another window upgrades under the app is reopened, and nothing is lost', async ({ watched: page }) => {
  await loadDemo(page)
  const count = (await page.getByRole('status', { name: 'Data status' }).innerText()).match(/[\d,]+ handoffs/)![0]
  await upgradeTheDatabaseFromElsewhere(page)

  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel('SLA window in business days').fill('2')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved.')).toBeVisible()
  await expect(banner(page)).toHaveCount(0)

  await page.reload()
  await expect(page.getByLabel('SLA window in business days')).toHaveValue('2')
  await expect(page.getByRole('status', { name: 'Data status' })).toContainText(count)
})
