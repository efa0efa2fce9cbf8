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
}
