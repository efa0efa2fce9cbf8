// @vitest-environment node
// Loads the real main entry against a mocked Electron and checks what it wires up at start.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../src/shared/ipc-channels'
import { secureWebPreferences } from '../../electron/main/window'

const electron = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>()
  const windows: { options: unknown; loadFile: ReturnType<typeof vi.fn>; loadURL: ReturnType<typeof vi.fn> }[] = []
  class BrowserWindow {
    static getAllWindows = () => windows
    webContents = { send: vi.fn() }
    loadFile = vi.fn(async () => undefined)
    loadURL = vi.fn(async () => undefined)
    maximize = vi.fn()
    once = vi.fn()
    on = vi.fn()
    constructor(public options: unknown) {
      windows.push(this)
    }
  }
  return {
    appListeners,
    windows,
    module: {
      app: {
        isPackaged: true,
        requestSingleInstanceLock: vi.fn(() => true),
        quit: vi.fn(),
        on: vi.fn((event: string, fn: (...args: unknown[]) => void) => appListeners.set(event, fn)),
        whenReady: vi.fn(() => Promise.resolve()),
        getPath: vi.fn(() => userDataDir),
        getVersion: vi.fn(() => '0.1.0'),
      },
      BrowserWindow,
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
      ipcMain: { handle: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
      screen: { getAllDisplays: vi.fn(() => []) },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
      shell: { openExternal: vi.fn(async () => undefined) },
    },
  }
})
vi.mock('electron', () => electron.module)

// getPath('userData') reads this lazily, after the import below has set it.
let userDataDir = ''

beforeAll(async () => {
  userDataDir = mkdtempSync(join(tmpdir(), 'hh-main-'))
  process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
  await import('../../electron/main/index')
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1))
})

afterAll(() => {
  delete process.env.ELECTRON_RENDERER_URL
  rmSync(userDataDir, { recursive: true, force: true })
})

describe('main entry', () => {
  it('denies every permission request on the default session', () => {
    const handler = electron.module.session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0]
    const callback = vi.fn()
    handler({}, 'media', callback, {})
    expect(callback).toHaveBeenCalledExactlyOnceWith(false)
    const check = electron.module.session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0]
    expect(check({}, 'notifications', 'file://', {})).toBe(false)
  })

  it('guards every WebContents created from now on', () => {
    expect(electron.appListeners.has('web-contents-created')).toBe(true)
  })

  it('registers every invoke channel through the gateway', () => {
    const channels = electron.module.ipcMain.handle.mock.calls.map(([channel]) => channel)
    expect(channels.sort()).toEqual(
      Object.values(CHANNELS)
        // Both are sent from main to the window, never invoked.
        .filter((c) => c !== CHANNELS.menuCommand && c !== CHANNELS.teamFolderChanged)
        .sort(),
    )
  })

  it('creates the window with the secure preferences', () => {
    const options = electron.windows[0]?.options as { webPreferences: unknown }
    expect(options.webPreferences).toEqual(
      secureWebPreferences(expect.stringMatching(/preload[\\/]index\.js$/) as unknown as string),
    )
  })

  it('loads the bundled page in a packaged app even when ELECTRON_RENDERER_URL is set', () => {
    const win = electron.windows[0]
    expect(win?.loadFile).not.toHaveBeenCalled()
    expect(win?.loadURL).toHaveBeenCalledExactlyOnceWith('app://bundle/index.html')
  })

  it('serves the renderer from app:// (registered as a privileged scheme before ready)', () => {
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app' }),
    ])
    expect(electron.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('installs the application menu', () => {
    expect(electron.module.Menu.setApplicationMenu).toHaveBeenCalledOnce()
  })

  it('asked for the single-instance lock', () => {
    expect(electron.module.app.requestSingleInstanceLock).toHaveBeenCalledOnce()
  })
})
