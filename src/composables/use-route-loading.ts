import { onScopeDispose, readonly, ref } from 'vue'
import type { Router } from 'vue-router'

/** A screen that appears within this long needs no sign of loading (it would only flicker). */
export const ROUTE_LOADING_DELAY_MS = 300

export interface UseRouteLoadingOptions {
  /** How long a navigation may take before it shows it is loading. */
  delayMs?: number
  /** Injectable for tests. */
  setTimer?: (callback: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
}

/**
 * Whether a screen is taking long to appear: true once a navigation has been under way for
 * `delayMs` (in `npm run web` each screen's code is compiled on its first visit, which takes
 * seconds), false when it lands or fails. The hooks are removed with the calling scope.
 */
export function useRouteLoading(
  router: Pick<Router, 'beforeEach' | 'afterEach' | 'onError'>,
  options: UseRouteLoadingOptions = {},
) {
  const delayMs = options.delayMs ?? ROUTE_LOADING_DELAY_MS
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms))
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>))
  const isLoading = ref(false)
  let handle: unknown = null

  function settle(): void {
    if (handle !== null) clearTimer(handle)
    handle = null
    isLoading.value = false
  }

  const removeBefore = router.beforeEach(() => {
    settle()
    handle = setTimer(() => {
      handle = null
      isLoading.value = true
    }, delayMs)
  })
  const removeAfter = router.afterEach(settle)
  const removeError = router.onError(settle)
  onScopeDispose(() => {
    settle()
    removeBefore()
    removeAfter()
    removeError()
  })

  return { isLoading: readonly(isLoading) }
}
