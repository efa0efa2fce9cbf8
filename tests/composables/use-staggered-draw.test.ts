import { describe, expect, it } from 'vitest'
import { effectScope } from 'vue'
import { useStaggeredDraw } from '@/composables/use-staggered-draw'

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('charts drawn a task apart', () => {
  it('draws the first chart of a render at once and the others in later tasks', async () => {
    const scope = effectScope()
    const drawn = scope.run(() => [useStaggeredDraw(), useStaggeredDraw(), useStaggeredDraw()])!
    expect(drawn.map((d) => d.value)).toEqual([true, false, false])
    await nextTask()
    expect(drawn.map((d) => d.value)).toEqual([true, true, true])
    scope.stop()
  })

  it('draws the first chart of the next render at once again', async () => {
    const scope = effectScope()
    scope.run(() => [useStaggeredDraw(), useStaggeredDraw()])
    await Promise.resolve()
    expect(scope.run(() => useStaggeredDraw())!.value).toBe(true)
    scope.stop()
  })
})
