import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron'
import { createHandle, senderIsWindow } from './ipc'
import { setupIpc } from './setup-ipc'
import { menuTemplate } from './menu'
import { guardWebContents, windowOptions } from './window'
import { DEFAULT_WINDOW_STATE, restoreWindowState, type WindowState } from './window-state'
import { CHANNELS, type MenuCommand } from '../../src/shared/ipc-contract'

let mainWindow: BrowserWindow | null = null
const getWindow = () => mainWindow
const stateFile = () => join(app.getPath('userData'), 'window-state.json')

async function loadWindowState(): Promise<WindowState> {
  try {
    const saved: unknown = JSON.parse(await readFile(stateFile(), 'utf8'))
    return restoreWindowState(saved, screen.getAllDisplays().map((d) => d.workArea))
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
  const win = new BrowserWindow(windowOptions(state, __dirname))
  mainWindow = win
  if (state.isMaximized) win.maximize()
  guardWebContents(win.webContents, (url) => shell.openExternal(url))
  rememberWindowState(win)
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => {
    mainWindow = null
  })
  if (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) {
    await win.loadURL(process.env.ELECTRON_RENDERER_URL)
  } else {
    await win.loadFile(join(__dirname, '../renderer/index.html'))
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

function setupSecurity(): void {
  // No page of this app needs a camera, notifications or any other permission.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => shell.openExternal(url)))
}

if (setupSingleInstance()) {
  void app.whenReady().then(async () => {
    setupSecurity()
    setupIpc({
      handle: createHandle({ ipcMain, isTrustedSender: senderIsWindow(getWindow) }),
      files: {
        dialog,
        readFile: async (p) => new Uint8Array(await readFile(p)),
        writeFile: (p, b) => writeFile(p, b),
        fileSize: async (p) => (await stat(p)).size,
        getWindow,
      },
      appVersion: () => app.getVersion(),
      getWindow,
    })
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(sendMenuCommand, process.platform === 'darwin')))
    await createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow()
    })
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
