import { describe, expect, it } from 'vitest'
import { effectScope } from 'vue'
import { useRouteLoading } from '@/composables/use-route-loading'

type Hook = () => void

/** A router that records its hooks, and timers the test fires by hand. */
function fakes() {
  const hooks = { before: [] as Hook[], after: [] as Hook[], error: [] as Hook[] }
  const add = (list: Hook[]) => (hook: Hook) => {
    list.push(hook)
    return () => list.splice(list.indexOf(hook), 1)
  }
  const router = { beforeEach: add(hooks.before), afterEach: add(hooks.after), onError: add(hooks.error) }
  const timers = new Map<number, { callback: () => void; ms: number }>()
  let next = 0
  const setTimer = (callback: () => void, ms: number) => {
    timers.set(++next, { callback, ms })
    return next
  }
  const clearTimer = (handle: unknown) => void timers.delete(handle as number)
  const fire = () => {
    for (const [id, t] of [...timers]) {
      timers.delete(id)
      t.callback()
    }
  }
  return { hooks, router, timers, setTimer, clearTimer, fire }
}

describe('useRouteLoading', () => {
  it('shows loading once a screen has taken 300 ms, and hides it when the screen lands', () => {
    const f = fakes()
    const { isLoading } = useRouteLoading(f.router as never, { setTimer: f.setTimer, clearTimer: f.clearTimer })
    f.hooks.before.forEach((h) => h())
    expect([...f.timers.values()].map((t) => t.ms)).toEqual([300])
    expect(isLoading.value).toBe(false)
    f.fire()
    expect(isLoading.value).toBe(true)
    f.hooks.after.forEach((h) => h())
    expect(isLoading.value).toBe(false)
  })

  it('never shows loading for a screen that appears sooner', () => {
    const f = fakes()
    const { isLoading } = useRouteLoading(f.router as never, { setTimer: f.setTimer, clearTimer: f.clearTimer })
    f.hooks.before.forEach((h) => h())
    f.hooks.after.forEach((h) => h())
    f.fire()
    expect(isLoading.value).toBe(false)
  })

  it('stops showing loading when the screen fails to load', () => {
    const f = fakes()
    const { isLoading } = useRouteLoading(f.router as never, { setTimer: f.setTimer, clearTimer: f.clearTimer })
    f.hooks.before.forEach((h) => h())
    f.fire()
    f.hooks.error.forEach((h) => h())
    expect(isLoading.value).toBe(false)
  })

  it('removes its hooks with the scope that made it', () => {
    const f = fakes()
    const scope = effectScope()
    scope.run(() => useRouteLoading(f.router as never, { setTimer: f.setTimer, clearTimer: f.clearTimer }))
    scope.stop()
    expect([f.hooks.before, f.hooks.after, f.hooks.error].map((l) => l.length)).toEqual([0, 0, 0])
  })
})
