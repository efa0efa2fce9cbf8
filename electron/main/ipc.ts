import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron'
import type { z } from 'zod'

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

export function senderIsWindow(getWindow: () => BrowserWindow | null) {
  return (event: IpcMainInvokeEvent): boolean => {
    const win = getWindow()
    if (!win || win.isDestroyed()) return false
    if (event.sender !== win.webContents) return false
    // Only our own bundled page may call: file:// in production, the dev server in development.
    const url = event.senderFrame?.url ?? ''
    return url.startsWith('file://') || (!!process.env.ELECTRON_RENDERER_URL && url.startsWith(process.env.ELECTRON_RENDERER_URL))
  }
}
