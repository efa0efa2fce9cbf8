import { beforeEach, describe, expect, it } from 'vitest'
import { exportBackup } from '@/db/backup-repo'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { createRestoreSession } from '@/workers/restore-session'
import { BACKUP_TABLE_NAMES } from '@/domain/export/backup'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

/** UTF-16 little-endian with its byte-order mark, as a Windows editor saves a file. */
const utf16le = (text: string): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2)
  const view = new DataView(out.buffer)
  out.set([0xff, 0xfe])
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), true)
  return out
}

describe('checking a backup file for a restore', () => {
  beforeEach(() => {
    freshDatabase()
  })

  it('reads a backup saved again as UTF-16', async () => {
    await putHandoffs([toStored(aHandoff({ externalId: 'u1' }), 'crm', 'UTC', null)])
    const check = await createRestoreSession().check(utf16le(await exportBackup('1.0.0')))
    expect(check).toMatchObject({ ok: true, counts: { handoffs: 1 } })
  })

  it('reports its checking in steps, one per table after the JSON and the checksum', async () => {
    await putHandoffs([toStored(aHandoff({ externalId: 'p1' }), 'crm', 'UTC', null)])
    const steps: [number, number][] = []
    const bytes = new TextEncoder().encode(await exportBackup('1.0.0'))
    await createRestoreSession().check(bytes, (stage, done, total) => stage === 'checking' && steps.push([done, total]))
    const total = steps.at(-1)![1]
    expect(total).toBe(3 + BACKUP_TABLE_NAMES.length)
    expect(steps.map(([done]) => done)).toEqual([0, ...Array.from({ length: total }, (_, i) => i + 1)])
  })

  it('refuses bytes that are not text, in words', async () => {
    expect(await createRestoreSession().check(Uint8Array.from([0x89, 0x50, 0, 0, 0xff, 0x00, 0x13]))).toEqual({
      ok: false,
      error: 'this is not a Handoff Huddle backup (it is not text)',
    })
  })
})
