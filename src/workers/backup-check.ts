import { NOT_TEXT, parseBackup, type ParsedBackup } from '@/domain/export/backup'
import { decodeText } from '@/domain/import/decode'

/** What a backup file's check needs and gives: plain data, so it crosses to a worker and back. */
export interface BackupCheckRequest {
  id: number
  bytes: Uint8Array
  /** The database's schema version (newer backups are refused). */
  schemaVersion: number
}

export interface BackupCheckResponse {
  id: number
  parsed: ParsedBackup
}

/** A backup file's bytes → checked (decoded, parsed, every row validated), or why it is refused. */
export async function checkBackupBytes(bytes: Uint8Array, schemaVersion: number): Promise<ParsedBackup> {
  let text: string
  try {
    text = decodeText(bytes).text
  } catch {
    return { ok: false, error: NOT_TEXT }
  }
  return parseBackup(text, schemaVersion)
}
