import { shallowRef, type ShallowRef } from 'vue'
import { desktop } from '@/platform/desktop'

export interface FileExport {
  /** What went wrong with the last export, in words; null after a good one. */
  error: ShallowRef<string | null>
  /** Makes the file's bytes and saves them through the desktop's save dialog (a download in a browser). */
  save(
    suggestedName: string,
    filter: { name: string; extensions: string[] },
    bytes: () => Uint8Array<ArrayBuffer> | Promise<Uint8Array<ArrayBuffer>>,
  ): Promise<void>
}

/** Saving a Trends export (CSV or PNG) through the one save-file path, with an error to show. */
export function useFileExport(what: string): FileExport {
  const error = shallowRef<string | null>(null)
  async function save(
    suggestedName: string,
    filter: { name: string; extensions: string[] },
    bytes: () => Uint8Array<ArrayBuffer> | Promise<Uint8Array<ArrayBuffer>>,
  ): Promise<void> {
    error.value = null
    try {
      await desktop().saveFile({ suggestedName, bytes: await bytes(), filters: [filter] })
    } catch (e) {
      error.value = `Could not export ${what}: ${(e as Error).message}`
    }
  }
  return { error, save }
}
