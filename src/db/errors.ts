import Dexie from 'dexie'

/** What went wrong with the local database, in the words the user sees. */
export type DbErrorKind = 'quota' | 'closed' | 'blocked' | 'version' | 'open' | 'aborted' | 'other'

export interface DbErrorMessage {
  kind: DbErrorKind
  title: string
  detail: string
}

interface ErrorLike {
  name?: unknown
  message?: unknown
  inner?: unknown
  failures?: unknown
}

const asErrorLike = (e: unknown): ErrorLike | null => (typeof e === 'object' && e !== null ? (e as ErrorLike) : null)

/**
 * The error and every cause below it: Dexie wraps the browser's error in `inner` (an aborted
 * transaction's AbortError holds the QuotaExceededError that aborted it) and a bulk write's
 * BulkError lists its failed rows in `failures`.
 */
function causes(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = []
  const queue: unknown[] = [error]
  while (queue.length > 0 && out.length < 20) {
    const e = asErrorLike(queue.shift())
    if (!e || out.includes(e)) continue
    out.push(e)
    if (e.inner) queue.push(e.inner)
    if (Array.isArray(e.failures)) queue.push(...e.failures.slice(0, 3))
  }
  return out
}

const names = (error: unknown): Set<string> =>
  new Set(causes(error).map((e) => (typeof e.name === 'string' ? e.name : '')))

/** A Dexie error (at any depth), or a storage QuotaExceededError that reached the app unwrapped. */
export function isDatabaseError(error: unknown): boolean {
  return causes(error).some((e) => e instanceof Dexie.DexieError) || names(error).has('QuotaExceededError')
}

/**
 * The message for a failed database operation, or null when `error` is not a database error
 * (so the caller lets it take its normal course). The most specific cause wins: a transaction
 * aborted because the disk is full reports the full disk.
 */
export function dbErrorMessage(error: unknown): DbErrorMessage | null {
  if (!isDatabaseError(error)) return null
  const n = names(error)
  if (n.has('QuotaExceededError')) {
    return {
      kind: 'quota',
      title: 'The disk is full: that change was not saved',
      detail:
        'There is no room left for Handoff Huddle’s data (the disk is full, or the browser’s storage quota for this site is used up). Nothing of the last change was kept and your earlier data is intact. Free some disk space, then try again.',
    }
  }
  if (n.has('DatabaseClosedError')) {
    return {
      kind: 'closed',
      title: 'The local database was closed',
      detail:
        'Another window may have upgraded or deleted it, or the system closed it. Reload Handoff Huddle to open it again; everything saved before is still there.',
    }
  }
  if (n.has('BlockedError') || n.has('VersionChangeError')) {
    return {
      kind: 'blocked',
      title: 'Another Handoff Huddle window is using the database',
      detail: 'Close the other windows or tabs of Handoff Huddle, then reload this one.',
    }
  }
  if (n.has('VersionError') || n.has('UpgradeError')) {
    return {
      kind: 'version',
      title: 'This data belongs to a newer Handoff Huddle',
      detail:
        'The database was written by a newer version of the app. Update Handoff Huddle to open it; nothing was changed.',
    }
  }
  if (n.has('OpenFailedError') || n.has('MissingAPIError')) {
    return {
      kind: 'open',
      title: 'Handoff Huddle could not open its local database',
      detail: `${innermostMessage(error)} Reload to try again; if it keeps failing, restore a backup from Settings.`,
    }
  }
  if (n.has('AbortError') || n.has('TransactionInactiveError')) {
    return {
      kind: 'aborted',
      title: 'That change was cancelled: nothing of it was saved',
      detail:
        'The database stopped the change part-way and rolled it back, so your data is as it was before. Try again.',
    }
  }
  return {
    kind: 'other',
    title: 'A database operation failed',
    detail: `${innermostMessage(error)} Your saved data was not changed by the failed operation.`,
  }
}

function innermostMessage(error: unknown): string {
  const all = causes(error)
  const message = [...all].reverse().find((e) => typeof e.message === 'string' && e.message !== '')?.message
  const text = typeof message === 'string' ? message.trim() : 'Unknown error.'
  return /[.!?]$/.test(text) ? text : `${text}.`
}
