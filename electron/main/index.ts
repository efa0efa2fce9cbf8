/**
 * The main process: a list of setup calls, each in the file named for its job
 * (tests/electron/index-shape.test.ts keeps it so).
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, dialog, ipcMain, Menu, protocol, session, shell } from 'electron'
import { APP_SCHEME_PRIVILEGES, setupAppProtocol } from './app-protocol'
import { createHandle, senderIsWindow } from './ipc'
import { setupQuitOnLastWindow, setupSingleInstance } from './lifecycle'
import { devServerUrl, getMainWindow, sendMenuCommand, setupMainWindow } from './main-window'
import { setupMenu } from './menu'
import { setupIpc } from './setup-ipc'
import { setupSecurity } from './security'
import { setupTeamFolders } from './team-folders'
import { teamFolderDeps } from './team-folder-deps'
import { MAX_FILE_BYTES } from '../../src/shared/ipc-contract'
import { readBounded } from '../../src/node/read-bounded'

const readFile = (path: string) => readBounded(path, MAX_FILE_BYTES)
/** The IPC gateway every feature's handlers go through (sender check, then zod). */
const handle = createHandle({ ipcMain, isTrustedSender: senderIsWindow(getMainWindow, devServerUrl()) })

// Before the app is ready, as Electron requires.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

if (setupSingleInstance(app, getMainWindow)) {
  void app.whenReady().then(async () => {
    setupAppProtocol(protocol, join(__dirname, '../renderer'), readFile)
    setupSecurity({ session: session.defaultSession, app, openExternal: (url) => shell.openExternal(url) })
    setupIpc({
      handle,
      files: { dialog, readFile, writeFile: (p, b) => writeFile(p, b), getWindow: getMainWindow },
      appVersion: () => app.getVersion(),
      getWindow: getMainWindow,
    })
    setupTeamFolders(
      handle,
      teamFolderDeps(dialog, getMainWindow, () => join(app.getPath('userData'), 'team-folders.json')),
    )
    setupMenu(Menu, sendMenuCommand, process.platform === 'darwin', !app.isPackaged)
    await setupMainWindow(__dirname)
  })
  setupQuitOnLastWindow(app, process.platform)
}
