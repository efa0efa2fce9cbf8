import { errorData, type RestoreRequest, type RestoreResponse } from './restore-protocol'
import { createRestoreSession } from './restore-session'

/**
 * Checks and writes a backup off the main thread: parsing, checking every row and the checksum
 * of a file of up to 200 MB, and the one transaction that writes it, would each hold the page
 * for seconds. The worker opens the same database (IndexedDB is shared with workers).
 */
// Typed by hand: the web-worker lib would clash with the DOM lib this project compiles against.
const scope = self as unknown as {
  postMessage(message: RestoreResponse): void
  addEventListener(type: 'message', listener: (event: MessageEvent<RestoreRequest>) => void): void
}

const session = createRestoreSession()

scope.addEventListener('message', (event: MessageEvent<RestoreRequest>) => {
  const request = event.data
  const { id } = request
  const onProgress = (stage: 'checking' | 'writing', done: number, total: number) =>
    scope.postMessage({ id, kind: 'progress', stage, done, total })
  const work =
    request.kind === 'check'
      ? session.check(request.bytes, onProgress).then((check) => scope.postMessage({ id, kind: 'checked', check }))
      : session.restore(request.mode, onProgress).then((counts) => scope.postMessage({ id, kind: 'restored', counts }))
  work.catch((e: unknown) => scope.postMessage({ id, kind: 'failed', error: errorData(e) }))
})
