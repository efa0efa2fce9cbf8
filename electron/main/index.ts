import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron'
import { APP_PAGE_URL, APP_SCHEME_PRIVILEGES, setupAppProtocol } from './app-protocol'
import { createHandle, senderIsWindow } from './ipc'
import { setupIpc } from './setup-ipc'
import { setupTeamFolders } from './team-folders'
import { teamFolderDeps } from './team-folder-deps'
import { menuTemplate } from './menu'
import { setupSecurity } from './security'
import { windowOptions } from './window'
import { DEFAULT_WINDOW_STATE, restoreWindowState, type WindowState } from './window-state'
import { CHANNELS, MAX_FILE_BYTES, type MenuCommand } from '../../src/shared/ipc-contract'
import { readBounded } from '../../src/cli/read-bounded'

let mainWindow: BrowserWindow | null = null
const getWindow = () => mainWindow
/** electron-vite's dev server, honoured only in an unpackaged run. */
const devServerUrl = () => (app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL)
const stateFile = () => join(app.getPath('userData'), 'window-state.json')

async function loadWindowState(): Promise<WindowState> {
  try {
    const saved: unknown = JSON.parse(await readFile(stateFile(), 'utf8'))
    return restoreWindowState(
      saved,
      screen.getAllDisplays().map((d) => d.workArea),
    )
  } catch {
    return { ...DEFAULT_WINDOW_STATE }
  }
}

function rememberWindowState(win: BrowserWindow): void {
  const save = () => {
    if (win.isDestroyed()) return
    const bounds = win.getNormalBounds()
    const state: WindowState = { ...bounds, isMaximized: win.isMaximized() }
    void writeFile(stateFile(), JSON.stringify(state)).catch(() => undefined)
  }
  win.on('close', save)
}

async function createWindow(): Promise<void> {
  const state = await loadWindowState()
  const win = new BrowserWindow(windowOptions(state, __dirname, !app.isPackaged))
  mainWindow = win
  if (state.isMaximized) win.maximize()
  rememberWindowState(win)
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => {
    mainWindow = null
  })
  const devUrl = devServerUrl()
  if (devUrl) {
    await win.loadURL(devUrl)
  } else {
    await win.loadURL(APP_PAGE_URL)
  }
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(CHANNELS.menuCommand, command)
}

function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  return true
}

// Before the app is ready, as Electron requires.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

if (setupSingleInstance()) {
  void app.whenReady().then(async () => {
    setupAppProtocol(protocol, join(__dirname, '../renderer'), (p) => readBounded(p, MAX_FILE_BYTES))
    setupSecurity({ session: session.defaultSession, app, openExternal: (url) => shell.openExternal(url) })
    const handle = createHandle({ ipcMain, isTrustedSender: senderIsWindow(getWindow, devServerUrl()) })
    setupIpc({
      handle,
      files: {
        dialog,
        readFile: (p) => readBounded(p, MAX_FILE_BYTES),
        writeFile: (p, b) => writeFile(p, b),
        getWindow,
      },
      appVersion: () => app.getVersion(),
      getWindow,
    })
    setupTeamFolders(
      handle,
      teamFolderDeps(dialog, getWindow, () => join(app.getPath('userData'), 'team-folders.json')),
    )
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate(sendMenuCommand, process.platform === 'darwin', !app.isPackaged)),
    )
    await createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow()
    })
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
