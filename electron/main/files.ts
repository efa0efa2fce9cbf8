import { basename } from 'node:path'
import type { BrowserWindow, Dialog } from 'electron'
import {
  type OpenedFile,
  type SavedResult,
  type openFileRequest,
  type printToPdfRequest,
  type saveFileRequest,
} from '../../src/shared/ipc-contract'
import type { z } from 'zod'

export interface FileDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>
  /** Reads a regular file of at most MAX_FILE_BYTES, refusing anything else (see readBounded). */
  readFile: (path: string) => Promise<Uint8Array>
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>
  getWindow: () => BrowserWindow | null
}

export function createFileHandlers(deps: FileDeps) {
  async function openFile(req: z.infer<typeof openFileRequest>): Promise<OpenedFile | null> {
    const win = deps.getWindow()
    const options = { title: req.title, properties: ['openFile' as const], filters: req.filters }
    const result = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options)
    const path = result.filePaths[0]
    if (result.canceled || !path) return null
    return { name: basename(path), bytes: await deps.readFile(path) }
  }

  async function askSavePath(suggestedName: string, filters: { name: string; extensions: string[] }[]) {
    const win = deps.getWindow()
    const options = { defaultPath: suggestedName, filters }
    const result = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  }

  async function saveFile(req: z.infer<typeof saveFileRequest>): Promise<SavedResult> {
    const path = await askSavePath(req.suggestedName, req.filters)
    if (!path) return null
    await deps.writeFile(path, req.bytes)
    return { path }
  }

  async function printToPdf(req: z.infer<typeof printToPdfRequest>): Promise<SavedResult> {
    const win = deps.getWindow()
    if (!win) return null
    const path = await askSavePath(req.suggestedName, [{ name: 'PDF', extensions: ['pdf'] }])
    if (!path) return null
    const pdf = await win.webContents.printToPDF({ landscape: req.landscape, printBackground: true, pageSize: 'A4' })
    await deps.writeFile(path, new Uint8Array(pdf))
    return { path }
  }

  return { openFile, saveFile, printToPdf }
}
