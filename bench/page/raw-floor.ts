/**
 * The raw floor: the least work IndexedDB can do with the same records. Plain IndexedDB (no
 * Dexie), one object store with only a primary key, every record `put` in one transaction, then
 * read back with `getAll`. The app's import and reads are reported as ratios to these figures.
 */

const STORE = 'raw'

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'))
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'))
  })
}

export function openRaw(name = 'raw-floor'): Promise<IDBDatabase> {
  const req = indexedDB.open(name, 1)
  req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' })
  return request(req)
}

/** Puts every record in one readwrite transaction and waits for it to commit. */
export async function writeRaw(database: IDBDatabase, records: readonly { id: string }[]): Promise<void> {
  const tx = database.transaction(STORE, 'readwrite')
  const store = tx.objectStore(STORE)
  for (const r of records) store.put(r)
  await done(tx)
}

export async function readAllRaw(database: IDBDatabase): Promise<unknown[]> {
  return request(database.transaction(STORE, 'readonly').objectStore(STORE).getAll())
}

/** The records with these keys, one `get` each in one transaction: a week read without an index. */
export async function readKeysRaw(database: IDBDatabase, ids: readonly string[]): Promise<unknown[]> {
  const store = database.transaction(STORE, 'readonly').objectStore(STORE)
  return Promise.all(ids.map((id) => request(store.get(id))))
}
