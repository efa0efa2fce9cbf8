import { onScopeDispose, shallowRef, watch, type Ref } from 'vue'

export interface ProgressiveCountOptions {
  /** How many to show at once. */
  first?: number
  /** How many more each following task shows. */
  step?: number
  /** Schedules the next step; injectable for tests. */
  schedule?: (next: () => void) => () => void
}

const nextTask = (next: () => void) => {
  const timer = setTimeout(next, 0)
  return () => clearTimeout(timer)
}

/**
 * How many items of a long list to render: `first` at once, then `step` more per task until
 * `total()`. Each step renders in its own short task, so a list that is long to build (20 selects
 * of 1,000 columns each held the page for a second) never holds the page in one piece. Starts
 * again whenever `total()` changes.
 */
export function useProgressiveCount(
  total: () => number,
  { first = 50, step = 50, schedule = nextTask }: ProgressiveCountOptions = {},
): Readonly<Ref<number>> {
  const shown = shallowRef(0)
  let cancel: (() => void) | null = null
  const grow = () => {
    cancel = null
    if (shown.value >= total()) return
    cancel = schedule(() => {
      shown.value = Math.min(total(), shown.value + step)
      grow()
    })
  }
  watch(
    total,
    (n) => {
      cancel?.()
      shown.value = Math.min(n, first)
      grow()
    },
    { immediate: true },
  )
  onScopeDispose(() => cancel?.())
  return shown
}
