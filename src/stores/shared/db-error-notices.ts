/**
 * The one list of database failures the banner shows, shared by the stores (which report what
 * they caught) and the screens (use-db-errors.ts shows and dismisses them). Here rather than in a
 * composable because stores never import composables.
 */
import { shallowRef } from 'vue'
import { dbErrorMessage, type DbErrorMessage } from '@/db/errors'

export interface DbErrorNotice extends DbErrorMessage {
  id: number
  /** How often this kind of failure happened since it was first shown. */
  count: number
}

/** One list for the whole app: any code reports into it, the banner shows it. */
export const notices = shallowRef<DbErrorNotice[]>([])
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
