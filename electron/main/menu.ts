import type { Menu, MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../src/shared/ipc-contract'

/**
 * The application menu: standard roles plus the app's own commands, sent to the renderer. Reload
 * and the developer tools are there only in development builds (`isDevelopment`): in the packaged
 * app a reload mid-huddle loses nothing but helps no one, and developer tools are switched off.
 */
export function menuTemplate(
  send: (command: MenuCommand) => void,
  isMac: boolean,
  isDevelopment = false,
): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => send('import') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Presentation mode', accelerator: 'CmdOrCtrl+Shift+P', click: () => send('presentation') },
        { role: 'togglefullscreen' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        ...(isDevelopment
          ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]
          : []),
      ],
    },
    { role: 'windowMenu' },
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: 'About Handoff Huddle', click: () => send('about') }],
    },
  ]
}

/** Installs the application menu, its commands sent to the renderer by `send`. */
export function setupMenu(
  menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>,
  send: (command: MenuCommand) => void,
  isMac: boolean,
  isDevelopment: boolean,
): void {
  menu.setApplicationMenu(menu.buildFromTemplate(menuTemplate(send, isMac, isDevelopment)))
}
