import { defineStore } from 'pinia'
import { shallowRef, ref } from 'vue'
import { importHistory, lastUndoableRun, undoRun } from '@/db/import-repo'
import type { ImportRunRow } from '@/db/rows'
import { useDataVersionStore } from './data-version'
import { useSettingsStore } from './settings'
import { countOf } from '@/domain/format'

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** The import history and the undo of the last run that is not undone yet. */
export const useImportHistoryStore = defineStore('import-history', () => {
  const history = shallowRef<ImportRunRow[]>([])
  const lastUndoable = shallowRef<ImportRunRow | undefined>(undefined)
  const error = ref<string | null>(null)
  const notice = ref<string | null>(null)
  /** Called with the run id after an undo, so the import screen can drop a report of that run. */
  let onUndone: ((runId: number) => void) | null = null

  async function loadHistory(): Promise<void> {
    const [runs, last] = await Promise.all([importHistory(), lastUndoableRun()])
    history.value = runs
    lastUndoable.value = last
  }

  // An import, an undo, a restore or a clear changes the history too.
  useDataVersionStore().follow(loadHistory)

  function whenUndone(callback: (runId: number) => void): void {
    onUndone = callback
  }

  async function undoLast(): Promise<void> {
    const run = lastUndoable.value
    if (!run?.id) return
    error.value = null
    try {
      const { timeZone, team } = useSettingsStore().settings
      const { removed, restored } = await undoRun(run.id, { timeZone, team })
      onUndone?.(run.id)
      notice.value = `Undid the import of ${run.fileName}: removed ${countOf(removed, 'added handoff')}, restored ${restored} updated.`
      await useDataVersionStore().changed()
    } catch (e) {
      error.value = `The import could not be undone: ${errorText(e)}`
    }
  }

  return { history, lastUndoable, error, notice, loadHistory, whenUndone, undoLast }
})
