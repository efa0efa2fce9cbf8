import Dexie from 'dexie'

/**
 * Long work on the page split into tasks (issue 20: no task may hold the page over 200 ms). The
 * work calls `breathe()` between small steps; once a slice has run for SLICE_MS it waits for the
 * next task, so input, painting and progress bars run in between. Time decides, not a row count:
 * the same loop is 5 ms on a fast desktop and 50 ms on a busy 2-core laptop.
 */
const SLICE_MS = 25

/**
 * A Dexie promise, always: a transaction whose scope is not an async function loses itself at the
 * first await of a native promise (Dexie tracks its own promises only), so inside one only
 * Dexie's promises may be awaited.
 */
export type Breathe = () => PromiseLike<void>

/** What a breath gives while its slice has time left: nothing to wait for. */
const GO_ON: PromiseLike<void> = Dexie.Promise.resolve()

/** The next task of the event loop (a timer: workers have no rendering to wait for). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * A `breathe` for work outside a transaction, or, with `pause` a cheap request of the
 * transaction, inside one: IndexedDB commits a transaction that waits on a timer with no request
 * pending, so a transaction breathes by awaiting one of its own requests.
 */
export function slicer(pause: () => PromiseLike<unknown> = nextTask): Breathe {
  let sliceStart = performance.now()
  return () => {
    if (performance.now() - sliceStart < SLICE_MS) return GO_ON
    return Dexie.Promise.resolve(pause()).then(() => {
      sliceStart = performance.now()
    })
  }
}

/**
 * Runs `steps` to its end, breathing between steps, and gives what it returns, as a Dexie promise
 * (see Breathe): the way work inside a transaction is sliced.
 */
export function runSteps<T>(steps: Iterator<unknown, T>, breathe: Breathe): PromiseLike<T> {
  for (;;) {
    const step = steps.next()
    if (step.done) return Dexie.Promise.resolve(step.value)
    const pause = breathe()
    // Most breaths have time left: carry on in this task rather than a promise per step.
    if (pause !== GO_ON) return pause.then(() => runSteps(steps, breathe))
  }
}

/** `items` in slices: `each` for every item, in order, with a breath whenever a slice is used up. */
export async function forEachSliced<T>(
  items: readonly T[],
  each: (item: T, index: number) => void,
  breathe: Breathe = slicer(),
): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    each(items[i]!, i)
    if ((i & 255) === 255) await breathe()
  }
}
