import type { RestoreMode } from '@/db/backup-repo'
import type { BackupCounts } from '@/domain/export/backup'
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
        if (hasReply || request.kind === 'restore') return reject(new Error('The restore stopped unexpectedly'))
        isWorkerBroken = true
        onMainThread(request, onProgress).then(resolve, reject)
      }
      w.addEventListener('message', onMessage)
      w.addEventListener('error', onError)
      // A copy goes to the worker: the bytes stay usable should the worker fail to load.
      w.postMessage({ ...request, id } satisfies RestoreRequest)
    })
  }

  return {
    get usesWorker() {
      return usesWorker
    },
    async check(bytes, onProgress) {
      forget()
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
