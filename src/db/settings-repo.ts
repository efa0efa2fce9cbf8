import { defaultSettings, settingsSchema, type Settings } from '@/domain/settings'
import { db, handoffTables } from './database'
import { reresolvePeople } from './handoff-repo'

/** The saved settings, or the defaults when none were saved (or they no longer parse). */
export async function loadSettings(): Promise<Settings> {
  const row = await db().settings.get('app')
  const parsed = settingsSchema.safeParse(row?.value)
  return parsed.success ? parsed.data : defaultSettings()
}

/**
 * Validates and saves; throws with zod's issues when the settings are invalid. When the team
 * roster changed, the stored handoffs are resolved again in the same transaction, so the saved
 * roster and the names on screen never disagree.
 */
export async function saveSettings(settings: Settings, options: { isTeamChanged?: boolean } = {}): Promise<Settings> {
  const valid = settingsSchema.parse(settings)
  const database = db()
  await database.transaction('rw', [database.settings, ...handoffTables(database)], async () => {
    await database.settings.put({ key: 'app', value: valid })
    if (options.isTeamChanged) await reresolvePeople(valid.team)
  })
  return valid
}
