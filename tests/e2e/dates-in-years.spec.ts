import { expect, openApp, test } from './fixtures'

/**
 * Issue 20: a date before 1990 or after 2100 in the team's zone rejects its row, whichever date
 * field it is in, and the rejected rows name its line and field in words; the other rows import.
 */
const CSV =
  'externalId,sdr,bookedAt,meetingAt,respondedAt,status\n' +
  'A-1,Ava,2026-11-16,9999-12-31 23:00,,pending\n' +
  'A-2,Ben,2026-11-16,,1970-01-01,rejected\n' +
  'A-3,Cy,2026-11-17,2026-11-19,,pending\n'

test('a meeting in 9999 or an answer in 1970 rejects its row, named with its line and field', async ({
  watched: page,
}) => {
  await openApp(page, '/import')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles({ name: 'far-dates.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) })
  await page.getByRole('button', { name: 'Preview import' }).click()
  await expect(page.getByRole('heading', { name: /Preview: nothing has been saved yet/ })).toBeVisible()

  await page.getByRole('button', { name: 'Import 1 row' }).click()
  await expect(page.getByRole('heading', { name: 'Imported far-dates.csv' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Reasons for line 2' })).toHaveText(
    'Meeting date "9999-12-31 23:00" is after 2100',
  )
  await expect(page.getByRole('list', { name: 'Reasons for line 3' })).toHaveText(
    'Response date "1970-01-01" is before 1990',
  )
  await expect(page.getByRole('status', { name: 'Data status' })).toContainText('1 handoff')
})
