import { describe, expect, it } from 'vitest'
import { createWorkerLink, type Reply } from '@/workers/worker-link'

type Message = { id: number; kind: 'progress' | 'done' | 'failed'; value: number }

/** A worker in the same thread that answers each request with `script`, then optionally fails. */
class ScriptedWorker extends EventTarget {
  readonly posted: unknown[] = []
  isTerminated = false
  constructor(
    private readonly script: Omit<Message, 'id'>[],
    private readonly failAfter = false,
  ) {
    super()
  }
  postMessage(request: { id: number }): void {
    this.posted.push(request)
    setTimeout(() => {
      for (const m of this.script) this.dispatchEvent(new MessageEvent('message', { data: { ...m, id: request.id } }))
      if (this.failAfter) this.dispatchEvent(new Event('error', { cancelable: true }))
    }, 0)
  }
  terminate(): void {
    this.isTerminated = true
  }
}

const reply = (seen: number[], instead: () => Promise<number> | null = () => null): Reply<Message, number> => ({
  onUpdate: (m) => m.kind === 'progress' && (seen.push(m.value), true),
  answer: (m) => {
    if (m.kind === 'failed') throw new Error(`failed with ${m.value}`)
    return m.value
  },
  instead,
  stopped: 'The worker stopped unexpectedly',
})

describe('a link to a worker', () => {
  it('numbers each request, passes its progress on and gives its answer', async () => {
    const worker = new ScriptedWorker([
      { kind: 'progress', value: 1 },
      { kind: 'progress', value: 2 },
      { kind: 'done', value: 42 },
    ])
    const link = createWorkerLink<{ kind: string }>(() => worker as unknown as Worker)
    const seen: number[] = []
    const w = link.current()!
    expect(await link.send(w, { kind: 'go' }, reply(seen))).toBe(42)
    expect(await link.send(w, { kind: 'again' }, reply([]))).toBe(42)
    expect(seen).toEqual([1, 2])
    expect(worker.posted).toEqual([
      { kind: 'go', id: 1 },
      { kind: 'again', id: 2 },
    ])
  })

  it('turns a failure the worker reports into the error of the request', async () => {
    const link = createWorkerLink<object>(() => new ScriptedWorker([{ kind: 'failed', value: 7 }]) as unknown as Worker)
    await expect(link.send(link.current()!, {}, reply([]))).rejects.toThrow('failed with 7')
  })

  it('runs the request here when the worker fails to load, and gives that worker up', async () => {
    const broken = new ScriptedWorker([], true)
    let made = 0
    const link = createWorkerLink<object>(() => (made++, broken as unknown as Worker))
    expect(
      await link.send(
        link.current()!,
        {},
        reply([], () => Promise.resolve(5)),
      ),
    ).toBe(5)
    expect(broken.isTerminated).toBe(true)
    expect(link.current()).toBeNull()
    expect(made).toBe(1)
  })

  it('says the worker stopped when it fails after replying, without running the request here', async () => {
    const link = createWorkerLink<object>(
      () => new ScriptedWorker([{ kind: 'progress', value: 1 }], true) as unknown as Worker,
    )
    let ranHere = false
    const ask = link.send(
      link.current()!,
      {},
      reply([], () => {
        ranHere = true
        return Promise.resolve(0)
      }),
    )
    await expect(ask).rejects.toThrow('The worker stopped unexpectedly')
    expect(ranHere).toBe(false)
    expect(link.running()).toBeNull()
  })
})
