/**
 * The import's one long job at a time (reading, parsing or writing a file): what the screen shows
 * while it runs, and the AbortController its Cancel button aborts. Part of the import store
 * (./index.ts); reading, previewing and committing all run through `withBusy`.
 */
import { ref } from 'vue'

export interface ImportBusy {
  kind: 'reading' | 'parsing' | 'writing'
  label: string
  done: number
  total: number
}

/** What a job is handed: the signal Cancel aborts, and progress that moves the screen's bar. */
export interface BusyJob {
  signal: AbortSignal
  onProgress: (done: number, total: number) => void
  /** Shows the job's next stage ("Comparing with stored handoffs"). */
  show: (next: ImportBusy) => void
}

export function createImportBusy() {
  const busy = ref<ImportBusy | null>(null)
  let controller: AbortController | null = null

  /** Runs `job` while the screen shows `shown`; however the job ends, the screen is idle after it. */
  async function withBusy<T>(shown: ImportBusy, job: (run: BusyJob) => Promise<T>): Promise<T> {
    controller = new AbortController()
    busy.value = shown
    try {
      return await job({
        signal: controller.signal,
        onProgress: (done, total) => (busy.value = { ...busy.value!, done, total }),
        show: (next) => (busy.value = next),
      })
    } finally {
      busy.value = null
      controller = null
    }
  }

  /** Cancels reading or writing; a cancelled write leaves the database as it was. */
  function cancel(): void {
    controller?.abort()
  }

  /** Starting over: the job running is cancelled and the screen is idle at once. */
  function stop(): void {
    cancel()
    busy.value = null
  }

  return { busy, withBusy, cancel, stop }
}

/** The busy part as the other parts of the import store are handed it. */
export type ImportWork = ReturnType<typeof createImportBusy>
