import { defaultSettings, settingsSchema, type Settings } from '@/domain/settings'
import { db } from './database'

/** The saved settings, or the defaults when none were saved (or they no longer parse). */
export async function loadSettings(): Promise<Settings> {
  const row = await db().settings.get('app')
  const parsed = settingsSchema.safeParse(row?.value)
  return parsed.success ? parsed.data : defaultSettings()
}

/** Validates and saves; throws with zod's issues when the settings are invalid. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(settings)
  await db().settings.put({ key: 'app', value: valid })
  return valid
}
