import { onScopeDispose } from 'vue'
import { isTypingTarget, matchShortcut, type Shortcut } from '@/domain/shortcuts'

export interface UseShortcutsOptions<A extends string> {
  /** The screen's shortcut table (e.g. HUDDLE_SHORTCUTS). */
  table: readonly Shortcut<A>[]
  /** What each action does; actions without a handler are ignored (their keys pass through). */
  handlers: Partial<Record<A, () => void>>
  /** Where to listen; injectable for tests. Defaults to `window`. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>
  /** Checked on every key; false turns the table off (e.g. while a dialog is open). */
  isEnabled?: () => boolean
}

/** Elements that Space would also activate (a click on keyup) if the shortcut let it through. */
function isActivatable(target: EventTarget | null): boolean {
  if (!target || typeof target !== 'object') return false
  const el = target as { tagName?: string; type?: string; getAttribute?: (n: string) => string | null }
  const tag = typeof el.tagName === 'string' ? el.tagName.toUpperCase() : ''
  if (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A') return true
  if (tag === 'INPUT' && !isTypingTarget(el as object)) return true
  const role = el.getAttribute?.('role')
  return role === 'button' || role === 'checkbox' || role === 'switch' || role === 'tab'
}

/**
 * Runs a table of keyboard shortcuts while the calling scope lives. The gate is matchShortcut's:
 * nothing fires while the user types in a field. A matched key's default is prevented; for Space
 * on a focused button the following keyup is swallowed too, so one press does one thing (the
 * shortcut), never the shortcut and a click on the button.
 */
export function useShortcuts<A extends string>(options: UseShortcutsOptions<A>): { stop: () => void } {
  const target = options.target ?? window
  let swallowSpaceKeyUp = false

  const onKeyDown = (event: Event) => {
    const e = event as KeyboardEvent
    if (options.isEnabled && !options.isEnabled()) return
    const action = matchShortcut(options.table, e)
    if (action === null) return
    const handler = options.handlers[action]
    if (!handler) return
    e.preventDefault()
    if (e.key === ' ' && isActivatable(e.target)) swallowSpaceKeyUp = true
    handler()
  }
  const onKeyUp = (event: Event) => {
    const e = event as KeyboardEvent
    if (swallowSpaceKeyUp && e.key === ' ') {
      e.preventDefault()
      swallowSpaceKeyUp = false
    }
  }

  target.addEventListener('keydown', onKeyDown)
  target.addEventListener('keyup', onKeyUp)
  const stop = () => {
    target.removeEventListener('keydown', onKeyDown)
    target.removeEventListener('keyup', onKeyUp)
  }
  onScopeDispose(stop)
  return { stop }
}
