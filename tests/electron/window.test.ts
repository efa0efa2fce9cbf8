// @vitest-environment node
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { guardWebContents, secureWebPreferences, windowOptions } from '../../electron/main/window'
import { isAllowedExternalUrl } from '../../electron/main/external-links'
import { fakeWebContents } from './fakes'

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and denies Node to every page', () => {
    expect(secureWebPreferences('/app/out/preload/index.js')).toEqual({
      preload: '/app/out/preload/index.js',
      devTools: false,
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
    })
  })
})

describe('windowOptions', () => {
  it('switches developer tools off unless a development build asks for them', () => {
    const state = { x: 0, y: 0, width: 1200, height: 800, isMaximized: false }
    expect(windowOptions(state, '/app/out/main').webPreferences?.devTools).toBe(false)
    expect(windowOptions(state, '/app/out/main', true).webPreferences?.devTools).toBe(true)
    expect(windowOptions(state, '/app/out/main', true).webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
    })
  })

  it('creates a hidden window with the secure preferences and the bundled preload', () => {
    const options = windowOptions({ x: 10, y: 20, width: 1200, height: 800, isMaximized: false }, '/app/out/main')
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false, title: 'Handoff Huddle' })
    expect(options.webPreferences).toEqual(secureWebPreferences(join('/app/out/main', '../preload/index.js')))
    expect(options.webPreferences?.preload).toBe(join('/app/out/preload/index.js'))
  })
})

function guarded() {
  const web = fakeWebContents()
  const openExternal = vi.fn()
  guardWebContents(web.asWebContents, openExternal)
  return { ...web, openExternal }
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (event) => {
    const g = guarded()
    expect(g.emit(event, 'https://github.com/')).toBe(true)
    expect(g.openExternal).not.toHaveBeenCalled()
  })

  it('denies a new window and opens an allow-listed https link in the system browser', () => {
    const g = guarded()
    expect(g.openWindow('https://github.com/handoff-huddle/app')).toEqual({ action: 'deny' })
    expect(g.openExternal).toHaveBeenCalledWith('https://github.com/handoff-huddle/app')
  })

  it.each([
    'http://github.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'https://user:secret@github.com/',
    'https://user@github.com/',
    'https://github.com.evil.example/',
    'https://evil.example/?next=https://github.com/',
    'https://evil.example/#github.com',
    'https://gist.github.com/',
    'ftp://github.com/',
    '//github.com/',
    'not a url',
  ])('denies a new window for %s and opens nothing', (url) => {
    const g = guarded()
    expect(g.openWindow(url)).toEqual({ action: 'deny' })
    expect(g.openExternal).not.toHaveBeenCalled()
  })
})

describe('isAllowedExternalUrl', () => {
  it.each([undefined, null, 42, { href: 'https://github.com/' }, ['https://github.com/']])(
    'refuses the non-string %j',
    (raw) => {
      expect(isAllowedExternalUrl(raw)).toBe(false)
    },
  )

  it('accepts https links to the allow-listed hosts only', () => {
    expect(isAllowedExternalUrl('https://github.com/a/b')).toBe(true)
    expect(isAllowedExternalUrl('https://www.github.com/a/b')).toBe(true)
    expect(isAllowedExternalUrl('https://example.com/')).toBe(false)
  })
})
