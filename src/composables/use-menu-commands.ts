import { onScopeDispose } from 'vue'
import { desktop } from '@/platform/desktop'
import type { MenuCommand } from '@/shared/ipc-contract'

/** Runs the handler for each application-menu command while the calling scope lives. */
export function useMenuCommands(handlers: Partial<Record<MenuCommand, () => void>>): void {
  const stop = desktop().onMenuCommand((command) => handlers[command]?.())
  onScopeDispose(stop)
}
