import type { HeapStats } from './protocol'

/**
 * Samples the JS heap (usedJSHeapSize; precise with --enable-precise-memory-info) on a 20 ms
 * timer and whenever `sample` is called, e.g. from a progress callback inside synchronous work
 * where timers cannot fire. Forces a GC first when --js-flags=--expose-gc is set.
 */
export function heapSampler(): { sample: () => void; stop: () => HeapStats } {
  const scope = globalThis as unknown as { gc?: () => void; performance: { memory?: { usedJSHeapSize: number } } }
  const used = () => scope.performance.memory?.usedJSHeapSize ?? 0
  scope.gc?.()
  const baseline = used()
  let peak = baseline
  const sample = () => {
    const now = used()
    if (now > peak) peak = now
  }
  const timer = setInterval(sample, 20)
  return {
    sample,
    stop() {
      clearInterval(timer)
      sample()
      const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10
      return { baselineMb: mb(baseline), peakMb: mb(peak) }
    },
  }
}
