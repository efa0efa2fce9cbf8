import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { recomputeWeeks } from '@/db/handoff-repo'
import { loadSettings, saveSettings } from '@/db/settings-repo'
import { useDataVersionStore } from './data-version'
import { defaultSettings, settingsErrors, type Settings } from '@/domain/settings'

export type SaveResult = { ok: true } | { ok: false; errors: Record<string, string> }

export const useSettingsStore = defineStore('settings', () => {
  const settings = shallowRef<Settings>(defaultSettings())
  const isLoaded = ref(false)

  async function load(): Promise<void> {
    settings.value = await loadSettings()
    isLoaded.value = true
  }

  /** Saves only a valid candidate; an invalid one changes nothing and returns the messages. */
  async function save(candidate: Settings): Promise<SaveResult> {
    const errors = settingsErrors(candidate)
    if (Object.keys(errors).length > 0) return { ok: false, errors }
    const previous = settings.value
    const isTeamChanged = JSON.stringify(candidate.team) !== JSON.stringify(previous.team)
    const saved = await saveSettings(candidate, { isTeamChanged })
    if (saved.timeZone !== previous.timeZone) await recomputeWeeks(saved.timeZone)
    settings.value = saved
    // Thresholds, the zone, the roster and the ICP change every figure: every screen reads again.
    await useDataVersionStore().changed()
    return { ok: true }
  }

  return { settings, isLoaded, load, save }
})
