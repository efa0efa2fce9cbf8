import { onScopeDispose, shallowRef, type ShallowRef } from 'vue'

/** Whether the app is in presentation mode (`data-presenting="true"` on <html>), kept live. */
export function usePresenting(options: { root?: HTMLElement } = {}): ShallowRef<boolean> {
  const root = options.root ?? document.documentElement
  const isPresenting = shallowRef(root.dataset.presenting === 'true')
  const observer = new MutationObserver(() => {
    isPresenting.value = root.dataset.presenting === 'true'
  })
  observer.observe(root, { attributes: true, attributeFilter: ['data-presenting', 'data-theme'] })
  onScopeDispose(() => observer.disconnect())
  return isPresenting
}
