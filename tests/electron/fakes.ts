// Small stand-ins for the Electron objects the main-process modules touch. Only the members those
// modules use exist; the casts live here so the tests read as plain data.
import { vi } from 'vitest'
import type { BrowserWindow, IpcMainInvokeEvent, WebContents } from 'electron'

type Listener = (...args: unknown[]) => unknown

/** A WebContents that records its listeners and window-open handler. */
export function fakeWebContents() {
  const listeners = new Map<string, Listener[]>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on(event: string, fn: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn])
      return contents
    },
    setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
      openHandler = fn
    },
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')),
  }
  /** Emits `event` with a fresh preventable event object; says whether every listener prevented it. */
  function emit(event: string, url = 'https://example.com/'): boolean {
    const fns = listeners.get(event) ?? []
    if (fns.length === 0) return false
    return fns.every((fn) => {
      const e = { url, preventDefault: vi.fn() }
      fn(e, url)
      return e.preventDefault.mock.calls.length > 0
    })
  }
  function openWindow(url: string) {
    if (!openHandler) throw new Error('no window open handler was set')
    return openHandler({ url })
  }
  return { contents, asWebContents: contents as unknown as WebContents, emit, openWindow, listeners }
}

/** The app's main window: its WebContents plus the few BrowserWindow methods main calls. */
export function fakeWindow() {
  const web = fakeWebContents()
  const win = {
    webContents: web.contents,
    isDestroyed: vi.fn(() => false),
    setFullScreen: vi.fn(),
  }
  return { ...web, win, asWindow: win as unknown as BrowserWindow }
}

export const APP_PAGE = 'app://bundle/index.html#/huddle'

/** An invoke event from `sender`, sent by a frame showing `url` (top frame unless `isSubframe`). */
export function invokeEvent(sender: unknown, url = APP_PAGE, isSubframe = false): IpcMainInvokeEvent {
  const senderFrame = { url, parent: isSubframe ? {} : null }
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent
}

/** An ipcMain that keeps the registered handlers so a test can call them as the renderer would. */
export function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>()
  return {
    handlers,
    ipcMain: {
      handle: (channel: string, fn: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`)
        handlers.set(channel, fn)
      },
    },
    invoke(channel: string, event: IpcMainInvokeEvent, raw?: unknown): Promise<unknown> {
      const fn = handlers.get(channel)
      if (!fn) throw new Error(`nothing handles ${channel}`)
      return Promise.resolve().then(() => fn(event, raw))
    },
  }
}
