/**
 * The file being imported: its bytes, what reading its header found (sheets, columns, a preview
 * and each column's values), the layout its headers are recognised as, and the source name that
 * keeps its records apart from another CRM's. Part of the import store (./index.ts).
 */
import { computed, ref, shallowRef } from 'vue'
import type { ExportInspection } from '@/domain/import/inspect'
import { recognise, resemblanceNote } from '@/domain/import/known-exports'
import { ParseCancelled } from '@/workers/import-runner'
import type { ImportWork } from './busy'
import { aboutFile, errorText } from './messages'
import { currentRunner } from './runner'
import type { ImportScreen } from './screen'

export interface ImportedFile {
  name: string
  bytes: Uint8Array
}

export function createImportFile(deps: { screen: ImportScreen; work: ImportWork }) {
  const file = shallowRef<ImportedFile | null>(null)
  const inspection = shallowRef<ExportInspection | null>(null)
  const importSource = ref('')

  /** What the file's headers say: the recognised layout, or custom and what it resembles. Never carried over. */
  const recognition = computed(() => (inspection.value ? recognise(inspection.value.headers) : null))
  const recognitionText = computed(() => {
    const r = recognition.value
    if (!r) return ''
    if (r.known) return `Recognised: ${r.known.label}.`
    return resemblanceNote(r) ?? 'Not a layout the app knows, so it is read by its column names.'
  })

  /** Reads the file's header, preview and column values (of `sheet`, in a workbook); false when it could not. */
  async function inspectFile(sheet?: string): Promise<boolean> {
    const f = file.value!
    try {
      inspection.value = await deps.work.withBusy(
        { kind: 'reading', label: `Reading ${f.name}`, done: 0, total: 1 },
        (job) => currentRunner().inspect({ fileName: f.name, bytes: f.bytes }, { sheet, previewRows: 5 }, job),
      )
      return true
    } catch (e) {
      if (e instanceof ParseCancelled) deps.screen.notice.value = `Reading ${f.name} was cancelled.`
      else deps.screen.error.value = aboutFile(f.name, errorText(e))
      return false
    }
  }

  /** Starting over: no file, and nothing of the last one's detection. */
  function clear(): void {
    file.value = null
    inspection.value = null
    importSource.value = ''
  }

  return { file, inspection, importSource, recognition, recognitionText, inspectFile, clear }
}
