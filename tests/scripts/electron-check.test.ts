import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { canInstallElectron, findElectronBinary, missingElectronMessage } from '../../scripts/start/electron-check.mjs'

const DIR = '/app/node_modules/electron'

/** A file system holding exactly these files (path → contents). */
function files(present: Record<string, string>) {
  return {
    exists: (path: string) => path in present,
    read: (path: string) => present[path] ?? '',
    env: {},
  }
}

describe('findElectronBinary', () => {
  it('finds the binary the installer recorded in path.txt', () => {
    const fs = files({ [join(DIR, 'path.txt')]: 'electron', [join(DIR, 'dist', 'electron')]: '' })
    expect(findElectronBinary(DIR, fs)).toEqual({ binary: join(DIR, 'dist', 'electron'), isPresent: true })
  })

  it('reports it missing when npm install never fetched it (no path.txt)', () => {
    expect(findElectronBinary(DIR, files({}))).toEqual({ binary: null, isPresent: false })
  })

  it('reports it missing when path.txt names a binary that is not there', () => {
    const fs = files({ [join(DIR, 'path.txt')]: 'electron' })
    expect(findElectronBinary(DIR, fs).isPresent).toBe(false)
  })

  it('uses ELECTRON_OVERRIDE_DIST_PATH as Electron itself does', () => {
    const fs = { ...files({ ['/opt/electron/electron']: '' }), env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' } }
    expect(findElectronBinary(DIR, fs)).toEqual({ binary: '/opt/electron/electron', isPresent: true })
  })
})

describe('canInstallElectron', () => {
  it("follows the Node versions Electron's installer supports", () => {
    expect(canInstallElectron('20.20.2')).toBe(false)
    expect(canInstallElectron('22.11.0')).toBe(false)
    expect(canInstallElectron('22.12.0')).toBe(true)
    expect(canInstallElectron('24.1.0')).toBe(true)
  })
})

describe('missingElectronMessage', () => {
  it('says in one sentence what happened on an old Node and to use npm run web', () => {
    const text = missingElectronMessage({ nodeVersion: '20.20.2' })
    expect(text).toBe(
      "Handoff Huddle cannot start as a desktop app: Electron's program is not installed and its installer needs Node 22.12 or later (this is Node 20.20.2); run `npm run web` to use the same app in your browser instead.",
    )
    expect(text.match(/[.!?](\s|$)/g)).toHaveLength(1)
  })

  it('says the download failed when it did', () => {
    expect(missingElectronMessage({ downloadFailed: true })).toContain('could not be downloaded')
    expect(missingElectronMessage({ downloadFailed: true })).toContain('npm run web')
  })
})
