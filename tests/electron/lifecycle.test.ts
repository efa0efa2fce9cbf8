// @vitest-environment node
import type { BrowserWindow } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { setupQuitOnLastWindow, setupSingleInstance } from '../../electron/main/lifecycle'

function fakeApp(hasLock: boolean) {
  const listeners = new Map<string, () => void>()
  return {
    listeners,
    requestSingleInstanceLock: vi.fn(() => hasLock),
    quit: vi.fn(),
    on: vi.fn((event: string, fn: () => void) => listeners.set(event, fn)),
  }
}

describe('setupSingleInstance', () => {
  it('quits a second copy and tells it to set nothing else up', () => {
    const app = fakeApp(false)
    expect(setupSingleInstance(app as never, () => null)).toBe(false)
    expect(app.quit).toHaveBeenCalledOnce()
  })

  it('brings the first copy’s minimised window back when a second copy starts', () => {
    const app = fakeApp(true)
    const win = { isMinimized: vi.fn(() => true), restore: vi.fn(), focus: vi.fn() }
    expect(setupSingleInstance(app as never, () => win as unknown as BrowserWindow)).toBe(true)
    app.listeners.get('second-instance')!()
    expect(win.restore).toHaveBeenCalledOnce()
    expect(win.focus).toHaveBeenCalledOnce()
  })
})

describe('setupQuitOnLastWindow', () => {
  it('quits when the last window closes on Linux and Windows', () => {
    const app = fakeApp(true)
    setupQuitOnLastWindow(app as never, 'linux')
    app.listeners.get('window-all-closed')!()
    expect(app.quit).toHaveBeenCalledOnce()
  })

  it('keeps running on macOS, where apps stay in the dock', () => {
    const app = fakeApp(true)
    setupQuitOnLastWindow(app as never, 'darwin')
    app.listeners.get('window-all-closed')!()
    expect(app.quit).not.toHaveBeenCalled()
  })
})
