import type { BrowserWindow } from 'electron'
import { z } from 'zod'
import {
  CHANNELS,
  openFileRequest,
  printToPdfRequest,
  saveFileRequest,
  setFullScreenRequest,
} from '../../src/shared/ipc-contract'
import { createFileHandlers, type FileDeps } from './files'
import type { createHandle } from './ipc'

export interface IpcSetup {
  handle: ReturnType<typeof createHandle>
  files: FileDeps
  appVersion: () => string
  getWindow: () => BrowserWindow | null
}

/** Registers every renderer-callable channel through the checked gateway. */
export function setupIpc({ handle, files, appVersion, getWindow }: IpcSetup): void {
  const fileHandlers = createFileHandlers(files)
  handle(CHANNELS.openFile, openFileRequest, fileHandlers.openFile)
  handle(CHANNELS.saveFile, saveFileRequest, fileHandlers.saveFile)
  handle(CHANNELS.printToPdf, printToPdfRequest, fileHandlers.printToPdf)
  handle(CHANNELS.appVersion, z.undefined(), appVersion)
  handle(CHANNELS.setFullScreen, setFullScreenRequest, ({ fullScreen }) => {
    getWindow()?.setFullScreen(fullScreen)
  })
}
