import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { loadDemoData } from '@/db/demo-repo'
import { allHandoffs, clearAllData, dataRange, type DataRange } from '@/db/handoff-repo'
import { listIcpVersions } from '@/db/icp-repo'
import { NO_FILTERS, toRows, type HandoffRow, type RowFilters, type RowSort } from '@/domain/handoff-table'
import { useSettingsStore } from './settings'

export interface Progress {
  label: string
  done: number
  total: number
}

export const useHandoffsStore = defineStore('handoffs', () => {
  const rows = shallowRef<HandoffRow[]>([])
  const range = ref<DataRange>({ count: 0, first: null, last: null })
  const isLoading = ref(false)
  const progress = ref<Progress | null>(null)
  const error = ref<string | null>(null)
  /** Kept here, not in the view, so coming back from a handoff's detail restores them. */
  const filters = ref<RowFilters>({ ...NO_FILTERS })
  const sort = ref<RowSort>({ key: 'bookedAt', direction: 'desc' })

  /** Reads every handoff and derives the table's columns once (checklist, SLA as of now, bar). */
  async function refresh(asOf = Date.now()): Promise<void> {
    isLoading.value = true
    try {
      const [all, span, icpVersions] = await Promise.all([allHandoffs(), dataRange(), listIcpVersions()])
      rows.value = toRows(all, { settings: useSettingsStore().settings, asOf, icpVersions })
      range.value = span
      error.value = null
    } catch (e) {
      error.value = `Could not read the local database: ${(e as Error).message}`
    } finally {
      isLoading.value = false
    }
  }

  async function loadDemo(): Promise<void> {
    const settings = useSettingsStore().settings
    progress.value = { label: 'Creating demo data', done: 0, total: 1 }
    try {
      await loadDemoData(settings, Date.now(), (done, total) => {
        progress.value = { label: 'Creating demo data', done, total }
      })
      await refresh()
    } catch (e) {
      error.value = `Demo data could not be saved: ${(e as Error).message}`
    } finally {
      progress.value = null
    }
  }

  async function clearAll(): Promise<void> {
    await clearAllData()
    await refresh()
  }

  function clearFilters(): void {
    filters.value = { ...NO_FILTERS }
  }

  return { rows, range, isLoading, progress, error, filters, sort, refresh, loadDemo, clearAll, clearFilters }
})
