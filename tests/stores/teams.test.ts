import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { setDesktop } from '@/platform/desktop'
import { createBrowserDesktop } from '@/platform/browser-desktop'
import type { DesktopApi, TeamFolder } from '@/shared/ipc-contract'
import { useTeamsStore } from '@/stores/teams'
import { teamFileText, week } from '../domain/teams/team-file-fixture'
import { freshDatabase } from '../helpers/fresh-db'

/** The browser bridge with a folder the test rewrites between reads. */
function folderDesktop(folder: TeamFolder): { api: DesktopApi; changed: () => void } {
  let listener: (() => void) | null = null
  const api: DesktopApi = {
    ...createBrowserDesktop(),
    appVersion: async () => '0.1.0',
    chooseTeamFolder: async () => structuredClone(folder),
    readTeamFolder: async () => structuredClone(folder),
    onTeamFolderChanged: (l) => {
      listener = l
      return () => (listener = null)
    },
  }
  return { api, changed: () => listener?.() }
}

const east = () =>
  teamFileText({
    name: 'Team East',
    createdAt: '2026-11-24T10:00:00.000Z',
    weeks: [week('2026-W47', { booked: 4, accepted: 3, rejected: 1, statusAssessed: 4, checklistAssessed: 4 })],
  })
const west = () =>
  teamFileText({
    name: 'Team West',
    createdAt: '2026-11-24T10:00:00.000Z',
    weeks: [
      week('2026-W47', { booked: 6, accepted: 2, rejected: 2, pending: 2, statusAssessed: 6, checklistAssessed: 6 }),
    ],
  })

/** A folder holding East's and West's files. */
const eastAndWest = async (): Promise<TeamFolder> => ({
  name: 'Teams',
  files: [
    { name: 'east.huddle-team.json', text: await east() },
    { name: 'west.huddle-team.json', text: await west() },
  ],
})

describe('teams store', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
    vi.useFakeTimers({ now: Date.parse('2026-11-25T12:00:00Z'), toFake: ['Date'] })
  })
  afterEach(() => vi.useRealTimers())

  it("adds up a shared folder's teams for their latest quarter", async () => {
    const folder = await eastAndWest()
    setDesktop(folderDesktop(folder).api)
    const teams = useTeamsStore()
    await teams.chooseFolder()
    expect(teams.quarter).toBe('FY2026-Q4')
    expect(teams.rollup?.teams.map((t) => [t.name, t.booked])).toEqual([
      ['Team East', 4],
      ['Team West', 6],
    ])
    expect(teams.rollup?.total).toMatchObject({ booked: 10, accepted: 5, rejected: 3 })
    expect(teams.charts.acceptance?.datasets.map((d) => d.label)).toEqual(['Team East', 'Team West'])
  })

  it('keeps the last good copy when the watched folder changes to a half-written file', async () => {
    const folder: TeamFolder = { name: 'Teams', files: [{ name: 'east.huddle-team.json', text: await east() }] }
    const desktop = folderDesktop(folder)
    setDesktop(desktop.api)
    const teams = useTeamsStore()
    await teams.chooseFolder()
    folder.files[0]!.text = folder.files[0]!.text.slice(0, 100)
    desktop.changed()
    await vi.waitFor(() => expect(teams.notices).toHaveLength(1))
    expect(teams.notices[0]).toMatchObject({ kind: 'damaged' })
    expect(teams.rollup?.teams.map((t) => t.booked)).toEqual([4])
  })

  it('drops a team whose file left the folder', async () => {
    const folder = await eastAndWest()
    setDesktop(folderDesktop(folder).api)
    const teams = useTeamsStore()
    await teams.chooseFolder()
    folder.files.pop()
    await teams.refresh()
    expect(teams.teams.map((t) => t.name)).toEqual(['Team East'])
  })

  it('shows the last good copies at the next start, before the folder is read again', async () => {
    const folder = await eastAndWest()
    const desktop = folderDesktop(folder)
    setDesktop(desktop.api)
    await useTeamsStore().chooseFolder()
    folder.files[0]!.text = '{"format":'
    await useTeamsStore().refresh()

    setActivePinia(createPinia())
    setDesktop({ ...desktop.api, readTeamFolder: async () => null })
    const restarted = useTeamsStore()
    await restarted.restoreFolder()
    expect(restarted.rollup?.teams.map((t) => [t.name, t.booked])).toEqual([
      ['Team East', 4],
      ['Team West', 6],
    ])
  })

  it('forgets a team file the leader removed', async () => {
    setDesktop(folderDesktop(await eastAndWest()).api)
    const teams = useTeamsStore()
    await teams.chooseFolder()
    await teams.remove('folder:west.huddle-team.json')
    setActivePinia(createPinia())
    setDesktop({ ...folderDesktop(await eastAndWest()).api, readTeamFolder: async () => null })
    const restarted = useTeamsStore()
    await restarted.restoreFolder()
    expect(restarted.teams.map((t) => t.name)).toEqual(['Team East'])
  })
})

describe('teams store errors', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
  })

  it("shows main's own words when the shared folder cannot be read, without Electron's prefix", async () => {
    setDesktop({
      ...createBrowserDesktop(),
      appVersion: async () => '0.1.0',
      readTeamFolder: async () => {
        throw new Error(
          "Error invoking remote method 'teams:read-folder': Error: The shared folder “Teams” cannot be read: it is no longer there. Choose it again.",
        )
      },
    })
    const teams = useTeamsStore()
    await teams.restoreFolder()
    expect(teams.error).toBe('The shared folder “Teams” cannot be read: it is no longer there. Choose it again.')
  })
})
