import { expect, loadDemo, test } from './fixtures'

test('the next huddle starts with the last facilitator and attendees filled in, editable', async ({
  watched: page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-26T14:00:00Z'))
  await loadDemo(page)
  await page.goto('/#/huddle/2026-W46')
  const form = page.getByRole('form', { name: 'Start the huddle' })
  await form.getByRole('textbox', { name: 'Facilitator' }).fill('Maya Lind')
  await form.getByRole('checkbox', { name: 'Aisha Bello' }).check()
  await form.getByRole('checkbox', { name: 'Daniel Kim' }).check()
  await form.getByRole('textbox', { name: 'Other attendees' }).fill('Lee (RevOps)')
  await form.getByRole('button', { name: 'Start huddle' }).click()
  await expect(page.getByRole('region', { name: 'Agenda and timer' })).toBeVisible()
  await expect(page.getByText('All changes saved')).toBeVisible()

  await page.goto('/#/huddle/2026-W47')
  const next = page.getByRole('form', { name: 'Start the huddle' })
  await expect(next.getByText('filled in from the huddle of 2026-W46')).toBeVisible()
  await expect(next.getByRole('textbox', { name: 'Facilitator' })).toHaveValue('Maya Lind')
  await expect(next.getByRole('checkbox', { name: 'Aisha Bello' })).toBeChecked()
  await expect(next.getByRole('checkbox', { name: 'Daniel Kim' })).toBeChecked()
  await expect(next.getByRole('checkbox', { name: 'Lee (RevOps)' })).toBeChecked()
  await next.getByRole('checkbox', { name: 'Lee (RevOps)' }).uncheck()
  await next.getByRole('button', { name: 'Start huddle' }).click()
  await expect(page.getByText(/facilitated by Maya Lind · 2 attending/)).toBeVisible()
})
