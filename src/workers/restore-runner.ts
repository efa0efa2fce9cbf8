import type { RestoreMode } from '@/db/backup-repo'
import type { BackupCounts } from '@/domain/export/backup'
import { backupSizeProblem } from '@/domain/export/restore-limits'
import { errorOf, type RestoreRequest, type RestoreResponse } from './restore-protocol'
import { createRestoreSession, type RestoreCheck, type RestoreProgressListener } from './restore-session'

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
  const create = options.createWorker ?? defaultWorker
  const mainThread = createRestoreSession()
  let worker: Worker | null = null
  let isWorkerBroken = false
  let usesWorker = false
  let nextId = 1

  function startWorker(): Worker | null {
    if (isWorkerBroken) return null
    try {
      worker = create()
    } catch {
      worker = null
    }
    if (!worker) isWorkerBroken = true
    return worker
  }

  function forget(): void {
    worker?.terminate()
    worker = null
    mainThread.forget()
  }

  function onMainThread(request: Request, onProgress?: RestoreProgressListener): Promise<RestoreCheck | BackupCounts> {
    usesWorker = false
    return request.kind === 'check'
      ? mainThread.check(request.bytes, onProgress)
      : mainThread.restore(request.mode, onProgress)
  }

  /**
   * Sends one request to `w`. A worker that fails to load shows up as an `error` event before any
   * reply: it is given up for good and a check runs on the main thread instead.
   */
  function send(
    w: Worker,
    request: Request,
    onProgress?: RestoreProgressListener,
  ): Promise<RestoreCheck | BackupCounts> {
    usesWorker = true
    const id = nextId++
    return new Promise((resolve, reject) => {
      let hasReply = false
      const cleanup = () => {
        w.removeEventListener('message', onMessage)
        w.removeEventListener('error', onError)
      }
      const onMessage = (event: MessageEvent<RestoreResponse>) => {
        const message = event.data
        if (message.id !== id) return
        hasReply = true
        if (message.kind === 'progress') return onProgress?.(message.stage, message.done, message.total)
        cleanup()
        if (message.kind === 'failed') reject(errorOf(message.error))
        else resolve(message.kind === 'checked' ? message.check : message.counts)
      }
      const onError = (event: Event) => {
        event.preventDefault()
        cleanup()
        forget()
        // The bytes went to the worker (transferred): they cannot be checked here instead.
        const isGone = request.kind === 'check' && request.bytes.byteLength === 0
        if (hasReply || isGone || request.kind === 'restore') {
          return reject(new Error('The restore stopped unexpectedly'))
        }
        isWorkerBroken = true
        onMainThread(request, onProgress).then(resolve, reject)
      }
      w.addEventListener('message', onMessage)
      w.addEventListener('error', onError)
      w.postMessage({ ...request, id } satisfies RestoreRequest, transferable(request))
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
      const w = startWorker()
      const request = { kind: 'check', bytes } as const
      const result = (await (w ? send(w, request, onProgress) : onMainThread(request, onProgress))) as RestoreCheck
      if (!result.ok) forget()
      return result
    },
    async restore(mode, onProgress) {
      const request = { kind: 'restore', mode } as const
      try {
        return (await (worker ? send(worker, request, onProgress) : onMainThread(request, onProgress))) as BackupCounts
      } finally {
        forget()
      }
    },
    forget,
  }
}
