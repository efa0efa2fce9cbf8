import type { DesktopApi } from '@/shared/ipc-contract'
import { createBrowserDesktop } from './browser-desktop'

let api: DesktopApi | null = null

/** The Electron bridge when the preload exposed one, else the browser implementation. */
export function desktop(): DesktopApi {
  api ??= window.desktop ?? createBrowserDesktop()
  return api
}

export function useDesktop(custom: DesktopApi): void {
  api = custom
}
