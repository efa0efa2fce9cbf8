import { expect, loadDemo, test } from './fixtures'

test('an incomplete handoff opens from the table, shows what is missing and its SLA, and keeps a score across a reload', async ({
  watched: page,
}) => {
  await loadDemo(page)
  await page.getByRole('combobox', { name: 'Checklist' }).selectOption('incomplete')
  const table = page.getByRole('table', { name: 'Handoffs' })
  const firstRow = table.getByRole('row').nth(1)
  await expect(firstRow.getByRole('img', { name: /^Missing: / })).toBeVisible()
  const company = (await firstRow.getByRole('cell').nth(4).textContent())?.trim() ?? ''

  // Keyboard: focus the row and press Enter.
  await firstRow.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(company || 'Unnamed company')
  await expect(page.getByRole('region', { name: 'Missing fields' })).toContainText('Not ready: missing')
  await expect(page.getByRole('region', { name: 'AE response SLA' })).toContainText(
    /On time|Late|Open, overdue|Open, within SLA|Unknown/,
  )
  await expect(page.getByRole('list', { name: 'SLA timeline' })).toContainText('AE deadline')

  // Score it: confirm or override each criterion, name, comment, save.
  await page.getByRole('radio', { name: 'ICP fit with a signal: pass' }).check()
  await page.getByRole('radio', { name: 'Package complete: fail' }).check()
  await page.getByLabel('Scoring comment').fill('Trigger is clear; budget missing.')
  await page.getByLabel('Scorer name').fill('Maria Chen')
  await page.getByRole('button', { name: 'Save score' }).click()
  await expect(page.getByText('Score saved for Maria Chen.')).toBeVisible()
  const scores = page.getByRole('table', { name: 'Rubric scores' })
  await expect(scores).toContainText('Maria Chen')

  await page.reload()
  await expect(scores).toContainText('Maria Chen')
  await expect(scores).toContainText('Trigger is clear; budget missing.')
  await expect(page.getByLabel('Scorer name')).toHaveValue('Maria Chen')

  // Back to the table with the filter still applied.
  await page.getByRole('link', { name: '← Back to handoffs' }).click()
  await expect(page.getByRole('combobox', { name: 'Checklist' })).toHaveValue('incomplete')
})

test('a row opens on click and the prospect’s quoted words are highlighted as text', async ({ watched: page }) => {
  await loadDemo(page)
  await page.getByRole('combobox', { name: 'Checklist' }).selectOption('complete')
  await page.getByRole('combobox', { name: 'Quality bar' }).selectOption('cleared')
  const table = page.getByRole('table', { name: 'Handoffs' })
  // Strong demo handoffs quote the prospect about half the time: open rows until one does.
  let found = false
  for (let i = 1; i <= 8 && !found; i++) {
    await table.getByRole('row').nth(i).click()
    await expect(page.getByRole('heading', { name: 'The handoff package' })).toBeVisible()
    const package_ = page.getByRole('region', { name: 'The handoff package' })
    if ((await package_.locator('mark').count()) > 0) {
      found = true
      await expect(package_.locator('mark').first()).toHaveText(/^["“].+["”]$/)
      await expect(page.getByRole('region', { name: 'QA rubric' })).toContainText('Quotes the prospect')
    } else {
      await page.getByRole('link', { name: '← Back to handoffs' }).click()
    }
  }
  expect(found).toBe(true)
})
