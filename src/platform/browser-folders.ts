import { MAX_FILE_BYTES, TEAM_FILE_ENDING, type DesktopApi, type TeamFolder } from '@/shared/ipc-contract'

/** The parts of the File System Access API used here (Chromium; not in every TypeScript DOM lib). */
interface FileHandleLike {
  kind: 'file'
  name: string
  getFile(): Promise<File>
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>
}
interface DirectoryHandleLike {
  kind: 'directory'
  name: string
  values(): AsyncIterable<FileHandleLike | { kind: 'directory'; name: string }>
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandleLike>
}
type PickerWindow = Window & {
  showDirectoryPicker?: (options?: { id?: string; mode?: 'read' | 'readwrite' }) => Promise<DirectoryHandleLike>
}

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError'

/** Every team file directly in the folder, by name; a file past the size bound is left out. */
async function readFolder(handle: DirectoryHandleLike): Promise<TeamFolder> {
  const files: TeamFolder['files'] = []
  for await (const entry of handle.values()) {
    if (entry.kind !== 'file' || !entry.name.endsWith(TEAM_FILE_ENDING)) continue
    const file = await entry.getFile()
    if (file.size > MAX_FILE_BYTES) continue
    files.push({ name: entry.name, text: await file.text() })
  }
  return { name: handle.name, files: files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) }
}

/**
 * Team folders in a plain browser: a directory handle (File System Access API) read again on
 * Refresh, since a page cannot watch a folder; publishing writes through the handle, which
 * replaces the file only when it is closed, so a reader never sees half of one.
 */
export function browserFolders(
  win: Window,
): Pick<
  DesktopApi,
  | 'chooseTeamFolder'
  | 'readTeamFolder'
  | 'onTeamFolderChanged'
  | 'choosePublishFolder'
  | 'publishFolder'
  | 'writeTeamFile'
> {
  const picker = win as PickerWindow
  let teamFolder: DirectoryHandleLike | null = null
  let publishTo: DirectoryHandleLike | null = null

  async function pick(id: string, mode: 'read' | 'readwrite'): Promise<DirectoryHandleLike | null> {
    if (!picker.showDirectoryPicker) throw new Error('This browser cannot open folders: add the team files one by one.')
    try {
      return await picker.showDirectoryPicker({ id, mode })
    } catch (e) {
      if (isAbort(e)) return null
      throw e
    }
  }

  return {
    async chooseTeamFolder() {
      const handle = await pick('team-files', 'read')
      if (!handle) return null
      teamFolder = handle
      return readFolder(handle)
    },
    async readTeamFolder() {
      return teamFolder ? readFolder(teamFolder) : null
    },
    onTeamFolderChanged() {
      return () => undefined
    },
    async choosePublishFolder() {
      const handle = await pick('publish-team-file', 'readwrite')
      if (!handle) return null
      publishTo = handle
      return { name: handle.name }
    },
    async publishFolder() {
      return publishTo ? { name: publishTo.name } : null
    },
    async writeTeamFile({ fileName, text }) {
      if (!publishTo) return null
      const writable = await (await publishTo.getFileHandle(fileName, { create: true })).createWritable()
      await writable.write(text)
      await writable.close()
      return { path: `${publishTo.name}/${fileName}` }
    },
  }
}
