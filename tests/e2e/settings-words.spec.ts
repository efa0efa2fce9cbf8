import { expect, openApp, test } from './fixtures'

test('the time-zone picker finds "new york", "berlin", "ist" and "+05:30" and picks with the keyboard', async ({
  watched: page,
}) => {
  await openApp(page, '/settings')
  const zone = page.getByRole('combobox', { name: 'Team time zone' })
  const list = page.getByRole('listbox', { name: 'Time zones' })

  await zone.click()
  await zone.fill('new york')
  await expect(list.getByRole('option').first()).toContainText('New York')
  await page.keyboard.press('Enter')
  await expect(zone).toHaveValue('America/New_York')
  await expect(page.getByText(/Now UTC−0[45]:00, Eastern/)).toBeVisible()

  for (const [typed, city] of [
    ['berlin', 'Berlin'],
    ['ist', /Calcutta|Kolkata/],
    ['+05:30', /Calcutta|Kolkata|Colombo/],
  ] as const) {
    await zone.fill(typed)
    await expect(list.getByRole('option').first()).toContainText(city)
  }
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(zone).toHaveValue(/^Asia\/(Calcutta|Kolkata|Colombo)$/)
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved.')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Team time zone' })).toHaveValue(/^Asia\//)
})

test('reason rules are typed as words and tried before saving', async ({ watched: page }) => {
  await openApp(page, '/settings')
  await page.getByRole('button', { name: 'Add rule' }).click()
  const rules = page.getByRole('textbox', { name: /^Words of rule/ })
  await expect(rules.last()).toBeFocused()
  await rules.last().fill('under 50 employees, too tiny')
  await page.getByRole('combobox', { name: `Reason of rule ${await rules.count()}` }).selectOption('too_small')
  await page.getByRole('textbox', { name: 'Try a rejection text' }).fill('They are TOO TINY for us')
  await expect(page.getByRole('status', { name: 'Reason for the text tried' })).toHaveText(
    `Too small, by rule ${await rules.count()}`,
  )
  await page.getByRole('button', { name: 'Save reason rules' }).click()
  await expect(page.getByText('Reason rules saved.')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('textbox', { name: /^Words of rule/ }).last()).toHaveValue('under 50 employees, too tiny')
})
