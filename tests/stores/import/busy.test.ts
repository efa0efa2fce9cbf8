import { describe, expect, it } from 'vitest'
import { createImportBusy } from '@/stores/import/busy'

const reading = { kind: 'reading', label: 'Reading deals.csv', done: 0, total: 1 } as const

/** A job's result that waits until the test lets it finish. */
function heldJob() {
  let finish: (value: string) => void = () => undefined
  const finished = new Promise<string>((resolve) => (finish = resolve))
  return { finished, finish: (value: string) => finish(value) }
}

describe('the import store busy job', () => {
  it('shows the job while it runs and is idle once it has finished, handing back its result', async () => {
    const { busy, withBusy } = createImportBusy()
    const held = heldJob()
    const running = withBusy(reading, () => held.finished)
    expect(busy.value).toEqual(reading)
    held.finish('read')
    expect(await running).toBe('read')
    expect(busy.value).toBeNull()
  })

  it('is idle again after a job that fails, and the failure reaches the caller', async () => {
    const { busy, withBusy } = createImportBusy()
    const failing = withBusy(reading, async () => {
      throw new Error('deals.csv: line 3 has 2 fields')
    })
    await expect(failing).rejects.toThrow('line 3 has 2 fields')
    expect(busy.value).toBeNull()
  })

  it('moves the progress bar and shows the next stage of the same job', async () => {
    const { busy, withBusy } = createImportBusy()
    const seen: unknown[] = []
    await withBusy(reading, async (job) => {
      job.onProgress(40, 100)
      seen.push(busy.value)
      job.show({ kind: 'parsing', label: 'Comparing with stored handoffs', done: 1, total: 1 })
      seen.push(busy.value)
    })
    expect(seen).toEqual([
      { ...reading, done: 40, total: 100 },
      { kind: 'parsing', label: 'Comparing with stored handoffs', done: 1, total: 1 },
    ])
  })

  it('aborts the running job when cancelled', async () => {
    const { withBusy, cancel } = createImportBusy()
    const held = heldJob()
    const signals: AbortSignal[] = []
    const running = withBusy(reading, (job) => {
      signals.push(job.signal)
      return held.finished
    })
    cancel()
    expect(signals.map((s) => s.aborted)).toEqual([true])
    held.finish('stopped')
    await running
  })

  it('is idle at once when stopped to start over, the job being cancelled', async () => {
    const { busy, withBusy, stop } = createImportBusy()
    const held = heldJob()
    const signals: AbortSignal[] = []
    const running = withBusy(reading, (job) => {
      signals.push(job.signal)
      return held.finished
    })
    stop()
    expect(busy.value).toBeNull()
    expect(signals.map((s) => s.aborted)).toEqual([true])
    held.finish('stopped')
    await running
  })

  it('does nothing when cancelled with no job running', () => {
    const { busy, cancel } = createImportBusy()
    cancel()
    expect(busy.value).toBeNull()
  })
})
