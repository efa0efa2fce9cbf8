// `npm start`: checks for Electron's binary, fetches it once when it can, then runs the desktop
// app through electron-vite. When Electron cannot run here it says so in one sentence and points
// to `npm run web` (the same app in a browser) instead of electron-vite's "Electron uninstall".
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { canInstallElectron, findElectronBinary, missingElectronMessage } from './electron-check.mjs'

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))

if (!findElectronBinary(electronDir).isPresent) {
  if (!canInstallElectron()) {
    console.error(missingElectronMessage())
    process.exit(1)
  }
  console.log("Downloading Electron's program once (about 100 MB)…")
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 })
  if (install.status !== 0 || !findElectronBinary(electronDir).isPresent) {
    console.error(missingElectronMessage({ downloadFailed: true }))
    process.exit(1)
  }
}

const bin = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
const child = spawn(process.execPath, [bin, 'dev', ...process.argv.slice(2)], { stdio: 'inherit' })
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
