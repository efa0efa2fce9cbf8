import { beforeEach, describe, expect, it } from 'vitest'
import { loadSettings, saveSettings } from '@/db/settings-repo'
import { db } from '@/db/database'
import { DEFAULT_RESPONSE_TIME, defaultSettings, type Settings } from '@/domain/settings'
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

  it('reads settings saved (or restored) from before response time was a setting as business days', async () => {
    const { responseTime: _new, ...before } = { ...defaultSettings('America/Chicago'), slaWindowDays: 2 }
    // A row as an older app wrote it: its Settings type had no responseTime yet.
    await db().settings.put({ key: 'app', value: before as Settings })
    expect(await loadSettings()).toMatchObject({ slaWindowDays: 2, responseTime: DEFAULT_RESPONSE_TIME })
  })

  it('keeps a working day of 08:30–16:30 for response times', async () => {
    const responseTime = { unit: 'working_hours', workdayStart: '08:30', workdayEnd: '16:30' } as const
    await saveSettings({ ...defaultSettings('UTC'), responseTime })
    expect((await loadSettings()).responseTime).toEqual(responseTime)
  })

  it('refuses invalid settings and keeps what was saved', async () => {
    await saveSettings(defaultSettings('UTC'))
    await expect(saveSettings({ ...defaultSettings('UTC'), slaWindowDays: 0 })).rejects.toThrow()
    expect((await loadSettings()).slaWindowDays).toBe(1)
  })
})
