import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'

/**
 * Backups made in the test from one the app wrote: the same rows, more of them, each file with
 * a checksum that matches, so the app checks every row instead of stopping at the checksum. The
 * checksum is written here by the file format's definition (src/domain/export/backup.ts: SHA-256
 * of the canonical JSON, keys sorted, without `sha256`), independently of the app's writer.
 */
type Json = Record<string, unknown>
export interface BackupFile {
  counts: Record<string, number>
  data: Record<string, Json[]>
  [key: string]: unknown
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/** Writes `backup` to `path` with its counts and checksum made to match its rows. */
export async function writeBackup(path: string, backup: BackupFile): Promise<number> {
  const { sha256: _old, data, ...meta } = backup
  const counts = Object.fromEntries(Object.entries(data).map(([table, rows]) => [table, rows.length]))
  const body = { ...meta, counts, data }
  const sha256 = createHash('sha256').update(canonicalJson(body)).digest('hex')
  const text = JSON.stringify({ ...meta, counts, sha256, data })
  await writeFile(path, text)
  return Buffer.byteLength(text)
}

/** `n` action items on the backup's huddle weeks (or one week), numbered after its own. */
export function withActionItems(backup: BackupFile, n: number, textLength = 40): BackupFile {
  const week = String(backup.data.huddles?.[0]?.week ?? '2026-W47')
  const start = Math.max(0, ...(backup.data.actionItems ?? []).map((a) => Number(a.id))) + 1
  const text = 'Follow up on the rejected handoffs with the SDR team'.padEnd(textLength, '.')
  const items = Array.from({ length: n }, (_, i) => ({
    id: start + i,
    huddleWeek: week,
    text,
    owner: 'Maya',
    due: null,
    doneAt: '',
    createdAt: '2026-11-20T10:00:00.000Z',
  }))
  return { ...backup, data: { ...backup.data, actionItems: [...(backup.data.actionItems ?? []), ...items] } }
}

/** The backup's handoffs copied until it holds `n`, each copy a new record of the same source. */
export function withHandoffs(backup: BackupFile, n: number): BackupFile {
  const own = backup.data.handoffs ?? []
  const copies = Array.from({ length: Math.max(0, n - own.length) }, (_, i) => {
    const h = own[i % own.length] as Json
    const externalId = `copy-${i}`
    return { ...h, externalId, id: `${String(h.importSource)}::${externalId}` }
  })
  return { ...backup, data: { ...backup.data, handoffs: [...own, ...copies] } }
}

/** One handoff changed by `change` (a far date, say); the rest as they are. */
export function withOneHandoff(backup: BackupFile, change: (h: Json) => Json): BackupFile {
  const [first, ...rest] = backup.data.handoffs ?? []
  if (!first) throw new Error('the backup has no handoffs to change')
  return { ...backup, data: { ...backup.data, handoffs: [change(first), ...rest] } }
}
