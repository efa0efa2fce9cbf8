import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Dexie } from 'dexie'

/**
 * Test-only write faults. fake-indexeddb cannot fail a write the way a full disk or a quota
 * error does, so this Dexie DBCore middleware fails one instead: it lets `afterWrites` mutate
 * calls through (put, add, delete and clear each count as one; a bulkPut of 1,000 rows is one),
 * then rejects the next one with `error`, once. Only writes to `table` count when it is given.
 */
export interface WriteFault {
  /** Writes that succeed before the fault: 0 fails the first write. */
  afterWrites: number
  table?: string
  error?: Error
}

export interface FaultHandle {
  /** Writes seen so far, the failed one included. */
  readonly writes: number
  readonly hasFired: boolean
  /** Takes the middleware out again. */
  remove(): void
}

const NAME = 'faults'

export function injectWriteFault(database: Dexie, fault: WriteFault): FaultHandle {
  const error = fault.error ?? new Error(`Injected write fault after ${fault.afterWrites} writes`)
  let writes = 0
  let hasFired = false
  const create = (down: DBCore): DBCore => ({
    ...down,
    table(name) {
      const table = down.table(name)
      if (fault.table !== undefined && name !== fault.table) return table
      return {
        ...table,
        mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
          writes++
          if (!hasFired && writes === fault.afterWrites + 1) {
            hasFired = true
            return Promise.reject(error)
          }
          return table.mutate(req)
        },
      }
    },
  })
  database.use({ stack: 'dbcore', name: NAME, create })
  reopen(database)
  return {
    get writes() {
      return writes
    },
    get hasFired() {
      return hasFired
    },
    remove() {
      database.unuse({ stack: 'dbcore', name: NAME })
      reopen(database)
    },
  }
}

/** Dexie builds its middleware stack when it opens: an open database must open again. */
function reopen(database: Dexie): void {
  if (database.isOpen()) database.close({ disableAutoOpen: false })
}
