import { describe, expect, it } from 'vitest'
import { checkBackupBytes, type BackupCheckRequest } from '@/workers/backup-check'
import { createBackupChecker } from '@/workers/backup-checker'
import { backupOf } from '../helpers/backups'

/** A stand-in for the backup worker: answers as the real one does, or fails to start. */
class FakeWorker extends EventTarget {
  requests: BackupCheckRequest[] = []
  isTerminated = false
  constructor(private readonly isBroken = false) {
    super()
  }
  postMessage(request: BackupCheckRequest): void {
    this.requests.push(request)
    if (this.isBroken) {
      setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })))
      return
    }
    void checkBackupBytes(request.bytes, request.schemaVersion).then((parsed) =>
      this.dispatchEvent(new MessageEvent('message', { data: { id: request.id, parsed } })),
    )
  }
  terminate(): void {
    this.isTerminated = true
  }
}

const bytesOf = async () => new TextEncoder().encode(await backupOf())

describe('checking a backup file off the main thread', () => {
  it('sends the bytes to a worker, takes its answer and ends the worker', async () => {
    const worker = new FakeWorker()
    const check = createBackupChecker(() => worker as unknown as Worker)
    const parsed = await check(await bytesOf(), 1)
    expect(parsed).toMatchObject({ ok: true, counts: { handoffs: 1 } })
    expect(worker.requests).toHaveLength(1)
    expect(worker.isTerminated).toBe(true)
  })

  it('checks on the main thread when the worker cannot start, with the same answer', async () => {
    const check = createBackupChecker(() => new FakeWorker(true) as unknown as Worker)
    expect(await check(await bytesOf(), 1)).toMatchObject({ ok: true, counts: { handoffs: 1 } })
    const none = createBackupChecker(() => null)
    expect(await none(Uint8Array.from([0x89, 0x50, 0, 0]), 1)).toEqual({
      ok: false,
      error: 'this is not a Handoff Huddle backup (it is not text)',
    })
  })
})
