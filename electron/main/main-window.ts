import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, screen } from 'electron'
import { APP_PAGE_URL } from './app-protocol'
import { windowOptions } from './window'
import { DEFAULT_WINDOW_STATE, restoreWindowState, type WindowState } from './window-state'
import { CHANNELS, type MenuCommand } from '../../src/shared/ipc-contract'

/**
 * The app's one window: opened at start (and again when macOS re-activates the app with none
 * open), where the user left it last time, and the target of menu commands.
 */
let mainWindow: BrowserWindow | null = null

export const getMainWindow = () => mainWindow

/** electron-vite's dev server, honoured only in an unpackaged run. */
export const devServerUrl = () => (app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL)

export function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(CHANNELS.menuCommand, command)
}

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

/** `mainDir`: the folder of the built main script (the preload sits beside it). */
async function createWindow(mainDir: string): Promise<void> {
  const state = await loadWindowState()
  const win = new BrowserWindow(windowOptions(state, mainDir, !app.isPackaged))
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

/** Opens the window now, and again when macOS re-activates the app with no window open. */
export async function setupMainWindow(mainDir: string): Promise<void> {
  await createWindow(mainDir)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow(mainDir)
  })
}
