import type { DesktopApi } from '@/shared/ipc-contract'
import { createBrowserDesktop } from './browser-desktop'

let api: DesktopApi | null = null

/** The Electron bridge when the preload exposed one, else the browser implementation. */
export function desktop(): DesktopApi {
  api ??= window.desktop ?? createBrowserDesktop()
  return api
}

/** Replaces the bridge (tests, the E2E harness); not a composable. */
export function setDesktop(custom: DesktopApi): void {
  api = custom
}
