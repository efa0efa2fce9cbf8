import { join } from 'node:path'
import type { BrowserWindowConstructorOptions, WebContents } from 'electron'
import { isAllowedExternalUrl } from './external-links'
import type { WindowState } from './window-state'

/** The only web preferences a window of this app is ever created with. */
export function secureWebPreferences(
  preloadPath: string,
  allowDevTools = false,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    // Developer tools would let anyone at the shared screen read and change the team's data.
    devTools: allowDevTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  }
}

/** `allowDevTools`: only for development builds (never in a packaged app). */
export function windowOptions(
  state: WindowState,
  mainDir: string,
  allowDevTools = false,
): BrowserWindowConstructorOptions {
  return {
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Handoff Huddle',
    backgroundColor: '#111827',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(join(mainDir, '../preload/index.js'), allowDevTools),
  }
}

/**
 * Denies every navigation away from the bundled page and every new window; an allow-listed https
 * link opens in the system browser instead.
 */
export function guardWebContents(contents: WebContents, openExternal: (url: string) => unknown): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault()
  })
  // Subframes too: 'will-navigate' fires for the main frame only.
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void openExternal(url)
    return { action: 'deny' }
  })
}
