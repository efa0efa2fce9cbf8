// No imports here: the sandboxed preload can load nothing but `electron`, so what it needs at run
// time must be plain data.
export const CHANNELS = {
  openFile: 'file:open',
  saveFile: 'file:save',
  printToPdf: 'view:print-pdf',
  appVersion: 'app:version',
  setFullScreen: 'window:set-full-screen',
  menuCommand: 'menu:command',
  chooseTeamFolder: 'teams:choose-folder',
  readTeamFolder: 'teams:read-folder',
  teamFolderChanged: 'teams:folder-changed',
  choosePublishFolder: 'teams:choose-publish-folder',
  publishFolder: 'teams:publish-folder',
  writeTeamFile: 'teams:write-file',
} as const

export const MENU_COMMANDS = ['import', 'export', 'presentation', 'about'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export function isMenuCommand(raw: unknown): raw is MenuCommand {
  return typeof raw === 'string' && (MENU_COMMANDS as readonly string[]).includes(raw)
}
