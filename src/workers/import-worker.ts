import { parseExport } from '@/domain/import/pipeline'
import { inspectExport } from '@/domain/import/inspect'
import { serializeError, splitRows, type WorkerRequest, type WorkerResponse } from './import-protocol'

/**
 * Reads and parses exports off the main thread so the screen stays responsive on 100,000 rows.
 * One request at a time; the screen cancels by terminating the worker.
 */
// Typed by hand: the web-worker lib would clash with the DOM lib this project compiles against.
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void
}

const post = (message: WorkerResponse) => scope.postMessage(message)

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  const onProgress = (done: number, total: number) => post({ id: request.id, kind: 'progress', done, total })
  const input = { fileName: request.fileName, bytes: request.bytes }
  const work =
    request.kind === 'inspect'
      ? inspectExport(input, { ...request.options, onProgress }).then((inspection) =>
          post({ id: request.id, kind: 'inspected', inspection }),
        )
      : parseExport(input, { ...request.options, onProgress }).then((parse) => {
          // In slices: the page reads each message in one task (import-protocol.ts, splitRows).
          const { parts, rest } = splitRows(parse)
          for (const part of parts) post({ id: request.id, kind: 'rows', part })
          post({ id: request.id, kind: 'parsed', parse: rest })
        })
  work.catch((e: unknown) => post({ id: request.id, kind: 'failed', error: serializeError(e) }))
})
