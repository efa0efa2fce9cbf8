import type { DesktopApi } from '../../src/shared/ipc-contract'

declare global {
  interface Window {
    /** Present in the Electron app only; the browser build uses its own implementation. */
    desktop?: DesktopApi
  }
}
export {}
