/**
 * The import screen's store: choose a file → map its columns → preview what would change → write
 * in one transaction → report. Each part does one job: the file (./file.ts); the mapping being
 * edited (./mapping.ts) and the AE's decision in it (./decision.ts); the mapping saved per source
 * (./saved-mappings.ts) and mapping files (./mapping-files.ts); the preview (./preview.ts); the
 * commit and its report (./commit.ts). Reading, previewing and writing run through one busy job
 * (./busy.ts). Screens see one store; history and undo live in the import-history store.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { HandoffField } from '@/domain/handoff'
import { sourceNameOf } from '@/domain/import/known-exports'
import { isTemplateLayout } from '@/domain/import/mapping'
import { desktop } from '@/platform/desktop'
import { useImportHistoryStore } from '../import-history'
import { createImportBusy } from './busy'
import { createImportCommit } from './commit'
import { createImportDecision } from './decision'
import { createImportFile, type ImportedFile } from './file'
import { createImportMapping } from './mapping'
import { createMappingFiles } from './mapping-files'
import { errorText } from './messages'
import { createImportPreview } from './preview'
import { createSavedMappings } from './saved-mappings'
import { createImportScreen } from './screen'

export { REQUIRED_FIELDS } from '@/domain/import/columns'
export { NOT_IN_EXPORT } from './mapping'
export { setImportRunner } from './runner'
/** Recommended: without it, re-imports match rows by a derived key (see derivedExternalId). */
export const RECOMMENDED_FIELDS = ['externalId'] as const satisfies readonly HandoffField[]

const IMPORT_FILE_FILTERS = [{ name: 'CRM exports', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }]

export const useImportStore = defineStore('import', () => {
  const screen = createImportScreen()
  const { step, error, notice } = screen
  const work = createImportBusy()
  const source = createImportFile({ screen, work })
  const { file, inspection, importSource, recognition } = source
  const draft = createImportMapping({ screen, inspection, fileName: () => file.value?.name })
  const decision = createImportDecision({ inspection, draft })
  const saved = createSavedMappings({ screen, inspection, recognition, importSource, draft })
  const { rememberedDateOrder } = saved
  const files = createMappingFiles({ screen, importSource, draft, savedOffer: saved.savedOffer })
  const preview = createImportPreview({ screen, work, source, draft, rememberedDateOrder, clearResults })
  const committed = createImportCommit({ screen, work, file, preview, rememberedDateOrder })

  const history = useImportHistoryStore()
  history.whenUndone((runId) => {
    if (committed.report.value?.run.id === runId) reset()
  })

  /** Every status/stage value with the decision it is imported as, for one confirmation. */
  // Several status columns: the combinations as the rows were really read, once the file is.
  const decisions = computed(() => preview.parse.value?.statusCombinations ?? decision.draftDecisions.value)

  /** bookedAt and sdr block the import; a missing status only warns. */
  const canPreview = computed(
    () => !!inspection.value && !!draft.columns.value.bookedAt && !!draft.columns.value.sdr && !work.busy.value,
  )

  function clearResults(): void {
    preview.clear()
    committed.report.value = null
  }

  function reset(): void {
    work.stop()
    step.value = 'choose'
    error.value = null
    notice.value = null
    source.clear()
    draft.clear()
    saved.clear()
    history.notice = null
    history.error = null
    clearResults()
  }

  /** A file picked or dropped: read its header, preview and column values, then map. */
  async function openFile(picked: ImportedFile): Promise<void> {
    if (work.busy.value) return
    reset()
    file.value = picked
    if (!(await source.inspectFile())) {
      step.value = 'choose'
      return
    }
    // From this file's headers alone: nothing of the previous file's detection survives `reset`.
    importSource.value = sourceNameOf(recognition.value!, isTemplateLayout(inspection.value!.headers))
    await preview.readReasonRules()
    await saved.chooseInitialMapping()
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
    const keep = draft.mapping.value
    clearResults()
    if (await source.inspectFile(sheet)) draft.applyMapping(keep, draft.mappingOrigin.value)
  }

  function backToMapping(): void {
    clearResults()
    error.value = null
    step.value = 'mapping'
  }

  return {
    notCarried: committed.notCarried,
    step,
    busy: work.busy,
    error,
    notice,
    file,
    inspection,
    importSource,
    columns: draft.columns,
    valueChoices: draft.valueChoices,
    dateOrder: draft.dateOrder,
    rememberedDateOrder,
    mappingOrigin: draft.mappingOrigin,
    savedOffer: saved.savedOffer,
    dateQuestion: preview.dateQuestion,
    parse: preview.parse,
    plan: preview.plan,
    report: committed.report,
    mapping: draft.mapping,
    decisions,
    missingRequired: draft.missingRequired,
    canPreview,
    distinctFor: draft.distinctFor,
    choiceFor: draft.choiceFor,
    setChoice: draft.setChoice,
    setColumn: draft.setColumn,
    addColumn: draft.addColumn,
    recognition,
    recognitionText: source.recognitionText,
    decisionQuestion: decision.decisionQuestion,
    answerDecisionColumn: decision.answerDecisionColumn,
    reasonRules: preview.reasonRules,
    reset,
    openFile,
    chooseFile,
    selectSheet,
    setImportSource: saved.setImportSource,
    useSavedMapping: saved.useSavedMapping,
    toPreview: preview.toPreview,
    answerDateOrder: preview.answerDateOrder,
    backToMapping,
    commit: committed.commit,
    cancel: work.cancel,
    downloadRejected: committed.downloadRejected,
    loadMappingFile: files.loadMappingFile,
    saveMappingFile: files.saveMappingFile,
  }
})
