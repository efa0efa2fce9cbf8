import type { App, BrowserWindow } from 'electron'

/**
 * One running copy: a second launch focuses the first copy's window and quits. Returns false in
 * the copy that quits, so it sets nothing else up.
 */
export function setupSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  getWindow: () => BrowserWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', () => {
    const win = getWindow()
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })
  return true
}

/** Closing the last window quits, except on macOS where apps stay in the dock. */
export function setupQuitOnLastWindow(app: Pick<App, 'quit' | 'on'>, platform: NodeJS.Platform): void {
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit()
  })
}
