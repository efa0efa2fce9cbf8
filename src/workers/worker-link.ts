/**
 * The page's side of a worker that answers requests (the import and restore workers): the worker
 * made on first use, each request numbered and its replies told apart, and a worker that fails to
 * load given up for good. A CSP or bundling problem shows up as an `error` event, not as a reply:
 * before any reply the request may then run on the main thread instead.
 */
export interface Reply<Response, T> {
  /** A message on the way (progress, a slice of rows): true when it was one, and the request waits on. */
  onUpdate?: (message: Response) => boolean
  /** The last message → the request's value; throws for a failure the worker reported. */
  answer: (message: Response) => T
  /** The same request run here when the worker failed to load; null when it cannot be. */
  instead: () => Promise<T> | null
  /** The words for a worker that stopped when the request cannot run here. */
  stopped: string
  signal?: AbortSignal
  cancelled?: () => Error
  /** What postMessage hands over instead of copying. */
  transfer?: Transferable[]
}

export interface WorkerLink<Request> {
  /** The worker, made on first use; null where none can be made or one failed to load. */
  current(): Worker | null
  /** The worker made and not stopped since, if any (it holds what it read: restore-runner.ts). */
  running(): Worker | null
  /** Stops the worker; the next request makes a new one. */
  stop(): void
  send<T, Response extends { id: number }>(w: Worker, request: Request, reply: Reply<Response, T>): Promise<T>
}

export function createWorkerLink<Request extends object>(create: () => Worker | null): WorkerLink<Request> {
  let worker: Worker | null = null
  let isBroken = false
  let nextId = 1

  function current(): Worker | null {
    if (isBroken) return null
    if (worker) return worker
    try {
      worker = create()
    } catch {
      worker = null
    }
    if (!worker) isBroken = true
    return worker
  }

  function stop(): void {
    worker?.terminate()
    worker = null
  }

  function send<T, Response extends { id: number }>(
    w: Worker,
    request: Request,
    reply: Reply<Response, T>,
  ): Promise<T> {
    const id = nextId++
    return new Promise<T>((resolve, reject) => {
      let hasReply = false
      const cleanup = () => {
        w.removeEventListener('message', onMessage)
        w.removeEventListener('error', onError)
        reply.signal?.removeEventListener('abort', onAbort)
      }
      const onMessage = (event: MessageEvent<Response>) => {
        const message = event.data
        if (message.id !== id) return
        hasReply = true
        if (reply.onUpdate?.(message)) return
        cleanup()
        try {
          resolve(reply.answer(message))
        } catch (e) {
          reject(e as Error)
        }
      }
      const onError = (event: Event) => {
        event.preventDefault()
        cleanup()
        stop()
        const instead = hasReply ? null : reply.instead()
        if (!instead) return reject(new Error(reply.stopped))
        isBroken = true
        instead.then(resolve, reject)
      }
      const onAbort = () => {
        cleanup()
        stop()
        reject(reply.cancelled?.() ?? new Error('Cancelled'))
      }
      if (reply.signal?.aborted) return onAbort()
      w.addEventListener('message', onMessage)
      w.addEventListener('error', onError)
      reply.signal?.addEventListener('abort', onAbort)
      w.postMessage({ ...request, id }, reply.transfer ?? [])
    })
  }

  return { current, running: () => worker, stop, send }
}
