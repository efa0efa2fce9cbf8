import type { App, Session, WebContents } from 'electron'
import { guardWebContents } from './window'

export interface SecurityDeps {
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>
  app: Pick<App, 'on'>
  openExternal: (url: string) => Promise<unknown>
}

/**
 * Session-wide hardening, run once the app is ready and before any window exists: no permission is
 * ever granted, and every WebContents (the main window included) gets the navigation guards.
 */
export function setupSecurity({ session, app, openExternal }: SecurityDeps): void {
  // No page of this app needs a camera, notifications or any other permission.
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  // A refused or failed hand-off to the system browser must not become an unhandled rejection.
  const openSafely = (url: string) => openExternal(url).catch(() => undefined)
  app.on('web-contents-created', (_event: unknown, contents: WebContents) => guardWebContents(contents, openSafely))
}
