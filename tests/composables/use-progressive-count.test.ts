import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, shallowRef } from 'vue'
import { useProgressiveCount } from '@/composables/use-progressive-count'

/** A scheduler the test runs by hand: each call of `run` is one task of the page. */
function manualTasks() {
  const queue: (() => void)[] = []
  return {
    schedule: (next: () => void) => {
      queue.push(next)
      return () => queue.splice(queue.indexOf(next), 1)
    },
    run: () => queue.shift()?.(),
    get pending() {
      return queue.length
    },
  }
}

describe('useProgressiveCount', () => {
  it('shows the first items at once, then one step more per task until all are shown', () => {
    const tasks = manualTasks()
    const scope = effectScope()
    const shown = scope.run(() => useProgressiveCount(() => 230, { first: 100, step: 50, schedule: tasks.schedule }))!
    expect(shown.value).toBe(100)
    const seen = [shown.value]
    while (tasks.pending > 0) {
      tasks.run()
      seen.push(shown.value)
    }
    expect(seen).toEqual([100, 150, 200, 230])
    scope.stop()
  })

  it('shows a short list whole, with nothing left for later', () => {
    const tasks = manualTasks()
    const scope = effectScope()
    const shown = scope.run(() => useProgressiveCount(() => 7, { first: 100, schedule: tasks.schedule }))!
    expect(shown.value).toBe(7)
    expect(tasks.pending).toBe(0)
    scope.stop()
  })

  it('starts again from the first items when the list changes', async () => {
    const tasks = manualTasks()
    const total = shallowRef(300)
    const scope = effectScope()
    const shown = scope.run(() =>
      useProgressiveCount(() => total.value, { first: 100, step: 100, schedule: tasks.schedule }),
    )!
    tasks.run()
    expect(shown.value).toBe(200)
    total.value = 1000
    await nextTick()
    expect(shown.value).toBe(100)
    expect(tasks.pending).toBe(1)
    scope.stop()
  })

  it('stops stepping when its scope ends', () => {
    const tasks = manualTasks()
    const scope = effectScope()
    scope.run(() => useProgressiveCount(() => 1000, { first: 10, step: 10, schedule: tasks.schedule }))
    scope.stop()
    expect(tasks.pending).toBe(0)
  })
})
