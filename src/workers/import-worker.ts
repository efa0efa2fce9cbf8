import { parseCsvChunks, parseExport } from '@/domain/import/pipeline'
import type { ChunkSource } from '@/domain/import/decode'
import { inspectChunks, inspectExport } from '@/domain/import/inspect'
import { isXlsxInput } from '@/domain/import/open-export'
import { serializeError, splitRows, type WorkerRequest, type WorkerResponse } from './import-protocol'

/**
 * Reads and parses exports off the main thread so the screen stays responsive on 100,000 rows.
 * A text export is read from its Blob a slice at a time and decoded as it is tokenised, as the
 * CLI reads a file: neither its bytes nor its whole text are held. A workbook is read whole (a
 * zip is read from its end). One request at a time; the screen cancels by terminating the worker.
 */
// Typed by hand: the web-worker lib would clash with the DOM lib this project compiles against.
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void
  FileReaderSync: new () => { readAsArrayBuffer(blob: Blob): ArrayBuffer }
}

/** Bytes read at a time: a 200 MB file is a few dozen reads. */
const SLICE_BYTES = 8 * 1024 * 1024

const bytesOf = (blob: Blob): Uint8Array => new Uint8Array(new scope.FileReaderSync().readAsArrayBuffer(blob))

/** A Blob as the decoder reads a file: from its start, a slice at a time, each time asked. */
function blobChunks(file: Blob): ChunkSource {
  return {
    size: file.size,
    *chunks() {
      for (let at = 0; at < file.size; at += SLICE_BYTES) yield bytesOf(file.slice(at, at + SLICE_BYTES))
    },
  }
}

const post = (message: WorkerResponse) => scope.postMessage(message)

async function answer(request: WorkerRequest): Promise<void> {
  const { id, fileName, file } = request
  const onProgress = (done: number, total: number) => post({ id, kind: 'progress', done, total })
  const isWorkbook = isXlsxInput({ fileName, bytes: bytesOf(file.slice(0, 4)) })
  if (request.kind === 'inspect') {
    const options = { ...request.options, onProgress }
    const inspection = isWorkbook
      ? await inspectExport({ fileName, bytes: bytesOf(file) }, options)
      : inspectChunks({ fileName, source: blobChunks(file) }, options)
    return post({ id, kind: 'inspected', inspection })
  }
  const options = { ...request.options, onProgress }
  const parse = isWorkbook
    ? await parseExport({ fileName, bytes: bytesOf(file) }, options)
    : parseCsvChunks({ fileName, source: blobChunks(file) }, options)
  // In slices: the page reads each message in one task (import-protocol.ts, splitRows).
  const { parts, rest } = splitRows(parse)
  for (const part of parts) post({ id, kind: 'rows', part })
  post({ id, kind: 'parsed', parse: rest })
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  answer(request).catch((e: unknown) => post({ id: request.id, kind: 'failed', error: serializeError(e) }))
})
