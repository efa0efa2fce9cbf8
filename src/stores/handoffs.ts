import { nowMs } from '@/domain/clock'
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { loadDemoData } from '@/db/demo-repo'
import { clearAllData, dataRange, handoffPages, handoffWeeks, newestHandoffs, type DataRange } from '@/db/handoff-repo'

export type { DataRange }
import { listIcpVersions } from '@/db/icp-repo'
import { nextTask } from '@/db/slices'
import { NO_FILTERS, toRows, type HandoffRow, type RowFilters, type RowSort } from '@/domain/handoff-table'
import { useSettingsStore } from './settings'
import { failureText } from '@/stores/shared/db-error-notices'
import { useDataVersionStore } from './data-version'

export interface Progress {
  label: string
  done: number
  total: number
}

/** Rows shown before the rest of a large table has loaded, and the page size after that. */
const FIRST_PAGE = 500
const PAGE = 5000
const ROWS_PER_TASK = 1500

export const useHandoffsStore = defineStore('handoffs', () => {
  const rows = shallowRef<HandoffRow[]>([])
  const range = ref<DataRange>({ count: 0, first: null, last: null })
  /** Weeks with bookings, newest first, from the week index (the week pickers read this). */
  const weeks = shallowRef<string[]>([])
  const isLoading = ref(false)
  const progress = ref<Progress | null>(null)
  const error = ref<string | null>(null)
  /** Kept here, not in the view, so coming back from a handoff's detail restores them. */
  const filters = ref<RowFilters>({ ...NO_FILTERS })
  const sort = ref<RowSort>({ key: 'bookedAt', direction: 'desc' })

  /** Rows read so far while a large table loads; null once every handoff is in `rows`. */
  const loading = ref<{ done: number; total: number } | null>(null)
  let generation = 0

  /**
   * Reads every handoff and derives the table's columns once (checklist, SLA as of now, bar).
   * A large table shows its newest page at once and fills in the rest page by page, so the first
   * screen does not wait for 100,000 rows. A newer refresh supersedes one still running.
   */
  async function refresh(asOf = nowMs()): Promise<void> {
    const current = ++generation
    isLoading.value = true
    try {
      const [span, icpVersions, weekKeys] = await Promise.all([dataRange(), listIcpVersions(), handoffWeeks()])
      if (current !== generation) return
      const ctx = { settings: useSettingsStore().settings, asOf, icpVersions }
      range.value = span
      weeks.value = [...weekKeys].reverse()
      if (span.count > FIRST_PAGE) {
        const newest = await newestHandoffs(FIRST_PAGE)
        if (current !== generation) return
        rows.value = toRows(newest, ctx)
        loading.value = { done: 0, total: span.count }
      }
      const all: HandoffRow[] = []
      for await (const page of handoffPages(PAGE)) {
        // Derived a slice per task: a page of 20,000 rows in one held the page 0.1-0.2 s (issue 20).
        for (let i = 0; i < page.length; i += ROWS_PER_TASK) {
          if (i > 0) await nextTask()
          if (current !== generation) return
          for (const row of toRows(page.slice(i, i + ROWS_PER_TASK), ctx)) all.push(row)
        }
        if (loading.value) loading.value = { done: all.length, total: span.count }
      }
      rows.value = all
      loading.value = null
      error.value = null
    } catch (e) {
      error.value = `Could not read the local database: ${failureText(e)}`
    } finally {
      if (current === generation) isLoading.value = false
    }
  }

  const dataVersion = useDataVersionStore()
  // The table, the week pickers and the footer read again after every write.
  dataVersion.follow(() => refresh())

  async function loadDemo(): Promise<void> {
    const settings = useSettingsStore().settings
    progress.value = { label: 'Creating demo data', done: 0, total: 1 }
    try {
      await loadDemoData(settings, nowMs(), (done, total) => {
        progress.value = { label: 'Creating demo data', done, total }
      })
      await dataVersion.changed()
    } catch (e) {
      error.value = `Demo data could not be saved: ${failureText(e)}`
    } finally {
      progress.value = null
    }
  }

  async function clearAll(): Promise<void> {
    await clearAllData()
    await dataVersion.changed()
  }

  function clearFilters(): void {
    filters.value = { ...NO_FILTERS }
  }

  return {
    rows,
    range,
    weeks,
    isLoading,
    loading,
    progress,
    error,
    filters,
    sort,
    refresh,
    loadDemo,
    clearAll,
    clearFilters,
  }
})
