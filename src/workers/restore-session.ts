import { checkBackup, writeBackup, type RestoreMode, type RestorePreview } from '@/db/backup-repo'
import { NOT_TEXT, type Backup, type BackupCounts } from '@/domain/export/backup'
import { backupSizeProblem } from '@/domain/export/restore-limits'
import { decodeText } from '@/domain/import/decode'

export type RestoreCheck = RestorePreview
export type RestoreStage = 'checking' | 'writing'
export type RestoreProgressListener = (stage: RestoreStage, done: number, total: number) => void

/**
 * One restore, step by step: `check` reads and checks a file and keeps what it read; `restore`
 * writes that, once. The same steps run in the restore worker and, where no worker can be made,
 * on the main thread (restore-runner.ts).
 */
export function createRestoreSession() {
  let checked: Backup | null = null

  async function check(bytes: Uint8Array, onProgress?: RestoreProgressListener): Promise<RestoreCheck> {
    checked = null
    onProgress?.('checking', 0, 1)
    const tooLarge = backupSizeProblem(bytes.byteLength)
    if (tooLarge) return { ok: false, error: tooLarge }
    let text: string
    try {
      // The one detector every text file goes through: UTF-8, UTF-16 or UTF-32, with or without a BOM.
      text = decodeText(bytes).text
    } catch {
      return { ok: false, error: NOT_TEXT }
    }
    // In steps (the JSON, the checksum, each table's rows): a 190 MB file takes seconds to check.
    const parsed = await checkBackup(text, (done, total) => onProgress?.('checking', done, total))
    if (!parsed.ok) return parsed
    checked = parsed.backup
    const { schemaVersion, appVersion, createdAt } = parsed.backup
    return { ok: true, counts: parsed.counts, schemaVersion, appVersion, createdAt }
  }

  async function restore(mode: RestoreMode, onProgress?: RestoreProgressListener): Promise<BackupCounts> {
    const backup = checked
    if (!backup) throw new Error('No checked backup to restore')
    checked = null
    const { counts } = await writeBackup(backup, mode, (done, total) => onProgress?.('writing', done, total))
    return counts
  }

  /** Drops the checked file: a cancelled restore holds no rows. */
  function forget(): void {
    checked = null
  }

  return { check, restore, forget }
}
