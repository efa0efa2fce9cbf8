// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')
const require = createRequire(join(root, 'package.json'))
const configPath = join(root, 'electron-builder.config.cjs')

interface BuilderConfig {
  appId: string
  productName: string
  files: string[]
  asar: boolean
  directories: { buildResources: string }
  electronFuses: Record<string, boolean>
  linux: { target: string[]; icon: string }
  mac: { target: string[]; icon: string }
  win: { target: string[]; icon: string }
}
const config = require(configPath) as BuilderConfig

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path)
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('electron-builder config', () => {
  it('names the app', () => {
    expect(config.appId).toBe('com.handoffhuddle.app')
    expect(config.productName).toBe('Handoff Huddle')
  })

  it('builds AppImage and deb on Linux, dmg on macOS, nsis on Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.win.target).toEqual(['nsis'])
  })

  it('packs only the build output into an asar', () => {
    expect(config.asar).toBe(true)
    expect(config.files).toContain('out/**/*')
    expect(config.files.filter((f) => !f.startsWith('!'))).toEqual(['out/**/*', 'package.json'])
  })

  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableCookieEncryption', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets the %s fuse to %s', (fuse, value) => {
    expect(config.electronFuses[fuse]).toBe(value)
  })

  it('points every platform at an icon that exists', () => {
    expect(existsSync(join(root, config.directories.buildResources))).toBe(true)
    expect(pngSize(join(root, config.mac.icon))).toEqual({ width: 512, height: 512 })
    expect(pngSize(join(root, config.linux.icon, '512x512.png'))).toEqual({ width: 512, height: 512 })
    expect(pngSize(join(root, config.linux.icon, '256x256.png'))).toEqual({ width: 256, height: 256 })
    const ico = readFileSync(join(root, config.win.icon))
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]) // reserved, type icon
    expect(ico[6]).toBe(0) // first image 256 px wide (0 means 256)
  })

  it("passes electron-builder's own schema validation", async () => {
    // app-builder-lib is electron-builder's engine; resolve it from there so hoisting does not matter.
    const enginePath = require.resolve('app-builder-lib/out/util/config/config.js', {
      paths: [require.resolve('electron-builder')],
    })
    const { validateConfiguration } = require(enginePath) as {
      validateConfiguration: (config: unknown, debug: { isEnabled: boolean; add: () => void }) => Promise<void>
    }
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined()
  })

  it('has package.json scripts that build before packaging', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    expect(pkg.scripts.dist).toBe('electron-vite build && electron-builder --config electron-builder.config.cjs')
    expect(pkg.scripts['dist:linux']).toMatch(/^electron-vite build && electron-builder .*--linux$/)
  })
})
