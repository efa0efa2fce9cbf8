import { expect, loadDemo, test } from './fixtures'

test('weekly numbers render for demo data and the week picker changes them', async ({ watched: page }) => {
  await loadDemo(page)
  await page.getByRole('link', { name: 'Weekly numbers' }).click()
  await expect(page.getByRole('heading', { name: 'Weekly numbers', level: 1 })).toBeVisible()
  const week = page.getByRole('combobox', { name: 'Week' })
  const latest = await week.inputValue()
  expect(latest).toMatch(/^\d{4}-W\d{2}$/)
  const numbers = page.getByRole('region', { name: "The week's numbers" })
  await expect(numbers).toContainText('Acceptance rate')
  await expect(page.getByRole('table', { name: 'By SDR' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Weekly sample' }).getByRole('row')).toHaveCount(6)

  await page.getByRole('button', { name: 'Previous week' }).click()
  await expect(week).not.toHaveValue(latest)
  const previous = await week.inputValue()
  await expect(numbers).toContainText('Booked')
  const before = await numbers.textContent()
  await page.getByRole('button', { name: 'Previous week' }).click()
  await expect(week).not.toHaveValue(previous)
  await expect.poll(async () => numbers.textContent()).not.toBe(before)

  await page.getByRole('button', { name: 'Next week' }).click()
  await expect(week).toHaveValue(previous)
})

test('the weekly sample can be redrawn and one handoff swapped', async ({ watched: page }) => {
  await loadDemo(page)
  await page.getByRole('link', { name: 'Weekly numbers' }).click()
  const sample = page.getByRole('table', { name: 'Weekly sample' })
  await expect(sample.getByRole('row')).toHaveCount(6)
  const before = await sample.textContent()
  await page.getByRole('button', { name: 'Redraw sample' }).click()
  await expect.poll(async () => sample.textContent()).not.toBe(before)
  const afterRedraw = await sample.textContent()
  await sample
    .getByRole('button', { name: /^Swap / })
    .first()
    .click()
  await expect.poll(async () => sample.textContent()).not.toBe(afterRedraw)
  await expect(sample).toContainText('Not scored')
})
