// What `npm start` checks before it runs electron-vite: Electron's binary, which the `electron`
// package does not install with `npm install` (it is fetched on first launch). Without it
// electron-vite ends in "Error: Electron uninstall", which tells a new user nothing.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Node versions Electron's installer supports (the `electron` package's own `engines`). */
export const ELECTRON_INSTALL_NODE = [22, 12]

/**
 * Where Electron's binary should be, and whether it is there. `electronDir` is the `electron`
 * package's folder; `fs` and `env` are passed in so a test needs no real install.
 */
export function findElectronBinary(electronDir, { exists = existsSync, read = readFileSync, env = process.env } = {}) {
  const pathFile = join(electronDir, 'path.txt')
  const relative = exists(pathFile) ? String(read(pathFile, 'utf8')).trim() : ''
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    return { binary, isPresent: exists(binary) }
  }
  if (relative === '') return { binary: null, isPresent: false }
  const binary = join(electronDir, 'dist', relative)
  return { binary, isPresent: exists(binary) }
}

/** Whether this Node can run Electron's installer (older ones print EBADENGINE and may fail). */
export function canInstallElectron(nodeVersion = process.versions.node) {
  const [major = 0, minor = 0] = nodeVersion.split('.').map(Number)
  const [needMajor, needMinor] = ELECTRON_INSTALL_NODE
  return major > needMajor || (major === needMajor && minor >= needMinor)
}

/** The one sentence `npm start` prints when Electron cannot run here, naming what to do. */
export function missingElectronMessage({ nodeVersion = process.versions.node, downloadFailed = false } = {}) {
  const why = downloadFailed
    ? "Electron's program is not installed and could not be downloaded (this computer may be offline)"
    : `Electron's program is not installed and its installer needs Node ${ELECTRON_INSTALL_NODE.join('.')} or later (this is Node ${nodeVersion})`
  return `Handoff Huddle cannot start as a desktop app: ${why}; run \`npm run web\` to use the same app in your browser instead.`
}
