import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron'
import type { z } from 'zod'
import { APP_HOST, APP_SCHEME } from './app-protocol'

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>
  /** The window this app created; any other sender is foreign. */
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean
}

export class IpcRejection extends Error {}

/**
 * The one gateway for every channel: the sender is checked and the payload parsed before any
 * handler runs, so a handler only ever sees a trusted, well-formed request.
 */
export function createHandle(deps: IpcDeps) {
  return function handle<S extends z.ZodType, R>(
    channel: string,
    schema: S,
    fn: (payload: z.infer<S>, event: IpcMainInvokeEvent) => Promise<R> | R,
  ): void {
    deps.ipcMain.handle(channel, async (event, raw: unknown) => {
      if (!deps.isTrustedSender(event)) {
        throw new IpcRejection(`${channel}: refused a request from a foreign sender`)
      }
      const parsed = schema.safeParse(raw)
      if (!parsed.success) {
        throw new IpcRejection(`${channel}: invalid request (${parsed.error.issues[0]?.message ?? 'bad payload'})`)
      }
      return fn(parsed.data, event)
    })
  }
}

/** Whether a frame URL is this app's own page: app://bundle/index.html, or the dev server's origin. */
export function isAppPageUrl(raw: string, devServerUrl?: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST && url.pathname === '/index.html' && !url.search
  if (!devServerUrl) return false
  try {
    // Compare origins, not string prefixes: 'http://localhost:5173' is a prefix of ':51730'.
    return url.origin === new URL(devServerUrl).origin
  } catch {
    return false
  }
}

/**
 * Trusts only the top frame of the window this app created, showing this app's page. Pass
 * devServerUrl only in an unpackaged run: a packaged app trusts nothing but the bundled page.
 */
export function senderIsWindow(getWindow: () => BrowserWindow | null, devServerUrl?: string) {
  return (event: IpcMainInvokeEvent): boolean => {
    const win = getWindow()
    if (!win || win.isDestroyed()) return false
    if (event.sender !== win.webContents) return false
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    return isAppPageUrl(frame.url, devServerUrl)
  }
}
