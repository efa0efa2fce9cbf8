import { parseExport, type ImportOptions, type ImportParse } from '@/domain/import/pipeline'
import { inspectExport, type ExportInspection, type InspectOptions } from '@/domain/import/inspect'
import { deserializeError, joinRows, type RowsPart, type WorkerRequest, type WorkerResponse } from './import-protocol'

export interface RunOptions {
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
}

export class ParseCancelled extends Error {
  override readonly name = 'ParseCancelled'
  constructor() {
    super('Reading cancelled')
  }
}

/** Reads exports in a Web Worker, or on the main thread where no worker can be created. */
export interface ImportRunner {
  inspect(
    input: { fileName: string; bytes: Uint8Array },
    options: Omit<InspectOptions, 'onProgress'>,
    run?: RunOptions,
  ): Promise<ExportInspection>
  parse(
    input: { fileName: string; bytes: Uint8Array },
    options: Omit<ImportOptions, 'onProgress'>,
    run?: RunOptions,
  ): Promise<ImportParse>
  /** Whether the last request ran in a worker (false: main-thread fallback). */
  readonly usesWorker: boolean
  dispose(): void
}

export interface ImportRunnerOptions {
  /** Creates the worker; return null (or throw) to run on the main thread. Injectable for tests. */
  createWorker?: () => Worker | null
}

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
}

/** The same work on the main thread; cancelling is checked whenever the pipeline reports progress. */
function onMainThread<T>(
  work: (onProgress: (done: number, total: number) => void) => Promise<T>,
  run: RunOptions,
): Promise<T> {
  if (run.signal?.aborted) return Promise.reject(new ParseCancelled())
  return work((done, total) => {
    if (run.signal?.aborted) throw new ParseCancelled()
    run.onProgress?.(done, total)
  })
}

export function createImportRunner(options: ImportRunnerOptions = {}): ImportRunner {
  const create = options.createWorker ?? defaultWorker
  let worker: Worker | null = null
  let isWorkerBroken = false
  let usesWorker = false
  let nextId = 1

  function ensureWorker(): Worker | null {
    if (isWorkerBroken) return null
    if (worker) return worker
    try {
      worker = create()
    } catch {
      worker = null
    }
    if (!worker) isWorkerBroken = true
    return worker
  }

  function stopWorker() {
    worker?.terminate()
    worker = null
  }

  /**
   * Sends one request. A worker that fails to load (a CSP or bundling problem shows up as an
   * `error` event, not as a reply) is given up for good and the request runs on the main thread.
   */
  function viaWorker<T>(
    request: Omit<WorkerRequest, 'id'>,
    pick: (response: WorkerResponse) => T | undefined,
    fallback: () => Promise<T>,
    run: RunOptions,
  ): Promise<T> {
    const w = ensureWorker()
    if (!w) {
      usesWorker = false
      return fallback()
    }
    usesWorker = true
    const id = nextId++
    return new Promise<T>((resolve, reject) => {
      let hasReply = false
      const parts: RowsPart[] = []
      const cleanup = () => {
        w.removeEventListener('message', onMessage)
        w.removeEventListener('error', onError)
        run.signal?.removeEventListener('abort', onAbort)
      }
      const onMessage = (event: MessageEvent<WorkerResponse>) => {
        const message = event.data
        if (message.id !== id) return
        hasReply = true
        if (message.kind === 'progress') return run.onProgress?.(message.done, message.total)
        if (message.kind === 'rows') return void parts.push(message.part)
        cleanup()
        if (message.kind === 'failed') return reject(deserializeError(message.error))
        const value = pick(message.kind === 'parsed' ? { ...message, parse: joinRows(message.parse, parts) } : message)
        if (value === undefined) reject(new Error(`Unexpected reply from the import worker: ${message.kind}`))
        else resolve(value)
      }
      const onError = (event: Event) => {
        event.preventDefault()
        cleanup()
        stopWorker()
        if (hasReply) return reject(new Error('The import worker stopped unexpectedly'))
        isWorkerBroken = true
        usesWorker = false
        fallback().then(resolve, reject)
      }
      const onAbort = () => {
        cleanup()
        stopWorker()
        reject(new ParseCancelled())
      }
      if (run.signal?.aborted) return onAbort()
      w.addEventListener('message', onMessage)
      w.addEventListener('error', onError)
      run.signal?.addEventListener('abort', onAbort)
      // A copy goes to the worker: the screen keeps its bytes for hashing and re-reading.
      w.postMessage({ ...request, id } as WorkerRequest)
    })
  }

  return {
    get usesWorker() {
      return usesWorker
    },
    inspect(input, inspectOptions, run = {}) {
      return viaWorker(
        { kind: 'inspect', fileName: input.fileName, bytes: input.bytes, options: inspectOptions },
        (m) => (m.kind === 'inspected' ? m.inspection : undefined),
        () => onMainThread((onProgress) => inspectExport(input, { ...inspectOptions, onProgress }), run),
        run,
      )
    },
    parse(input, parseOptions, run = {}) {
      return viaWorker(
        { kind: 'parse', fileName: input.fileName, bytes: input.bytes, options: parseOptions },
        (m) => (m.kind === 'parsed' ? m.parse : undefined),
        () => onMainThread((onProgress) => parseExport(input, { ...parseOptions, onProgress }), run),
        run,
      )
    },
    dispose: stopWorker,
  }
}
