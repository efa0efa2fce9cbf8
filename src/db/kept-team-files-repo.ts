import { db } from './database'
import type { TeamFileRow } from './rows'

/** Every kept team file, by source. */
export async function keptTeamFiles(): Promise<TeamFileRow[]> {
  return db().teamFiles.toArray()
}

/** Keeps the copies that passed every check, replacing older copies from the same sources. */
export async function keepTeamFiles(rows: readonly TeamFileRow[]): Promise<void> {
  if (rows.length > 0) await db().teamFiles.bulkPut([...rows])
}

/** Forgets sources: a file the leader removed, or one that left the shared folder. */
export async function forgetTeamFiles(sources: readonly string[]): Promise<void> {
  if (sources.length > 0) await db().teamFiles.bulkDelete([...sources])
}
