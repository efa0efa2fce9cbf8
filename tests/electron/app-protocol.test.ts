import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appProtocolHandler, resolveAppFile } from '../../electron/main/app-protocol'

const ROOT = '/opt/hh/out/renderer'

function builtRenderer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hh-renderer-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Handoff Huddle</title>')
  writeFileSync(join(dir, 'assets', 'index.js'), 'export {}')
  writeFileSync(join(dir, '..', 'secret.txt'), 'not for the page')
  return dir
}

const read = async (path: string) => new Uint8Array(await readFile(path))

describe('resolveAppFile', () => {
  it('maps the page and its assets to files under the renderer folder', () => {
    expect(resolveAppFile('app://bundle/index.html#/huddle', ROOT)).toBe(`${ROOT}/index.html`)
    expect(resolveAppFile('app://bundle/', ROOT)).toBe(`${ROOT}/index.html`)
    expect(resolveAppFile('app://bundle/assets/index-1a2b.js', ROOT)).toBe(`${ROOT}/assets/index-1a2b.js`)
  })

  it.each([
    ['app://bundle/..%2f..%2fsecret.txt', 'an encoded slash'],
    ['app://bundle/index.html%00.png', 'a NUL byte'],
    ['app://bundle/%E0%A4%A', 'a broken escape'],
    ['app://other/index.html', 'another host'],
    ['file:///etc/passwd', 'another scheme'],
    ['not a url', 'no URL at all'],
  ])('refuses %s (%s)', (url) => {
    expect(resolveAppFile(url, ROOT)).toBeNull()
  })
})

describe('resolveAppFile on paths that try to climb out', () => {
  it.each([
    'app://bundle/%2e%2e/%2e%2e/etc/passwd',
    'app://bundle/../../etc/passwd',
    'app://bundle/%2e%2e%5csecret.txt',
  ])('keeps %s inside the renderer folder', (url) => {
    const file = resolveAppFile(url, ROOT)
    expect(file === null || file.startsWith(`${ROOT}/`)).toBe(true)
  })
})

describe('appProtocolHandler', () => {
  it('serves the bundled page as HTML', async () => {
    const handler = appProtocolHandler(builtRenderer(), read)
    const response = await handler(new Request('app://bundle/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toContain('Handoff Huddle')
  })

  it('serves scripts as JavaScript, so module scripts run', async () => {
    const handler = appProtocolHandler(builtRenderer(), read)
    const response = await handler(new Request('app://bundle/assets/index.js'))
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('answers 404 for a file outside the renderer folder and for a missing file', async () => {
    const handler = appProtocolHandler(builtRenderer(), read)
    expect((await handler(new Request('app://bundle/%2e%2e/secret.txt'))).status).toBe(404)
    expect((await handler(new Request('app://bundle/missing.js'))).status).toBe(404)
  })
})
