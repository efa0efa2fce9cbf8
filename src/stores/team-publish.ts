import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { nowIso } from '@/domain/clock'
import { teamFileName } from '@/domain/teams/team-file'
import { buildTeamFileFromDb } from '@/db/team-file-repo'
import { desktop } from '@/platform/desktop'
import { desktopErrorText } from '@/platform/error-text'
import type { ChosenFolder } from '@/shared/ipc-contract'
import { useSettingsStore } from './settings'

/** What the manager chose last time, kept on this computer so the file is rewritten the same way. */
export const PUBLISH_CHOICES_KEY = 'handoff-huddle:team-file'

interface PublishChoices {
  name: string
  includeDetails: boolean
}

function loadChoices(storage: Pick<Storage, 'getItem'> | null): PublishChoices | null {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(PUBLISH_CHOICES_KEY) ?? 'null')
    if (raw && typeof raw === 'object' && typeof (raw as PublishChoices).name === 'string')
      return { name: (raw as PublishChoices).name, includeDetails: (raw as PublishChoices).includeDetails === true }
  } catch {
    // A damaged entry is as good as none: the manager types the name again.
  }
  return null
}

const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage)

/**
 * Data → Publish team file: the manager's team file for the leader. With a shared folder chosen,
 * the file is written there and rewritten after each import and each finished huddle
 * (`republish`); without one, it is downloaded.
 */
export const useTeamPublishStore = defineStore('team-publish', () => {
  const settings = useSettingsStore()
  const saved = loadChoices(storage())
  const name = ref(saved?.name ?? '')
  const includeDetails = ref(saved?.includeDetails ?? false)
  const folder = ref<ChosenFolder>(null)
  const isBusy = ref(false)
  const message = ref<string | null>(null)
  const error = ref<string | null>(null)
  /** True once the manager published with a folder: later imports and huddles rewrite the file. */
  const isAutomatic = ref(saved !== null)

  const teamName = computed(() => name.value.trim() || settings.settings.teamName.trim())
  const fileName = computed(() => (teamName.value ? teamFileName(teamName.value) : ''))

  async function loadFolder(): Promise<void> {
    folder.value = await desktop().publishFolder()
  }

  async function chooseFolder(): Promise<void> {
    error.value = null
    try {
      const chosen = await desktop().choosePublishFolder()
      if (chosen) folder.value = chosen
    } catch (e) {
      error.value = desktopErrorText(e)
    }
  }

  async function write(): Promise<string | null> {
    const now = nowIso()
    const { text } = await buildTeamFileFromDb({
      name: teamName.value,
      includeDetails: includeDetails.value,
      appVersion: await desktop().appVersion(),
      now,
    })
    const bytes = new TextEncoder().encode(text)
    const saved = folder.value
      ? await desktop().writeTeamFile({ fileName: fileName.value, text })
      : await desktop().saveFile({
          suggestedName: fileName.value,
          bytes,
          filters: [{ name: 'Team file', extensions: ['json'] }],
        })
    return saved ? `${saved.path} (${now.slice(0, 16).replace('T', ' ')} UTC)` : null
  }

  async function publish(): Promise<void> {
    message.value = null
    error.value = null
    if (!teamName.value) {
      error.value = "Type the team's name: the leader sees the team by it."
      return
    }
    isBusy.value = true
    try {
      const where = await write()
      if (!where) return
      message.value = `Published ${fileName.value} to ${where}.`
      storage()?.setItem(
        PUBLISH_CHOICES_KEY,
        JSON.stringify({ name: teamName.value, includeDetails: includeDetails.value }),
      )
      isAutomatic.value = folder.value !== null
    } catch (e) {
      error.value = `The team file was not published: ${desktopErrorText(e)}`
    } finally {
      isBusy.value = false
    }
  }

  /** After an import or a finished huddle: rewrites the file in the shared folder, if there is one. */
  async function republish(): Promise<void> {
    if (!isAutomatic.value || !teamName.value || isBusy.value) return
    if (!folder.value) await loadFolder()
    if (!folder.value) return
    isBusy.value = true
    try {
      const where = await write()
      if (where) message.value = `Rewrote ${fileName.value} in ${where}.`
    } catch (e) {
      error.value = `The team file was not rewritten: ${desktopErrorText(e)}`
    } finally {
      isBusy.value = false
    }
  }

  return {
    name,
    includeDetails,
    folder,
    isBusy,
    message,
    error,
    isAutomatic,
    teamName,
    fileName,
    loadFolder,
    chooseFolder,
    publish,
    republish,
  }
})
