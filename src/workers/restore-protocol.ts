import type { RestoreMode } from '@/db/backup-repo'
import type { BackupCounts } from '@/domain/export/backup'
import type { RestoreCheck, RestoreStage } from './restore-session'

/** Messages between the Data screen's store and the restore worker: plain data only. */
export type RestoreRequest =
  { id: number; kind: 'check'; bytes: Uint8Array } | { id: number; kind: 'restore'; mode: RestoreMode }

export type RestoreResponse =
  | { id: number; kind: 'progress'; stage: RestoreStage; done: number; total: number }
  | { id: number; kind: 'checked'; check: RestoreCheck }
  | { id: number; kind: 'restored'; counts: BackupCounts }
  | { id: number; kind: 'failed'; error: { name: string; message: string } }

/** A failure as plain data: its name is what the database-error words look at (db/errors.ts). */
export function errorData(e: unknown): { name: string; message: string } {
  return e instanceof Error ? { name: e.name, message: e.message } : { name: 'Error', message: String(e) }
}

export function errorOf(data: { name: string; message: string }): Error {
  const error = new Error(data.message)
  error.name = data.name
  return error
}
