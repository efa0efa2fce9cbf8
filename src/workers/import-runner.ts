import { parseExport, type ImportOptions, type ImportParse } from '@/domain/import/pipeline'
import { inspectExport, type ExportInspection, type InspectOptions } from '@/domain/import/inspect'
import { deserializeError, joinRows, type RowsPart, type WorkerRequest, type WorkerResponse } from './import-protocol'
import { createWorkerLink } from './worker-link'

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

/**
 * The file as the worker reads it: a Blob, made once per file (the screen inspects, then parses,
 * the same bytes), so the worker reads slices of it and never holds a copy of the whole file.
 */
const blobs = new WeakMap<Uint8Array, Blob>()
function blobOf(bytes: Uint8Array): Blob {
  let blob = blobs.get(bytes)
  if (!blob) blobs.set(bytes, (blob = new Blob([bytes as BlobPart])))
  return blob
}

export function createImportRunner(options: ImportRunnerOptions = {}): ImportRunner {
  const link = createWorkerLink<Omit<WorkerRequest, 'id'>>(options.createWorker ?? defaultWorker)
  let usesWorker = false

  /** Sends one request; a worker that fails to load is given up and the request runs here. */
  function viaWorker<T>(
    request: Omit<WorkerRequest, 'id'>,
    pick: (response: WorkerResponse) => T | undefined,
    fallback: () => Promise<T>,
    run: RunOptions,
  ): Promise<T> {
    const w = link.current()
    usesWorker = w !== null
    if (!w) return fallback()
    const parts: RowsPart[] = []
    return link.send<T, WorkerResponse>(w, request, {
      onUpdate: (m) => {
        if (m.kind === 'progress') run.onProgress?.(m.done, m.total)
        else if (m.kind === 'rows') parts.push(m.part)
        return m.kind === 'progress' || m.kind === 'rows'
      },
      answer: (m) => {
        if (m.kind === 'failed') throw deserializeError(m.error)
        const value = pick(m.kind === 'parsed' ? { ...m, parse: joinRows(m.parse, parts) } : m)
        if (value === undefined) throw new Error(`Unexpected reply from the import worker: ${m.kind}`)
        return value
      },
      instead: () => {
        usesWorker = false
        return fallback()
      },
      stopped: 'The import worker stopped unexpectedly',
      signal: run.signal,
      cancelled: () => new ParseCancelled(),
    })
  }

  return {
    get usesWorker() {
      return usesWorker
    },
    inspect(input, inspectOptions, run = {}) {
      return viaWorker(
        { kind: 'inspect', fileName: input.fileName, file: blobOf(input.bytes), options: inspectOptions },
        (m) => (m.kind === 'inspected' ? m.inspection : undefined),
        () => onMainThread((onProgress) => inspectExport(input, { ...inspectOptions, onProgress }), run),
        run,
      )
    },
    parse(input, parseOptions, run = {}) {
      return viaWorker(
        { kind: 'parse', fileName: input.fileName, file: blobOf(input.bytes), options: parseOptions },
        (m) => (m.kind === 'parsed' ? m.parse : undefined),
        () => onMainThread((onProgress) => parseExport(input, { ...parseOptions, onProgress }), run),
        run,
      )
    },
    dispose: link.stop,
  }
}
