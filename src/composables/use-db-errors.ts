import { getCurrentScope, onScopeDispose, shallowRef, type ShallowRef } from 'vue'
import { dbErrorMessage, type DbErrorMessage } from '@/db/errors'

export interface DbErrorNotice extends DbErrorMessage {
  id: number
  /** How often this kind of failure happened since it was first shown. */
  count: number
}

/** One list for the whole app: any code reports into it, the banner shows it. */
const notices = shallowRef<DbErrorNotice[]>([])
let nextId = 1

/**
 * Shows a database failure in the banner. Returns false (and shows nothing) when `error` is
 * not a database error, so callers can rethrow or report it otherwise. A repeat of a kind
 * already shown raises its count instead of stacking a second notice.
 */
export function reportDbError(error: unknown): boolean {
  const message = dbErrorMessage(error)
  if (message) show(message)
  return message !== null
}

function show(message: DbErrorMessage): void {
  const same = notices.value.find((n) => n.kind === message.kind)
  notices.value = same
    ? notices.value.map((n) => (n === same ? { ...n, count: n.count + 1 } : n))
    : [...notices.value, { ...message, id: nextId++, count: 1 }]
}

/**
 * For a screen that caught a failure and says so itself: reports a database failure to the banner
 * too (where the user learns what to do about it) and returns the words for the screen: the
 * banner's title for a database failure ("the disk is full: …"), else the error's own message.
 */
export function failureText(error: unknown): string {
  const message = dbErrorMessage(error)
  if (!message) return error instanceof Error ? error.message : String(error)
  show(message)
  return message.title.charAt(0).toLowerCase() + message.title.slice(1)
}

export interface UseDbErrorsReturn {
  notices: Readonly<ShallowRef<readonly DbErrorNotice[]>>
  report: (error: unknown) => boolean
  dismiss: (id: number) => void
  clear: () => void
}

/** The database failures shown to the user, and the actions on them. */
export function useDbErrors(): UseDbErrorsReturn {
  return {
    notices,
    report: reportDbError,
    dismiss: (id) => {
      notices.value = notices.value.filter((n) => n.id !== id)
    },
    clear: () => {
      notices.value = []
    },
  }
}

export interface DbErrorRoutingOptions {
  /** Where unhandled rejections are caught; default the global window (none outside a browser). */
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null
}

/**
 * Routes database errors that nobody caught (an `unhandledrejection`) into the banner and marks
 * them handled (preventDefault), so a full disk or a closed database is a message, never a silent
 * console error. Other rejections are left alone. The listener goes when the calling scope ends.
 */
export function useDbErrorRouting(options: DbErrorRoutingOptions = {}): void {
  const target = options.window === undefined ? (typeof window === 'undefined' ? null : window) : options.window
  if (!target) return
  const onRejection = (event: PromiseRejectionEvent) => {
    if (reportDbError(event.reason)) event.preventDefault()
  }
  target.addEventListener('unhandledrejection', onRejection)
  if (getCurrentScope()) onScopeDispose(() => target.removeEventListener('unhandledrejection', onRejection))
}
