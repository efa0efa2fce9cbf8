/**
 * The mapping being edited on the import's mapping step: which column feeds each field, how raw
 * status and stage values read, the date order, and the question about the AE's decision. Part of
 * the import store (./index.ts); thin wiring over src/domain/import/mapping-draft.ts.
 */
import { computed, ref, type ShallowRef } from 'vue'
import type { HandoffField } from '@/domain/handoff'
import { REQUIRED_FIELDS, type DateOrder, type Mapping } from '@/domain/import'
import type { ExportInspection } from '@/domain/import/inspect'
import {
  choiceFor as draftChoiceFor,
  distinctFor as draftDistinctFor,
  draftFromMapping,
  draftToMapping,
  decisionList,
  decisionQuestion as draftDecisionQuestion,
  draftWithDecisionColumn,
  type MappingDraft,
} from '@/domain/import/mapping-draft'
import type { ValueMapField } from '@/domain/import/value-maps'
import { proposeDecision } from '@/domain/import/decision-column'
import { headersOf } from '@/domain/import/mapping'
import type { ImportScreen } from './screen'

/** The column choice that says "this export has no such column" (a mapping's null). */
export const NOT_IN_EXPORT = '__not_in_export__'

export function createImportMapping(deps: {
  screen: ImportScreen
  inspection: ShallowRef<ExportInspection | null>
  fileName: () => string | undefined
}) {
  const { inspection } = deps
  /** Field → column key ('' or absent: not in the file). */
  const columns = ref<MappingDraft['columns']>({})
  /** Value choices the user (or a loaded mapping) made: field → raw value → target ('' = as read). */
  const valueChoices = ref<Partial<Record<ValueMapField, Record<string, string>>>>({})
  const dateOrder = ref<DateOrder | ''>('')
  /** The order this source's saved mapping remembers: used only when every date reads both ways. */
  const rememberedDateOrder = ref<DateOrder | ''>('')
  /** Where the current mapping came from, in words. */
  const mappingOrigin = ref('')

  const draft = () => ({ columns: columns.value, valueChoices: valueChoices.value, dateOrder: dateOrder.value })

  /** The mapping as the mapping file of docs/product.md: a fresh plain object (safe to post to a worker). */
  const mapping = computed<Mapping>(() => draftToMapping(draft(), inspection.value))
  const missingRequired = computed(() => REQUIRED_FIELDS.filter((f) => !columns.value[f]))
  /** Every status/stage value with the decision it is imported as, before the file is read. */
  const draftDecisions = computed(() => decisionList(inspection.value, draft()))

  /** The question the mapping screen asks about the AE's decision, if any (see `decisionQuestion`). */
  const decisionQuestion = computed(() => draftDecisionQuestion(inspection.value, draft()))

  /** The manager's answer: read the decision from this column, or (null) the export has none. */
  function answerDecisionColumn(column: string | null): void {
    if (column === null) {
      columns.value = { ...columns.value, status: null }
      return
    }
    const next = draftWithDecisionColumn(draft(), inspection.value, column)
    columns.value = next.columns
    valueChoices.value = next.valueChoices
  }

  /** A column whose every value is a known decision word is read at once, and said so. */
  function applyDecisionProposal(): void {
    const proposal = proposeDecision(inspection.value!, mapping.value)
    if (proposal.kind !== 'use') return
    answerDecisionColumn(proposal.column)
    mappingOrigin.value += ` · the AE's decision is read from “${proposal.header}”`
  }

  /** The distinct raw values of the column a value field is mapped to. */
  const distinctFor = (field: ValueMapField) => draftDistinctFor(inspection.value, draft(), field)

  /** The target shown for a raw value: the user's choice, else what the app would guess. */
  const choiceFor = (field: ValueMapField, raw: string): string => draftChoiceFor(draft(), field, raw)

  function setChoice(field: ValueMapField, raw: string, target: string): void {
    valueChoices.value = { ...valueChoices.value, [field]: { ...valueChoices.value[field], [raw]: target } }
  }

  /** The column for a field: a column key, '' (none chosen) or NOT_IN_EXPORT. */
  function setColumn(field: HandoffField, column: string, position = 0): void {
    if (column === NOT_IN_EXPORT) {
      columns.value = { ...columns.value, [field]: null }
      return
    }
    const current = headersOf(columns.value[field])
    if (position === 0 && current.length <= 1) {
      columns.value = { ...columns.value, [field]: column }
      return
    }
    const next = [...current]
    next[position] = column
    const kept = next.filter((c, i) => c !== '' || i === 0)
    columns.value = { ...columns.value, [field]: kept.length === 1 ? kept[0]! : kept }
  }

  /** "Add another column": the field is then read from several columns (docs/product.md rules). */
  function addColumn(field: HandoffField): void {
    const current = headersOf(columns.value[field])
    columns.value = { ...columns.value, [field]: [...(current.length > 0 ? current : ['']), ''] }
  }

  /** Applies a mapping to the file: columns it names that the file lacks are reported. */
  function applyMapping(m: Mapping, origin: string): void {
    const { draft: next, absent } = draftFromMapping(m, inspection.value)
    columns.value = next.columns
    valueChoices.value = next.valueChoices
    dateOrder.value = next.dateOrder
    mappingOrigin.value = origin
    deps.screen.notice.value =
      absent.length > 0
        ? `${origin}: these columns are not in ${deps.fileName() ?? 'the file'}, so those fields are unmapped: ${absent.join(', ')}`
        : null
  }

  /** Starting over: nothing of the last file's mapping is kept. */
  function clear(): void {
    columns.value = {}
    valueChoices.value = {}
    dateOrder.value = ''
    rememberedDateOrder.value = ''
    mappingOrigin.value = ''
  }

  return {
    columns,
    valueChoices,
    dateOrder,
    rememberedDateOrder,
    mappingOrigin,
    mapping,
    missingRequired,
    draftDecisions,
    decisionQuestion,
    answerDecisionColumn,
    applyDecisionProposal,
    distinctFor,
    choiceFor,
    setChoice,
    setColumn,
    addColumn,
    applyMapping,
    clear,
  }
}
