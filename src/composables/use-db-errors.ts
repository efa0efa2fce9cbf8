import { getCurrentScope, onScopeDispose, type ShallowRef } from 'vue'
import { notices, reportDbError, type DbErrorNotice } from '@/stores/shared/db-error-notices'

// The list itself lives with the stores, which report into it too.
export { failureText, reportDbError } from '@/stores/shared/db-error-notices'

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
