import { watch } from 'node:fs'
import { readdir, readFile, rename, writeFile } from 'node:fs/promises'
import type { BrowserWindow, Dialog } from 'electron'
import { CHANNELS, MAX_FILE_BYTES } from '../../src/shared/ipc-contract'
import { readBounded } from '../../src/node/read-bounded'
import type { TeamFolderDeps } from './team-folders'

/** The team folders' dependencies on this machine: the disk, fs.watch, and the app's window. */
export function teamFolderDeps(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  getWindow: () => BrowserWindow | null,
  choicesFile: () => string,
): TeamFolderDeps {
  return {
    dialog,
    getWindow,
    listFiles: async (folder) =>
      (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name),
    readText: async (path) => new TextDecoder().decode(await readBounded(path, MAX_FILE_BYTES)),
    writeWhole: async (path, text) => {
      const partial = `${path}.${process.pid}.partial`
      await writeFile(partial, text, 'utf8')
      await rename(partial, path)
    },
    watch: (folder, onChange) => {
      try {
        const watcher = watch(folder, { persistent: false }, onChange)
        watcher.on('error', () => watcher.close())
        return () => watcher.close()
      } catch {
        // A folder that cannot be watched (gone, a network share) is still read on Refresh.
        return () => undefined
      }
    },
    loadChoices: async () => JSON.parse(await readFile(choicesFile(), 'utf8')) as unknown,
    saveChoices: (choices) => writeFile(choicesFile(), JSON.stringify(choices)),
    notifyChanged: () => getWindow()?.webContents.send(CHANNELS.teamFolderChanged),
  }
}
