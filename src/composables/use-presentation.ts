import { readonly, ref } from 'vue'
import { desktop } from '@/platform/desktop'
import type { DesktopApi } from '@/shared/ipc-contract'

export type Theme = 'light' | 'dark'

/** App-wide: App.vue hides its chrome and the huddle screen enlarges while this is on. */
const isPresenting = ref(false)
const theme = ref<Theme | null>(null)

export interface UsePresentationOptions {
  /** Injectable for tests. */
  document?: Document
  desktop?: () => Pick<DesktopApi, 'setFullScreen'>
}

/**
 * Presentation mode: full screen, large type and the app chrome hidden (CSS keyed on
 * `<html data-presenting="true">`), plus a light/dark theme toggle (`data-theme`). State is
 * shared by every caller, so the menu command, the P key and a button agree.
 */
export function usePresentation(options: UsePresentationOptions = {}) {
  const doc = options.document ?? document
  const bridge = options.desktop ?? desktop

  function apply(): void {
    const root = doc.documentElement
    if (isPresenting.value) root.dataset.presenting = 'true'
    else delete root.dataset.presenting
    if (theme.value) root.dataset.theme = theme.value
  }

  async function setPresenting(on: boolean): Promise<void> {
    if (isPresenting.value === on) return
    isPresenting.value = on
    // Pin the theme while presenting so the high-contrast palette matches what the room sees.
    if (on && !theme.value) theme.value = currentTheme()
    apply()
    // Full screen is best effort: a browser may refuse it without a user gesture.
    await bridge()
      .setFullScreen(on)
      .catch(() => undefined)
  }

  /** The theme in effect: the chosen one, else the system's preference. */
  function currentTheme(): Theme {
    if (theme.value) return theme.value
    return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
  }

  function setTheme(next: Theme): void {
    theme.value = next
    apply()
  }

  return {
    isPresenting: readonly(isPresenting),
    theme: readonly(theme),
    enter: () => setPresenting(true),
    leave: () => setPresenting(false),
    toggle: () => setPresenting(!isPresenting.value),
    currentTheme,
    setTheme,
    toggleTheme: () => setTheme(currentTheme() === 'dark' ? 'light' : 'dark'),
  }
}
