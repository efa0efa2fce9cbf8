import { beforeEach, describe, expect, it } from 'vitest'
import { loadSettings, saveSettings } from '@/db/settings-repo'
import { defaultSettings } from '@/domain/settings'
import { freshDatabase } from '../helpers/fresh-db'

describe('settings repository', () => {
  beforeEach(() => {
    freshDatabase()
  })

  it('gives the defaults before anything was saved', async () => {
    expect((await loadSettings()).icp.minCompanySize).toBe(50)
  })

  it('keeps saved settings for the next start', async () => {
    await saveSettings({ ...defaultSettings('America/Chicago'), holidays: ['2026-12-25'], fiscalYearStartMonth: 2 })
    expect(await loadSettings()).toMatchObject({
      timeZone: 'America/Chicago',
      holidays: ['2026-12-25'],
      fiscalYearStartMonth: 2,
    })
  })

  it('refuses invalid settings and keeps what was saved', async () => {
    await saveSettings(defaultSettings('UTC'))
    await expect(saveSettings({ ...defaultSettings('UTC'), slaWindowDays: 0 })).rejects.toThrow()
    expect((await loadSettings()).slaWindowDays).toBe(1)
  })
})
