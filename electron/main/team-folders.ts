import { basename, join } from 'node:path'
import type { BrowserWindow, Dialog } from 'electron'
import { z } from 'zod'
import {
  CHANNELS,
  TEAM_FILE_ENDING,
  writeTeamFileRequest,
  type ChosenFolder,
  type SavedResult,
  type TeamFolder,
} from '../../src/shared/ipc-contract'
import type { createHandle } from './ipc'

/** What the team folders need of the system; passed in so tests run without Electron or a disk. */
export interface TeamFolderDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>
  getWindow: () => BrowserWindow | null
  /** Names of the entries directly in a folder that are regular files. */
  listFiles: (folder: string) => Promise<string[]>
  /** A regular file's text, refusing anything past the size bound (readBounded). */
  readText: (path: string) => Promise<string>
  /** Writes a file whole: beside it, then renamed over it. */
  writeWhole: (path: string, text: string) => Promise<void>
  /** Calls back on any change in the folder; returns a stop function. */
  watch: (folder: string, onChange: () => void) => () => void
  /** The folders chosen before, kept between runs (userData/team-folders.json). */
  loadChoices: () => Promise<unknown>
  saveChoices: (choices: FolderChoices) => Promise<void>
  /** Tells the window a watched file changed (after changes settle). */
  notifyChanged: () => void
  /** How long changes must settle before the window is told (a sync service writes in bursts). */
  settleMs?: number
}

const folderChoices = z.object({ teamFolder: z.string().nullable(), publishFolder: z.string().nullable() })
export type FolderChoices = z.infer<typeof folderChoices>

/**
 * The leader's watched folder of team files and the manager's publish folder. Only file names
 * ending in `.huddle-team.json` directly inside the chosen folders are read or written; every
 * path is the chosen folder joined with a bare file name (the contract refuses paths).
 */
export function createTeamFolders(deps: TeamFolderDeps) {
  let choices: FolderChoices = { teamFolder: null, publishFolder: null }
  let isLoaded = false
  let stopWatching: (() => void) | null = null
  let settle: ReturnType<typeof setTimeout> | null = null

  async function loaded(): Promise<FolderChoices> {
    if (!isLoaded) {
      const saved = folderChoices.safeParse(await deps.loadChoices().catch(() => null))
      if (saved.success) choices = saved.data
      isLoaded = true
      if (choices.teamFolder) startWatching(choices.teamFolder)
    }
    return choices
  }

  function startWatching(folder: string): void {
    stopWatching?.()
    stopWatching = deps.watch(folder, () => {
      if (settle) clearTimeout(settle)
      settle = setTimeout(() => deps.notifyChanged(), deps.settleMs ?? 500)
    })
  }

  async function askFolder(title: string): Promise<string | null> {
    const win = deps.getWindow()
    const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] }
    const result = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options)
    return result.canceled || !result.filePaths[0] ? null : result.filePaths[0]
  }

  async function readFolder(folder: string): Promise<TeamFolder> {
    let listed: string[]
    try {
      listed = await deps.listFiles(folder)
    } catch (e) {
      // Gone, renamed, or a sync service's drive not mounted: the leader chooses it again.
      const code = (e as NodeJS.ErrnoException).code
      throw new Error(
        `The shared folder “${basename(folder)}” cannot be read${code === 'ENOENT' ? ': it is no longer there' : ''}. Choose it again.`,
        { cause: e },
      )
    }
    const names = listed.filter((n) => n.endsWith(TEAM_FILE_ENDING)).sort()
    const files: TeamFolder['files'] = []
    for (const name of names) {
      // A file that vanished or grew past the bound between listing and reading is left out of
      // this read; the renderer keeps its last good copy.
      const text = await deps.readText(join(folder, name)).catch(() => null)
      if (text !== null) files.push({ name, text })
    }
    return { name: basename(folder), files }
  }

  return {
    async chooseTeamFolder(): Promise<TeamFolder | null> {
      await loaded()
      const folder = await askFolder('Choose the shared folder of team files')
      if (!folder) return null
      choices = { ...choices, teamFolder: folder }
      await deps.saveChoices(choices)
      startWatching(folder)
      return readFolder(folder)
    },
    async readTeamFolder(): Promise<TeamFolder | null> {
      const { teamFolder } = await loaded()
      return teamFolder ? readFolder(teamFolder) : null
    },
    async choosePublishFolder(): Promise<ChosenFolder> {
      await loaded()
      const folder = await askFolder('Choose the shared folder to publish the team file into')
      if (!folder) return null
      choices = { ...choices, publishFolder: folder }
      await deps.saveChoices(choices)
      return { name: basename(folder) }
    },
    async publishFolder(): Promise<ChosenFolder> {
      const { publishFolder } = await loaded()
      return publishFolder ? { name: basename(publishFolder) } : null
    },
    async writeTeamFile(req: z.infer<typeof writeTeamFileRequest>): Promise<SavedResult> {
      const { publishFolder } = await loaded()
      if (!publishFolder) return null
      const path = join(publishFolder, basename(req.fileName))
      await deps.writeWhole(path, req.text)
      return { path }
    },
    stop(): void {
      stopWatching?.()
      if (settle) clearTimeout(settle)
    },
  }
}

/** Registers the team-folder channels through the checked gateway. */
export function setupTeamFolders(handle: ReturnType<typeof createHandle>, deps: TeamFolderDeps) {
  const folders = createTeamFolders(deps)
  handle(CHANNELS.chooseTeamFolder, z.undefined(), folders.chooseTeamFolder)
  handle(CHANNELS.readTeamFolder, z.undefined(), folders.readTeamFolder)
  handle(CHANNELS.choosePublishFolder, z.undefined(), folders.choosePublishFolder)
  handle(CHANNELS.publishFolder, z.undefined(), folders.publishFolder)
  handle(CHANNELS.writeTeamFile, writeTeamFileRequest, folders.writeTeamFile)
  return folders
}
