import type { RestoreMode } from '@/db/backup-repo'
import type { BackupCounts } from '@/domain/export/backup'
import { backupSizeProblem } from '@/domain/export/restore-limits'
import { errorOf, type RestoreResponse } from './restore-protocol'
import { createRestoreSession, type RestoreCheck, type RestoreProgressListener } from './restore-session'
import { createWorkerLink } from './worker-link'

/**
 * Checks and restores backups in a Web Worker, or on the main thread where no worker can be made
 * (unit tests in happy-dom, a worker the CSP or bundling blocked). A file is restored where it
 * was checked: the worker keeps what it read until `restore` or `forget`.
 */
export interface RestoreRunner {
  check(bytes: Uint8Array, onProgress?: RestoreProgressListener): Promise<RestoreCheck>
  restore(mode: RestoreMode, onProgress?: RestoreProgressListener): Promise<BackupCounts>
  /** Drops the checked file (and the worker holding it). */
  forget(): void
  /** Whether the last request ran in a worker (false: main-thread fallback). */
  readonly usesWorker: boolean
}

export interface RestoreRunnerOptions {
  /** Creates the worker; return null (or throw) to run on the main thread. Injectable for tests. */
  createWorker?: () => Worker | null
}

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  return new Worker(new URL('./restore-worker.ts', import.meta.url), { type: 'module' })
}

type Request = { kind: 'check'; bytes: Uint8Array } | { kind: 'restore'; mode: RestoreMode }

/** Files from this size are handed to the worker, not copied: copying 280 MB held the page 0.8 s. */
const TRANSFER_FROM_BYTES = 8 * 1024 * 1024

/**
 * What postMessage hands over instead of copying: a large file's bytes (the store does not keep
 * them). A small file is copied, so it can still be checked here should the worker fail to load.
 */
function transferable(request: Request): Transferable[] {
  if (request.kind !== 'check') return []
  const { bytes } = request
  const isWhole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
  return isWhole && bytes.byteLength >= TRANSFER_FROM_BYTES && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : []
}

export function createRestoreRunner(options: RestoreRunnerOptions = {}): RestoreRunner {
  const link = createWorkerLink<Request>(options.createWorker ?? defaultWorker)
  const mainThread = createRestoreSession()
  let usesWorker = false

  function forget(): void {
    link.stop()
    mainThread.forget()
  }

  function onMainThread(request: Request, onProgress?: RestoreProgressListener): Promise<RestoreCheck | BackupCounts> {
    usesWorker = false
    return request.kind === 'check'
      ? mainThread.check(request.bytes, onProgress)
      : mainThread.restore(request.mode, onProgress)
  }

  /** Sends one request to `w`; a worker that fails to load is given up and a check runs here. */
  function send(
    w: Worker,
    request: Request,
    onProgress?: RestoreProgressListener,
  ): Promise<RestoreCheck | BackupCounts> {
    usesWorker = true
    return link.send<RestoreCheck | BackupCounts, RestoreResponse>(w, request, {
      onUpdate: (m) => m.kind === 'progress' && (onProgress?.(m.stage, m.done, m.total), true),
      answer: (m) => {
        if (m.kind === 'failed') throw errorOf(m.error)
        if (m.kind === 'progress') throw new Error('Unexpected progress from the restore worker')
        return m.kind === 'checked' ? m.check : m.counts
      },
      // The bytes went to the worker (transferred): they cannot be checked here instead.
      instead: () =>
        request.kind === 'check' && request.bytes.byteLength > 0 ? onMainThread(request, onProgress) : null,
      stopped: 'The restore stopped unexpectedly',
      transfer: transferable(request),
    })
  }

  return {
    get usesWorker() {
      return usesWorker
    },
    async check(bytes, onProgress) {
      forget()
      // Refused before a byte is handed over: sending 280 MB to be refused is work for nothing.
      const tooLarge = backupSizeProblem(bytes.byteLength)
      if (tooLarge) return { ok: false, error: tooLarge }
      const worker = link.current()
      const request = { kind: 'check', bytes } as const
      const result = (await (worker
        ? send(worker, request, onProgress)
        : onMainThread(request, onProgress))) as RestoreCheck
      if (!result.ok) forget()
      return result
    },
    async restore(mode, onProgress) {
      const request = { kind: 'restore', mode } as const
      const worker = link.running()
      try {
        return (await (worker ? send(worker, request, onProgress) : onMainThread(request, onProgress))) as BackupCounts
      } finally {
        forget()
      }
    },
    forget,
  }
}
