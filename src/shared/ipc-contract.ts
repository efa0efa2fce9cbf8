import { z } from 'zod'

import type { MenuCommand } from './ipc-channels'

export { CHANNELS, type MenuCommand } from './ipc-channels'

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[A-Za-z0-9*]{1,10}$/))
    .min(1)
    .max(20),
})

export const openFileRequest = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(fileFilter).max(10).default([]),
})
export type OpenFileRequest = z.input<typeof openFileRequest>

/** 200 MB: far above any CRM export, low enough that a bad call cannot exhaust memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024

export interface OpenedFile {
  name: string
  bytes: Uint8Array
}

const safeFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((n) => !/[/\\]/.test(n) && n !== '.' && n !== '..', 'must be a file name, not a path')

export const saveFileRequest = z.object({
  suggestedName: safeFileName,
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too large'),
  filters: z.array(fileFilter).max(10).default([]),
})
export type SaveFileRequest = z.input<typeof saveFileRequest>

export const printToPdfRequest = z.object({
  suggestedName: safeFileName,
  landscape: z.boolean().default(false),
})
export type PrintToPdfRequest = z.input<typeof printToPdfRequest>

export const setFullScreenRequest = z.object({ fullScreen: z.boolean() })

/** Where a save went; null when the user cancelled. */
export const savedResult = z.object({ path: z.string() }).nullable()
export type SavedResult = z.infer<typeof savedResult>

/** The ending every team file's name has (domain/teams/team-file.ts); nothing else is read or written. */
export const TEAM_FILE_ENDING = '.huddle-team.json'

/** A team file as a folder holds it: its name and its text, read whole. */
export interface TeamFolderFile {
  name: string
  text: string
}

/** The leader's folder of team files: its name (as the user knows it) and every team file in it. */
export interface TeamFolder {
  name: string
  files: TeamFolderFile[]
}

/** A chosen folder, by the name the user knows it by. */
export const chosenFolder = z.object({ name: z.string() }).nullable()
export type ChosenFolder = z.infer<typeof chosenFolder>

export const writeTeamFileRequest = z.object({
  fileName: safeFileName.refine((n) => n.endsWith(TEAM_FILE_ENDING), 'must be a team file name'),
  text: z.string().max(MAX_FILE_BYTES),
})
export type WriteTeamFileRequest = z.input<typeof writeTeamFileRequest>

/** What the renderer may ask of the desktop: named methods only, never raw IPC. */
export interface DesktopApi {
  readonly kind: 'electron' | 'browser'
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>
  saveFile(request: SaveFileRequest): Promise<SavedResult>
  printToPdf(request: PrintToPdfRequest): Promise<SavedResult>
  appVersion(): Promise<string>
  setFullScreen(fullScreen: boolean): Promise<void>
  /** Menu commands from the application menu; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Leader: choose the shared folder of team files, watch it, and read it; null when cancelled. */
  chooseTeamFolder(): Promise<TeamFolder | null>
  /** Leader: read the chosen folder again (Refresh, or after a change); null when none is chosen. */
  readTeamFolder(): Promise<TeamFolder | null>
  /** Leader: told when a file in the chosen folder changes (a watched folder); returns an unsubscribe. */
  onTeamFolderChanged(listener: () => void): () => void
  /** Manager: choose the folder the team file is published into; it is remembered. Null when cancelled. */
  choosePublishFolder(): Promise<ChosenFolder>
  /** Manager: the publish folder chosen before, or null. */
  publishFolder(): Promise<ChosenFolder>
  /** Manager: writes the team file into the publish folder, whole or not at all; null when none is chosen. */
  writeTeamFile(request: WriteTeamFileRequest): Promise<SavedResult>
}
