import { onScopeDispose, shallowRef, type Ref } from 'vue'

/** Whether a chart set up since the last microtask checkpoint was drawn at once. */
let isFirstTaken = false

/**
 * Whether a chart may be drawn yet. Chart.js builds a chart in one piece, and a screen that sets
 * up seven at once built them all in one task (0.25 s on the Trends screen, issue 20): the first
 * chart set up in a render is drawn at once, every other one in a task of its own after it (each
 * timer runs as its own task, in the order set).
 */
export function useStaggeredDraw(): Readonly<Ref<boolean>> {
  if (!isFirstTaken) {
    isFirstTaken = true
    // Every chart of one render is set up before any microtask runs.
    queueMicrotask(() => (isFirstTaken = false))
    return shallowRef(true)
  }
  const isDrawn = shallowRef(false)
  const timer = setTimeout(() => (isDrawn.value = true), 0)
  onScopeDispose(() => clearTimeout(timer))
  return isDrawn
}
