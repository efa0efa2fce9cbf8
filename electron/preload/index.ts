import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, isMenuCommand, type MenuCommand } from '../../src/shared/ipc-channels'
import type { DesktopApi } from '../../src/shared/ipc-contract'

// Named methods only: the renderer never sees ipcRenderer itself.
const desktop = {
  kind: 'electron',
  openFile: (request) => ipcRenderer.invoke(CHANNELS.openFile, request),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  printToPdf: (request) => ipcRenderer.invoke(CHANNELS.printToPdf, request),
  appVersion: () => ipcRenderer.invoke(CHANNELS.appVersion),
  setFullScreen: (fullScreen) => ipcRenderer.invoke(CHANNELS.setFullScreen, { fullScreen }),
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    const wrapped = (_event: unknown, raw: unknown) => {
      if (isMenuCommand(raw)) listener(raw)
    }
    ipcRenderer.on(CHANNELS.menuCommand, wrapped)
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, wrapped)
    }
  },
  chooseTeamFolder: () => ipcRenderer.invoke(CHANNELS.chooseTeamFolder),
  readTeamFolder: () => ipcRenderer.invoke(CHANNELS.readTeamFolder),
  onTeamFolderChanged: (listener: () => void) => {
    // Only the signal crosses: the renderer reads the folder again through readTeamFolder.
    const wrapped = () => listener()
    ipcRenderer.on(CHANNELS.teamFolderChanged, wrapped)
    return () => {
      ipcRenderer.removeListener(CHANNELS.teamFolderChanged, wrapped)
    }
  },
  choosePublishFolder: () => ipcRenderer.invoke(CHANNELS.choosePublishFolder),
  publishFolder: () => ipcRenderer.invoke(CHANNELS.publishFolder),
  writeTeamFile: (request) => ipcRenderer.invoke(CHANNELS.writeTeamFile, request),
} satisfies DesktopApi

contextBridge.exposeInMainWorld('desktop', desktop)
