/**
 * The preview: the whole file read with the mapping and compared with what is stored, or the
 * question that has to be answered first (a date order, a decision column). Part of the import
 * store (./index.ts); the commit part (./commit.ts) writes the plan it makes.
 */
import { ref, shallowRef, type Ref } from 'vue'
import { planImport, type ImportPlan } from '@/db/import-repo'
import { loadReasonRules } from '@/db/reason-rules-repo'
import { AmbiguousDateOrderError, isImportError } from '@/domain/import/errors'
import type { DateOrder } from '@/domain/import/mapping'
import type { ImportOptions, ImportParse } from '@/domain/import/pipeline'
import { readBothWays } from '@/domain/import/dates'
import { UndecidedDecisionError } from '@/domain/import/errors'
import type { ReasonRule } from '@/domain/rules/reasons'
import { ParseCancelled } from '@/workers/import-runner'
import { useSettingsStore } from '../settings'
import type { BusyJob, ImportWork } from './busy'
import type { createImportFile, ImportedFile } from './file'
import type { createImportMapping } from './mapping'
import { aboutFile, errorText } from './messages'
import { currentRunner } from './runner'
import type { ImportScreen } from './screen'

/**
 * Asked when every value of a date column reads both ways: one example read each way, and the
 * order this source's saved mapping remembers, preselected (never applied unasked).
 */
interface DateQuestion {
  field: string
  column: string
  example: { value: string; DMY: string; MDY: string } | null
  remembered: DateOrder | null
}

function dateQuestionOf(e: AmbiguousDateOrderError): DateQuestion {
  const both = e.example ? readBothWays(e.example) : null
  return {
    field: e.field,
    column: e.column,
    example: both && e.example ? { value: e.example, ...both } : null,
    remembered: e.remembered,
  }
}

/** Why a file could not be previewed, in the manager's words: an error, or a notice when cancelled. */
function previewFailure(e: unknown, fileName: string): { error: string } | { notice: string } {
  if (e instanceof UndecidedDecisionError)
    return { error: `${e.message.split(':')[0]}: answer the question about it above the fields, then preview again.` }
  if (e instanceof ParseCancelled) return { notice: `Reading ${fileName} was cancelled.` }
  if (isImportError(e)) return { error: aboutFile(fileName, e.message) }
  return { error: `${fileName} could not be read: ${errorText(e)}` }
}

/** How the file is read: everything but progress, which the busy job reports. */
type ParseOptions = Omit<ImportOptions, 'onProgress'>

/** Reads the whole file with `options` and plans what it would change in what is stored. */
async function readAndPlan(f: ImportedFile, options: ParseOptions, job: BusyJob) {
  const parsed = await currentRunner().parse({ fileName: f.name, bytes: f.bytes }, options, job)
  job.show({ kind: 'parsing', label: 'Comparing with stored handoffs', done: 1, total: 1 })
  const { timeZone, team } = useSettingsStore().settings
  const plan = await planImport(parsed.handoffs, parsed.importSource, timeZone, parsed.carried, team)
  return { parsed, plan }
}

export function createImportPreview(deps: {
  screen: ImportScreen
  work: ImportWork
  source: ReturnType<typeof createImportFile>
  draft: ReturnType<typeof createImportMapping>
  rememberedDateOrder: Ref<DateOrder | ''>
  /** Clears the preview, the report and any question before the file is read again. */
  clearResults: () => void
}) {
  const { screen, source, draft } = deps
  const dateQuestion = ref<DateQuestion | null>(null)
  /** The team's reason rules, as the import applies them: the value tables read reasons the same way. */
  const reasonRules = shallowRef<readonly ReasonRule[] | undefined>(undefined)
  const parse = shallowRef<ImportParse | null>(null)
  const plan = shallowRef<ImportPlan | null>(null)

  async function readReasonRules(): Promise<void> {
    reasonRules.value = await loadReasonRules()
  }

  /** Reads the whole file with the mapping as it is now; shows the preview. */
  async function showPreview(f: ImportedFile): Promise<void> {
    await deps.work.withBusy({ kind: 'parsing', label: `Reading ${f.name}`, done: 0, total: 1 }, async (job) => {
      // The rules the value tables showed are the rules the rows are read with.
      await readReasonRules()
      const options: ParseOptions = {
        timeZone: useSettingsStore().settings.timeZone,
        mapping: draft.mapping.value,
        importSource: source.importSource.value,
        rememberedDateOrder: deps.rememberedDateOrder.value || undefined,
        sheet: source.inspection.value?.sheet ?? undefined,
        reasonRules: reasonRules.value,
      }
      const read = await readAndPlan(f, options, job)
      plan.value = read.plan
      parse.value = read.parsed
      screen.step.value = 'preview'
    })
  }

  /** Reads the whole file with the mapping and compares it with what is stored. */
  async function toPreview(): Promise<void> {
    const f = source.file.value
    if (!f || !source.inspection.value || deps.work.busy.value) return
    screen.error.value = null
    screen.notice.value = null
    if (!source.importSource.value) {
      screen.error.value = 'Give this source a name (for example "hubspot"): it keeps two CRMs\' records apart.'
      return
    }
    deps.clearResults()
    try {
      await showPreview(f)
    } catch (e) {
      if (e instanceof AmbiguousDateOrderError) dateQuestion.value = dateQuestionOf(e)
      else {
        const failure = previewFailure(e, f.name)
        if ('error' in failure) screen.error.value = failure.error
        else screen.notice.value = failure.notice
      }
    }
  }

  async function answerDateOrder(order: DateOrder): Promise<void> {
    draft.dateOrder.value = order
    dateQuestion.value = null
    await toPreview()
  }

  function clear(): void {
    parse.value = null
    plan.value = null
    dateQuestion.value = null
  }

  return { dateQuestion, reasonRules, parse, plan, readReasonRules, toPreview, answerDateOrder, clear }
}
