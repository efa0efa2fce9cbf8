// @vitest-environment node
import type { WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { setupSecurity } from '../../electron/main/security'
import { fakeWebContents } from './fakes'

function secured(openExternal: (url: string) => Promise<unknown> = vi.fn(async () => undefined)) {
  const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
  const appListeners = new Map<string, (...args: unknown[]) => void>()
  const app = {
    on: vi.fn((event: string, fn: (...args: unknown[]) => void) => {
      appListeners.set(event, fn)
      return app
    }),
  }
  setupSecurity({ session, app: app as never, openExternal })
  return { session, appListeners, openExternal }
}

describe('setupSecurity', () => {
  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies a %s permission request',
    (permission) => {
      const { session } = secured()
      const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0]
      const callback = vi.fn()
      handler({} as WebContents, permission, callback, {})
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
    },
  )

  it('answers every permission check with no', () => {
    const { session } = secured()
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0]
    expect(check(null, 'media', 'file://', {})).toBe(false)
    expect(check(null, 'notifications', 'https://github.com', {})).toBe(false)
  })

  it('guards every WebContents the app creates', () => {
    const { appListeners, openExternal } = secured()
    const web = fakeWebContents()
    appListeners.get('web-contents-created')?.({}, web.asWebContents)
    expect(web.emit('will-navigate', 'https://evil.example/')).toBe(true)
    expect(web.openWindow('https://github.com/x')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('https://github.com/x')
  })

  it('swallows a failed hand-off to the system browser', async () => {
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      // A plain function: a vi.fn would itself observe the promise it returns and hide the rejection.
      const opened: string[] = []
      const { appListeners } = secured((url: string) => {
        opened.push(url)
        return Promise.reject(new Error('no browser'))
      })
      const web = fakeWebContents()
      appListeners.get('web-contents-created')?.({}, web.asWebContents)
      web.openWindow('https://github.com/x')
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(opened).toEqual(['https://github.com/x'])
      expect(unhandled).not.toHaveBeenCalled()
    } finally {
      process.off('unhandledRejection', unhandled)
    }
  })
})
