import { useTeamPublishStore } from '../team-publish'
import { nowIso } from '@/domain/clock'
import { defineStore } from 'pinia'
import { loadReasonRules } from '@/db/reason-rules-repo'
import { computed, ref, shallowRef } from 'vue'
import { commitImport, ImportCancelled, planImport, saveMapping, sha256Hex, type ImportPlan } from '@/db/import-repo'
import type { ImportRunRow } from '@/db/rows'
import type { HandoffField } from '@/domain/handoff'
import { UndecidedDecisionError } from '@/domain/import/errors'
import {
  AmbiguousDateOrderError,
  isImportError,
  rejectedRowsCsv,
  type DateOrder,
  type ImportParse,
} from '@/domain/import'
import { desktop } from '@/platform/desktop'
import { ParseCancelled } from '@/workers/import-runner'
import { useDataVersionStore } from '../data-version'
import { useImportHistoryStore } from '../import-history'
import { sourceNameOf } from '@/domain/import/known-exports'
import { isTemplateLayout } from '@/domain/import/mapping'
import { readBothWays } from '@/domain/import/dates'
import type { ReasonRule } from '@/domain/rules/reasons'
import { useSettingsStore } from '../settings'
import { createImportBusy } from './busy'
import { createImportScreen } from './screen'
import { createImportFile, type ImportedFile } from './file'
import { currentRunner } from './runner'
import { createImportMapping } from './mapping'
import { createImportDecision } from './decision'
import { createSavedMappings } from './saved-mappings'
import { createMappingFiles } from './mapping-files'
import { aboutFile, errorText } from './messages'
import { failureText } from '@/stores/shared/db-error-notices'
import { carriedMaskOf, notAssessedFields, notCarriedMessage } from '@/domain/carried'

export { REQUIRED_FIELDS } from '@/domain/import'
export { NOT_IN_EXPORT } from './mapping'
/** Recommended: without it, re-imports match rows by a derived key (see derivedExternalId). */
export const RECOMMENDED_FIELDS = ['externalId'] as const satisfies readonly HandoffField[]

const IMPORT_FILE_FILTERS = [{ name: 'CRM exports', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }]

export { setImportRunner } from './runner'

const baseName = (fileName: string): string => fileName.replace(/\.[^.]+$/, '') || 'export'

/**
 * The import screen's flow: choose a file → map its columns → preview what would change →
 * write in one transaction → report. History and undo live in the import-history store.
 */
export const useImportStore = defineStore('import', () => {
  const screen = createImportScreen()
  const { step, error, notice } = screen
  const work = createImportBusy()
  const { busy, withBusy, cancel, stop } = work

  const source = createImportFile({ screen, work })
  const { file, inspection, importSource, recognition, recognitionText, inspectFile, clear: clearFile } = source
  const draft = createImportMapping({ screen, inspection, fileName: () => file.value?.name })
  const {
    columns,
    valueChoices,
    dateOrder,
    mappingOrigin,
    mapping,
    missingRequired,
    distinctFor,
    choiceFor,
    setChoice,
    setColumn,
    addColumn,
    applyMapping,
    clear: clearMapping,
  } = draft
  const decision = createImportDecision({ inspection, draft })
  const { draftDecisions, decisionQuestion, answerDecisionColumn } = decision
  /**
   * Set when every value of a date column reads both ways: one example read each way, and the
   * order this source's saved mapping remembers, preselected (never applied unasked).
   */
  const dateQuestion = ref<{
    field: string
    column: string
    example: { value: string; DMY: string; MDY: string } | null
    remembered: DateOrder | null
  } | null>(null)
  /** The team's reason rules, as the import applies them: the value tables read reasons the same way. */
  const reasonRules = shallowRef<readonly ReasonRule[] | undefined>(undefined)

  const parse = shallowRef<ImportParse | null>(null)
  const plan = shallowRef<ImportPlan | null>(null)
  const report = shallowRef<{ run: ImportRunRow; parse: ImportParse; plan: ImportPlan } | null>(null)

  const history = useImportHistoryStore()
  history.whenUndone((runId) => {
    if (report.value?.run.id === runId) reset()
  })

  const timeZone = () => useSettingsStore().settings.timeZone
  /** What the file read (preview or report) did not carry of the checklist, said once. */
  const notCarried = computed(() => {
    const carried = (parse.value ?? report.value?.parse)?.carried
    if (!carried) return null
    return notCarriedMessage(notAssessedFields(carriedMaskOf(carried), useSettingsStore().settings.requiredFields))
  })

  const saved = createSavedMappings({ screen, inspection, recognition, importSource, draft })
  const { savedOffer, rememberedDateOrder, chooseInitialMapping, setImportSource, useSavedMapping } = saved
  const { loadMappingFile, saveMappingFile } = createMappingFiles({ screen, importSource, draft, savedOffer })

  /** Every status/stage value with the decision it is imported as, for one confirmation. */
  // Several status columns: the combinations as the rows were really read, once the file is.
  const decisions = computed(() => parse.value?.statusCombinations ?? draftDecisions.value)

  /** bookedAt and sdr block the import; a missing status only warns. */
  const canPreview = computed(
    () => !!inspection.value && !!columns.value.bookedAt && !!columns.value.sdr && !busy.value,
  )

  function clearResults() {
    parse.value = null
    plan.value = null
    report.value = null
    dateQuestion.value = null
  }

  function reset(): void {
    stop()
    step.value = 'choose'
    error.value = null
    notice.value = null
    clearFile()
    clearMapping()
    saved.clear()
    history.notice = null
    history.error = null
    clearResults()
  }

  /** A file picked or dropped: read its header, preview and column values, then map. */
  async function openFile(picked: ImportedFile): Promise<void> {
    if (busy.value) return
    reset()
    file.value = picked
    if (!(await inspectFile())) {
      step.value = 'choose'
      return
    }
    // From this file's headers alone: nothing of the previous file's detection survives `reset`.
    importSource.value = sourceNameOf(recognition.value!, isTemplateLayout(inspection.value!.headers))
    reasonRules.value = await loadReasonRules()
    await chooseInitialMapping()
    decision.applyDecisionProposal()
    step.value = 'mapping'
  }

  async function chooseFile(): Promise<void> {
    error.value = null
    try {
      const picked = await desktop().openFile({ title: 'Import a CRM export', filters: IMPORT_FILE_FILTERS })
      if (picked) await openFile(picked)
    } catch (e) {
      error.value = `The file could not be opened: ${errorText(e)}`
    }
  }

  async function selectSheet(sheet: string): Promise<void> {
    const keep = mapping.value
    clearResults()
    if (await inspectFile(sheet)) applyMapping(keep, mappingOrigin.value)
  }

  /** Reads the whole file with the mapping and compares it with what is stored. */
  async function toPreview(): Promise<void> {
    const f = file.value
    if (!f || !inspection.value || busy.value) return
    error.value = null
    notice.value = null
    if (!importSource.value) {
      error.value = 'Give this source a name (for example "hubspot"): it keeps two CRMs\' records apart.'
      return
    }
    clearResults()
    try {
      await withBusy({ kind: 'parsing', label: `Reading ${f.name}`, done: 0, total: 1 }, async (job) => {
        // The rules the value tables showed are the rules the rows are read with.
        reasonRules.value = await loadReasonRules()
        const parsed = await currentRunner().parse(
          { fileName: f.name, bytes: f.bytes },
          {
            timeZone: timeZone(),
            mapping: mapping.value,
            importSource: importSource.value,
            rememberedDateOrder: rememberedDateOrder.value || undefined,
            sheet: inspection.value?.sheet ?? undefined,
            reasonRules: reasonRules.value,
          },
          job,
        )
        job.show({ kind: 'parsing', label: 'Comparing with stored handoffs', done: 1, total: 1 })
        plan.value = await planImport(
          parsed.handoffs,
          parsed.importSource,
          timeZone(),
          parsed.carried,
          useSettingsStore().settings.team,
        )
        parse.value = parsed
        step.value = 'preview'
      })
    } catch (e) {
      if (e instanceof AmbiguousDateOrderError) {
        const both = e.example ? readBothWays(e.example) : null
        dateQuestion.value = {
          field: e.field,
          column: e.column,
          example: both && e.example ? { value: e.example, ...both } : null,
          remembered: e.remembered,
        }
      } else if (e instanceof UndecidedDecisionError)
        error.value = `${e.message.split(':')[0]}: answer the question about it above the fields, then preview again.`
      else if (e instanceof ParseCancelled) notice.value = `Reading ${f.name} was cancelled.`
      else
        error.value = isImportError(e) ? aboutFile(f.name, e.message) : `${f.name} could not be read: ${errorText(e)}`
    }
  }

  async function answerDateOrder(order: DateOrder): Promise<void> {
    dateOrder.value = order
    dateQuestion.value = null
    await toPreview()
  }

  function backToMapping(): void {
    clearResults()
    error.value = null
    step.value = 'mapping'
  }

  /** Writes the plan in one transaction; the mapping is saved for the source once it worked. */
  async function commit(): Promise<void> {
    const f = file.value
    const p = plan.value
    const parsed = parse.value
    if (!f || !p || !parsed || busy.value) return
    error.value = null
    notice.value = null
    const writes = p.counts.new + p.counts.updated
    const label = `Saving ${writes.toLocaleString('en-US')} handoffs`
    try {
      await withBusy({ kind: 'writing', label, done: 0, total: Math.max(1, writes) }, async (job) => {
        const usedMapping = parsed.mapping
        const run = await commitImport(
          p,
          {
            fileName: f.name,
            fileSize: f.bytes.byteLength,
            sha256: await sha256Hex(f.bytes),
            mapping: usedMapping,
            rows: parsed.rows,
            rejected: parsed.rejected.length,
            startedAt: nowIso(),
            carried: parsed.carried,
          },
          job,
        )
        // The order chosen or detected is remembered with the source's mapping (issue 12, item 7).
        const order =
          usedMapping.dateOrder ??
          Object.values(parsed.dateOrders).find((o) => o !== 'YMD') ??
          (rememberedDateOrder.value || undefined)
        await saveMapping(p.importSource, order ? { ...usedMapping, dateOrder: order } : usedMapping)
        report.value = { run, parse: parsed, plan: p }
        step.value = 'report'
        await useDataVersionStore().changed()
        // The leader's copy follows the import (a shared folder chosen on the Data screen).
        void useTeamPublishStore().republish()
      })
    } catch (e) {
      if (e instanceof ImportCancelled) notice.value = e.message
      else error.value = `${f.name} was not imported (nothing was saved): ${failureText(e)}`
    }
  }

  async function downloadRejected(): Promise<void> {
    const parsed = report.value?.parse ?? parse.value
    if (!parsed || parsed.rejected.length === 0) return
    const bytes = new TextEncoder().encode(rejectedRowsCsv(parsed))
    try {
      const saved = await desktop().saveFile({
        suggestedName: `${baseName(parsed.fileName)}-rejected-rows.csv`,
        bytes,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      })
      if (saved)
        notice.value = `Saved ${parsed.rejected.length} rejected rows to ${saved.path}. Fix them there and import that file.`
    } catch (e) {
      error.value = `The rejected rows could not be saved: ${errorText(e)}`
    }
  }

  return {
    notCarried,
    step,
    busy,
    error,
    notice,
    file,
    inspection,
    importSource,
    columns,
    valueChoices,
    dateOrder,
    rememberedDateOrder,
    mappingOrigin,
    savedOffer,
    dateQuestion,
    parse,
    plan,
    report,
    mapping,
    decisions,
    missingRequired,
    canPreview,
    distinctFor,
    choiceFor,
    setChoice,
    setColumn,
    addColumn,
    recognition,
    recognitionText,
    decisionQuestion,
    answerDecisionColumn,
    reasonRules,
    reset,
    openFile,
    chooseFile,
    selectSheet,
    setImportSource,
    useSavedMapping,
    toPreview,
    answerDateOrder,
    backToMapping,
    commit,
    cancel,
    downloadRejected,
    loadMappingFile,
    saveMappingFile,
  }
})
