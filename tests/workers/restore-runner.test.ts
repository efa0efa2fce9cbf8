import { beforeEach, describe, expect, it } from 'vitest'
import { exportBackup } from '@/db/backup-repo'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { db } from '@/db/database'
import type { RestoreRequest, RestoreResponse } from '@/workers/restore-protocol'
import { createRestoreRunner } from '@/workers/restore-runner'
import { createRestoreSession } from '@/workers/restore-session'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

/**
 * A worker in the same thread: it answers the protocol with the steps the real worker runs
 * (restore-worker.ts is those steps and a message listener), so the runner's messages, progress
 * and replies are what the app exchanges with its worker.
 */
class InThreadWorker extends EventTarget {
  readonly session = createRestoreSession()
  isTerminated = false
  postMessage(request: RestoreRequest): void {
    const reply = (message: RestoreResponse) =>
      this.isTerminated || this.dispatchEvent(new MessageEvent('message', { data: message }))
    const onProgress = (stage: 'checking' | 'writing', done: number, total: number) =>
      reply({ id: request.id, kind: 'progress', stage, done, total })
    const work =
      request.kind === 'check'
        ? this.session
            .check(request.bytes, onProgress)
            .then((check) => reply({ id: request.id, kind: 'checked', check }))
        : this.session
            .restore(request.mode, onProgress)
            .then((counts) => reply({ id: request.id, kind: 'restored', counts }))
    void work
  }
  terminate(): void {
    this.isTerminated = true
  }
}

/** A worker whose script cannot load (CSP, bundling): an error event and no reply. */
class BrokenWorker extends EventTarget {
  postMessage(): void {
    setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })), 0)
  }
  terminate(): void {}
}

const encode = (text: string) => new TextEncoder().encode(text)

async function backupOf(n: number): Promise<string> {
  await putHandoffs(
    Array.from({ length: n }, (_, i) => toStored(aHandoff({ externalId: `h${i}` }), 'crm', 'UTC', null)),
  )
  return exportBackup('1.0.0')
}

describe('restore runner', () => {
  beforeEach(() => {
    freshDatabase()
  })

  it('checks and restores in the worker, with progress for both steps', async () => {
    const text = await backupOf(3)
    await db().handoffs.clear()
    const workers: InThreadWorker[] = []
    const runner = createRestoreRunner({
      createWorker: () => workers[workers.push(new InThreadWorker()) - 1]! as unknown as Worker,
    })
    const stages: string[] = []
    const check = await runner.check(encode(text), (stage) => stages.push(stage))
    expect(check).toMatchObject({ ok: true, counts: { handoffs: 3 } })
    expect(runner.usesWorker).toBe(true)
    const counts = await runner.restore('replace', (stage, done, total) => stages.push(`${stage} ${done}/${total}`))
    expect(counts.handoffs).toBe(3)
    expect(await db().handoffs.count()).toBe(3)
    expect(stages).toContain('checking')
    expect(stages.at(-1)).toMatch(/^writing (\d+)\/\1$/)
    // The worker holding the file is let go once it is written.
    expect(workers[0]!.isTerminated).toBe(true)
  })

  it('says why a file is refused and lets its worker go', async () => {
    const workers: InThreadWorker[] = []
    const runner = createRestoreRunner({
      createWorker: () => workers[workers.push(new InThreadWorker()) - 1]! as unknown as Worker,
    })
    expect(await runner.check(Uint8Array.from([0x89, 0x50, 0, 0, 0xff, 0x00, 0x13]))).toEqual({
      ok: false,
      error: 'this is not a Handoff Huddle backup (it is not text)',
    })
    expect(workers[0]!.isTerminated).toBe(true)
  })

  it('runs on the main thread when no worker can be made, and when the worker fails to load', async () => {
    const text = await backupOf(2)
    const none = createRestoreRunner({ createWorker: () => null })
    expect(await none.check(encode(text))).toMatchObject({ ok: true })
    expect(none.usesWorker).toBe(false)
    expect((await none.restore('merge')).handoffs).toBe(2)

    const broken = createRestoreRunner({ createWorker: () => new BrokenWorker() as unknown as Worker })
    expect(await broken.check(encode(text))).toMatchObject({ ok: true, counts: { handoffs: 2 } })
    expect(broken.usesWorker).toBe(false)
    expect((await broken.restore('replace')).handoffs).toBe(2)
  })

  it('restores nothing once the checked file is forgotten', async () => {
    const text = await backupOf(2)
    const runner = createRestoreRunner({ createWorker: () => null })
    await runner.check(encode(text))
    runner.forget()
    await expect(runner.restore('replace')).rejects.toThrow('No checked backup to restore')
  })
})
