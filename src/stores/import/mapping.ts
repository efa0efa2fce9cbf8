/**
 * The mapping being edited on the import's mapping step: which column feeds each field, how raw
 * status and stage values read, and the date order. Part of the import store (./index.ts); thin
 * wiring over src/domain/import/mapping-draft.ts. The question about the AE's decision is
 * ./decision.ts.
 */
import { computed, ref, type ShallowRef } from 'vue'
import type { HandoffField } from '@/domain/handoff'
import { REQUIRED_FIELDS } from '@/domain/import/columns'
import type { ExportInspection } from '@/domain/import/inspect'
import {
  choiceFor as draftChoiceFor,
  distinctFor as draftDistinctFor,
  draftFromMapping,
  draftToMapping,
  type MappingDraft,
} from '@/domain/import/mapping-draft'
import type { ValueMapField } from '@/domain/import/value-maps'
import { columnRefOf, headersOf, type DateOrder, type Mapping } from '@/domain/import/mapping'
import type { ImportScreen } from './screen'

/** The column choice that says "this export has no such column" (a mapping's null). */
export const NOT_IN_EXPORT = '__not_in_export__'

type Columns = MappingDraft['columns']

/** The columns with `field` read from `column` at `position` (0 for a field read from one column). */
function columnsWith(columns: Columns, field: HandoffField, column: string, position: number): Columns {
  if (column === NOT_IN_EXPORT) return { ...columns, [field]: null }
  const current = headersOf(columns[field])
  if (position === 0 && current.length <= 1) return { ...columns, [field]: column }
  const next = [...current]
  next[position] = column
  const kept = next.filter((c, i) => c !== '' || i === 0)
  return { ...columns, [field]: columnRefOf(kept) }
}

/** What a loaded mapping could not apply to the file, said once; null when it all applied. */
const absentNotice = (origin: string, fileName: string | undefined, absent: readonly string[]): string | null =>
  absent.length > 0
    ? `${origin}: these columns are not in ${fileName ?? 'the file'}, so those fields are unmapped: ${absent.join(', ')}`
    : null

export function createImportMapping(deps: {
  screen: ImportScreen
  inspection: ShallowRef<ExportInspection | null>
  fileName: () => string | undefined
}) {
  const { inspection } = deps
  /** Field → column key ('' or absent: not in the file). */
  const columns = ref<Columns>({})
  /** Value choices the user (or a loaded mapping) made: field → raw value → target ('' = as read). */
  const valueChoices = ref<Partial<Record<ValueMapField, Record<string, string>>>>({})
  const dateOrder = ref<DateOrder | ''>('')
  /** Where the current mapping came from, in words. */
  const mappingOrigin = ref('')

  /** The draft as the domain's mapping-draft functions take it. */
  const asDraft = () => ({ columns: columns.value, valueChoices: valueChoices.value, dateOrder: dateOrder.value })

  /** The mapping as the mapping file of docs/product.md: a fresh plain object (safe to post to a worker). */
  const mapping = computed<Mapping>(() => draftToMapping(asDraft(), inspection.value))
  const missingRequired = computed(() => REQUIRED_FIELDS.filter((f) => !columns.value[f]))

  /** The distinct raw values of the column a value field is mapped to. */
  const distinctFor = (field: ValueMapField) => draftDistinctFor(inspection.value, asDraft(), field)

  /** The target shown for a raw value: the user's choice, else what the app would guess. */
  const choiceFor = (field: ValueMapField, raw: string): string => draftChoiceFor(asDraft(), field, raw)

  function setChoice(field: ValueMapField, raw: string, target: string): void {
    valueChoices.value = { ...valueChoices.value, [field]: { ...valueChoices.value[field], [raw]: target } }
  }

  /** The column for a field: a column key, '' (none chosen) or NOT_IN_EXPORT. */
  function setColumn(field: HandoffField, column: string, position = 0): void {
    columns.value = columnsWith(columns.value, field, column, position)
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
    deps.screen.notice.value = absentNotice(origin, deps.fileName(), absent)
  }

  /** Starting over: nothing of the last file's mapping is kept. */
  function clear(): void {
    columns.value = {}
    valueChoices.value = {}
    dateOrder.value = ''
    mappingOrigin.value = ''
  }

  return {
    columns,
    valueChoices,
    dateOrder,
    mappingOrigin,
    asDraft,
    mapping,
    missingRequired,
    distinctFor,
    choiceFor,
    setChoice,
    setColumn,
    addColumn,
    applyMapping,
    clear,
  }
}
