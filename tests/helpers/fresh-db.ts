import { HuddleDatabase, setDatabase } from '@/db/database'

let n = 0
/** A new, empty database for one test: tests never share state. */
export function freshDatabase(): HuddleDatabase {
  const database = new HuddleDatabase(`test-${Date.now()}-${n++}-${Math.random().toString(36).slice(2)}`)
  setDatabase(database)
  return database
}
