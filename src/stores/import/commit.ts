/**
 * Writing the previewed plan in one transaction, and the report after it: what the file did not
 * carry, and its rejected rows to download and fix. Part of the import store (./index.ts); the
 * mapping that worked is saved for the source here.
 */
import { computed, shallowRef, type Ref } from 'vue'
import { commitImport, ImportCancelled, saveMapping, sha256Hex, type ImportPlan, type RunMeta } from '@/db/import-repo'
import type { ImportRunRow } from '@/db/rows'
import { nowIso } from '@/domain/clock'
import type { DateOrder, Mapping } from '@/domain/import/mapping'
import type { ImportParse } from '@/domain/import/pipeline'
import { rejectedRowsCsv } from '@/domain/import/write'
import { countOf } from '@/domain/format'
import { carriedMaskOf, notAssessedFields, notCarriedMessage } from '@/domain/carried'
import { desktop } from '@/platform/desktop'
import { failureText } from '@/stores/shared/db-error-notices'
import { useDataVersionStore } from '../data-version'
import { useSettingsStore } from '../settings'
import { useTeamPublishStore } from '../team-publish'
import type { ImportWork } from './busy'
import type { ImportedFile } from './file'
import { errorText } from './messages'
import type { createImportPreview } from './preview'
import type { ImportScreen } from './screen'

const baseName = (fileName: string): string => fileName.replace(/\.[^.]+$/, '') || 'export'

/** What the import history records of the run: the file, its fingerprint and what was read. */
async function runMeta(f: ImportedFile, parsed: ImportParse): Promise<RunMeta> {
  return {
    fileName: f.name,
    fileSize: f.bytes.byteLength,
    sha256: await sha256Hex(f.bytes),
    mapping: parsed.mapping,
    rows: parsed.rows,
    rejected: parsed.rejected.length,
    startedAt: nowIso(),
    carried: parsed.carried,
  }
}

/** The mapping saved for the source, with the date order chosen or detected (issue 12, item 7). */
function mappingToKeep(parsed: ImportParse, remembered: DateOrder | ''): Mapping {
  const used = parsed.mapping
  const order = used.dateOrder ?? Object.values(parsed.dateOrders).find((o) => o !== 'YMD') ?? (remembered || undefined)
  return order ? { ...used, dateOrder: order } : used
}

export function createImportCommit(deps: {
  screen: ImportScreen
  work: ImportWork
  file: Ref<ImportedFile | null>
  preview: ReturnType<typeof createImportPreview>
  rememberedDateOrder: Ref<DateOrder | ''>
}) {
  const { screen, preview } = deps
  const report = shallowRef<{ run: ImportRunRow; parse: ImportParse; plan: ImportPlan } | null>(null)

  /** What the file read (preview or report) did not carry of the checklist, said once. */
  const notCarried = computed(() => {
    const carried = (preview.parse.value ?? report.value?.parse)?.carried
    if (!carried) return null
    return notCarriedMessage(notAssessedFields(carriedMaskOf(carried), useSettingsStore().settings.requiredFields))
  })

  /** Writes the plan in one transaction; the mapping is saved for the source once it worked. */
  async function commit(): Promise<void> {
    const f = deps.file.value
    const p = preview.plan.value
    const parsed = preview.parse.value
    if (!f || !p || !parsed || deps.work.busy.value) return
    screen.error.value = null
    screen.notice.value = null
    const writes = p.counts.new + p.counts.updated
    const label = `Saving ${countOf(writes, 'handoff')}`
    try {
      await deps.work.withBusy({ kind: 'writing', label, done: 0, total: Math.max(1, writes) }, async (job) => {
        const run = await commitImport(p, await runMeta(f, parsed), job)
        await saveMapping(p.importSource, mappingToKeep(parsed, deps.rememberedDateOrder.value))
        report.value = { run, parse: parsed, plan: p }
        screen.step.value = 'report'
        await useDataVersionStore().changed()
        // The leader's copy follows the import (a shared folder chosen on the Data screen).
        void useTeamPublishStore().republish()
      })
    } catch (e) {
      if (e instanceof ImportCancelled) screen.notice.value = e.message
      else screen.error.value = `${f.name} was not imported (nothing was saved): ${failureText(e)}`
    }
  }

  async function downloadRejected(): Promise<void> {
    const parsed = report.value?.parse ?? preview.parse.value
    if (!parsed || parsed.rejected.length === 0) return
    const bytes = new TextEncoder().encode(rejectedRowsCsv(parsed))
    try {
      const saved = await desktop().saveFile({
        suggestedName: `${baseName(parsed.fileName)}-rejected-rows.csv`,
        bytes,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      })
      if (saved)
        screen.notice.value = `Saved ${parsed.rejected.length} rejected rows to ${saved.path}. Fix them there and import that file.`
    } catch (e) {
      screen.error.value = `The rejected rows could not be saved: ${errorText(e)}`
    }
  }

  return { report, notCarried, commit, downloadRejected }
}
