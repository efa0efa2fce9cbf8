import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { readTeamFile } from '@/domain/teams/read-team-file'
import { createBrowserDesktop } from '@/platform/browser-desktop'
import { setDesktop } from '@/platform/desktop'
import type { DesktopApi, WriteTeamFileRequest } from '@/shared/ipc-contract'
import { useSettingsStore } from '@/stores/settings'
import { PUBLISH_CHOICES_KEY, useTeamPublishStore } from '@/stores/team-publish'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

/** The browser bridge with a publish folder the test can choose, recording what is written there. */
function publishingDesktop() {
  const written: WriteTeamFileRequest[] = []
  let folder: { name: string } | null = null
  const api: DesktopApi = {
    ...createBrowserDesktop(),
    appVersion: async () => '0.1.0',
    choosePublishFolder: async () => (folder = { name: 'Shared' }),
    publishFolder: async () => folder,
    writeTeamFile: async (request) => {
      if (!folder) return null
      written.push(request)
      return { path: `Shared/${request.fileName}` }
    },
  }
  return { api, written }
}

describe('team publish store', () => {
  beforeEach(() => {
    freshDatabase()
    localStorage.removeItem(PUBLISH_CHOICES_KEY)
    setActivePinia(createPinia())
    vi.useFakeTimers({ now: Date.parse('2026-11-25T12:00:00Z'), toFake: ['Date'] })
  })
  afterEach(() => vi.useRealTimers())

  it('asks for a team name before publishing', async () => {
    setDesktop(publishingDesktop().api)
    await useSettingsStore().load()
    const store = useTeamPublishStore()
    await store.publish()
    expect(store.error).toBe("Type the team's name: the leader sees the team by it.")
  })

  it('writes the team file into the chosen folder, then rewrites it after the next import', async () => {
    const desktop = publishingDesktop()
    setDesktop(desktop.api)
    await useSettingsStore().load()
    await putHandoffs([
      toStored(aHandoff({ externalId: 'a', bookedAt: '2026-11-16T10:00:00.000Z' }), 'crm', 'UTC', null),
    ])
    const store = useTeamPublishStore()
    store.name = 'Team East'
    await store.chooseFolder()
    await store.publish()
    expect(store.message).toMatch(/^Published Team East\.huddle-team\.json to Shared\/Team East\.huddle-team\.json/)

    await putHandoffs([
      toStored(aHandoff({ externalId: 'b', bookedAt: '2026-11-17T10:00:00.000Z' }), 'crm', 'UTC', null),
    ])
    await store.republish()
    expect(desktop.written.map((w) => w.fileName)).toEqual(['Team East.huddle-team.json', 'Team East.huddle-team.json'])
    const read = await readTeamFile(desktop.written[1]!.text)
    expect(read.ok && read.file.data.weeks.map((w) => w.booked)).toEqual([2])
  })

  it('does not rewrite anything before the manager has published once', async () => {
    const desktop = publishingDesktop()
    setDesktop(desktop.api)
    await useSettingsStore().load()
    const store = useTeamPublishStore()
    await store.chooseFolder()
    await store.republish()
    expect(desktop.written).toEqual([])
  })
})
