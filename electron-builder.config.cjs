// electron-builder configuration: `npm run dist` (all targets of this OS) or `npm run dist:linux`.
// Packages the electron-vite build in out/ into an asar and flips Electron's fuses so the shipped
// binary cannot be turned into a plain Node runtime or debugger.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'com.handoffhuddle.app',
  productName: 'Handoff Huddle',
  copyright: 'Copyright © Handoff Huddle',
  directories: { output: 'dist', buildResources: 'resources' },
  // The build output and the manifest only: no sources, tests, configs or maps in the package.
  // Production dependencies (zod is required by out/main at run time) are added by
  // electron-builder itself. out/cli is the `report` command for the command line (npm run cli),
  // not part of the app.
  files: ['out/**/*', '!out/**/*.map', '!out/cli/**', 'package.json'],
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The renderer is served from app:// (electron/main/app-protocol.ts): file:// needs no privileges.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'resources/icons',
    category: 'Office',
    synopsis: 'Weekly SDR to AE handoff huddle',
    maintainer: 'Handoff Huddle <support@handoffhuddle.invalid>',
  },
  deb: { packageCategory: 'office' },
  mac: {
    target: ['dmg'],
    icon: 'resources/icon.png',
    category: 'public.app-category.business',
    hardenedRuntime: true,
  },
  win: {
    target: ['nsis'],
    icon: 'resources/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
}
