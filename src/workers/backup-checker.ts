import type { ParsedBackup } from '@/domain/export/backup'
import { checkBackupBytes, type BackupCheckRequest, type BackupCheckResponse } from './backup-check'

/** Checks backup files in a Web Worker, or on the main thread where no worker can be created. */
export type BackupChecker = (bytes: Uint8Array, schemaVersion: number) => Promise<ParsedBackup>

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  return new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' })
}

/**
 * One worker per check, ended when it answers: restores are rare and a parsed 150 MB file should
 * not stay in a worker's memory. A worker that cannot start (no Worker, a CSP or bundling
 * problem) falls back to the same check on the main thread.
 */
export function createBackupChecker(createWorker: () => Worker | null = defaultWorker): BackupChecker {
  let nextId = 1
  return (bytes, schemaVersion) => {
    let worker: Worker | null
    try {
      worker = createWorker()
    } catch {
      worker = null
    }
    if (!worker) return checkBackupBytes(bytes, schemaVersion)
    const w = worker
    const id = nextId++
    return new Promise<ParsedBackup>((resolve) => {
      const done = () => {
        w.removeEventListener('message', onMessage)
        w.removeEventListener('error', onError)
        w.terminate()
      }
      const onMessage = (event: MessageEvent<BackupCheckResponse>) => {
        if (event.data.id !== id) return
        done()
        resolve(event.data.parsed)
      }
      const onError = (event: Event) => {
        event.preventDefault()
        done()
        resolve(checkBackupBytes(bytes, schemaVersion))
      }
      w.addEventListener('message', onMessage)
      w.addEventListener('error', onError)
      w.postMessage({ id, bytes, schemaVersion } satisfies BackupCheckRequest)
    })
  }
}
