// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createTeamFolders,
  setupTeamFolders,
  type FolderChoices,
  type TeamFolderDeps,
} from '../../electron/main/team-folders'
import { CHANNELS } from '../../src/shared/ipc-contract'

/** A folder in memory, a dialog that answers `chosen`, and a watcher the test can fire. */
function fakeDeps(files: Record<string, string>, chosen: string | null = '/share/Teams') {
  const written: Record<string, string> = {}
  let fire: (() => void) | null = null
  let saved: FolderChoices | null = null
  const deps: TeamFolderDeps = {
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: chosen === null, filePaths: chosen ? [chosen] : [] })),
    } as never,
    getWindow: () => null,
    listFiles: async () => Object.keys(files),
    readText: async (path) => {
      const name = path.split('/').pop()!
      if (!(name in files)) throw new Error('gone')
      return files[name]!
    },
    writeWhole: async (path, text) => void (written[path] = text),
    watch: (_folder, onChange) => {
      fire = onChange
      return () => (fire = null)
    },
    loadChoices: async () => saved,
    saveChoices: async (c) => void (saved = c),
    notifyChanged: vi.fn(),
    settleMs: 10,
  }
  return { deps, written, fire: () => fire?.(), saved: () => saved }
}

afterEach(() => vi.useRealTimers())

describe('team folders', () => {
  it('reads only the team files of the chosen folder, by name', async () => {
    const { deps } = fakeDeps({
      'b.huddle-team.json': 'B',
      'notes.txt': 'x',
      'a.huddle-team.json': 'A',
      'a.huddle-team.json.1.partial': 'half',
    })
    const folder = await createTeamFolders(deps).chooseTeamFolder()
    expect(folder).toEqual({
      name: 'Teams',
      files: [
        { name: 'a.huddle-team.json', text: 'A' },
        { name: 'b.huddle-team.json', text: 'B' },
      ],
    })
  })

  it('remembers the folder for the next run and reads it again without asking', async () => {
    const first = fakeDeps({ 'a.huddle-team.json': 'A' })
    await createTeamFolders(first.deps).chooseTeamFolder()
    const second = fakeDeps({ 'a.huddle-team.json': 'A2' }, null)
    second.deps.loadChoices = async () => first.saved()
    expect(await createTeamFolders(second.deps).readTeamFolder()).toEqual({
      name: 'Teams',
      files: [{ name: 'a.huddle-team.json', text: 'A2' }],
    })
    expect(second.deps.dialog.showOpenDialog).not.toHaveBeenCalled()
  })

  it('says in words when the remembered folder is gone', async () => {
    const { deps } = fakeDeps({})
    const folders = createTeamFolders(deps)
    await folders.chooseTeamFolder()
    deps.listFiles = async () => {
      throw Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' })
    }
    await expect(folders.readTeamFolder()).rejects.toThrow(
      'The shared folder “Teams” cannot be read: it is no longer there. Choose it again.',
    )
  })

  it('tells the window once a burst of changes has settled', async () => {
    vi.useFakeTimers()
    const { deps, fire } = fakeDeps({})
    await createTeamFolders(deps).chooseTeamFolder()
    fire()
    fire()
    fire()
    await vi.advanceTimersByTimeAsync(20)
    expect(deps.notifyChanged).toHaveBeenCalledOnce()
  })

  it('writes the team file into the publish folder, and nowhere without one', async () => {
    const { deps, written } = fakeDeps({})
    const folders = createTeamFolders(deps)
    expect(await folders.writeTeamFile({ fileName: 'East.huddle-team.json', text: '{}' })).toBeNull()
    await folders.choosePublishFolder()
    expect(await folders.writeTeamFile({ fileName: 'East.huddle-team.json', text: '{}' })).toEqual({
      path: '/share/Teams/East.huddle-team.json',
    })
    expect(written).toEqual({ '/share/Teams/East.huddle-team.json': '{}' })
  })
})

describe('setupTeamFolders', () => {
  it('registers each invoked team channel through the gateway, with a schema that refuses paths', async () => {
    const { deps } = fakeDeps({})
    const registered = new Map<string, { safeParse: (v: unknown) => { success: boolean } }>()
    setupTeamFolders(((channel: string, schema: never) => registered.set(channel, schema)) as never, deps)
    expect([...registered.keys()].sort()).toEqual(
      Object.values(CHANNELS)
        .filter((c) => c.startsWith('teams:') && c !== CHANNELS.teamFolderChanged)
        .sort(),
    )
    const write = registered.get(CHANNELS.writeTeamFile)!
    expect(write.safeParse({ fileName: 'East.huddle-team.json', text: '{}' }).success).toBe(true)
    expect(write.safeParse({ fileName: '../East.huddle-team.json', text: '{}' }).success).toBe(false)
    expect(write.safeParse({ fileName: 'notes.txt', text: '{}' }).success).toBe(false)
  })
})
