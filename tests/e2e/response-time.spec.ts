import { expect, loadDemo, test } from './fixtures'

test('response times read in working hours of the working day once Settings says so', async ({ watched: page }) => {
  await loadDemo(page)
  await page.getByRole('link', { name: 'Weekly numbers' }).click()
  const numbers = page.getByRole('region', { name: "The week's numbers" })
  await expect(numbers).toContainText(/Median response\s*\d+\.\d business days?/)

  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: /^Working hours/ }).check()
  await page.getByLabel('Working day start').fill('08:00')
  await page.getByLabel('Working day end').fill('16:00')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved.')).toBeVisible()

  await page.getByRole('link', { name: 'Weekly numbers' }).click()
  await expect(numbers).toContainText(/Median response\s*\d+\.\d working hours? \(08:00–16:00\)/)
  await expect(page.getByRole('table', { name: 'By AE' })).toContainText('working hours (08:00–16:00)')
  await expect(page.locator('body')).not.toContainText('business hours')
})
