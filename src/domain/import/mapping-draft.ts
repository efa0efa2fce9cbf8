import { HANDOFF_FIELDS, type HandoffField } from '../handoff'
import { mappedColumn } from './columns'
import type { ExportInspection } from './inspect'
import type { DateOrder, Mapping } from './mapping'
import { suggestValue, valueMapFor, VALUE_MAP_FIELDS, type ValueMapField } from './value-maps'

/**
 * The mapping screen's state before it becomes a mapping file: which column feeds each field, the
 * value choices made so far, and the date order. Pure, so the rules are tested without a screen.
 */
export interface MappingDraft {
  /** Field → column key ('' or absent: not in the file). */
  columns: Partial<Record<HandoffField, string>>
  /** Value choices the user (or a loaded mapping) made: field → raw value → target ('' = as read). */
  valueChoices: Partial<Record<ValueMapField, Record<string, string>>>
  dateOrder: DateOrder | ''
}

type Shape = Pick<ExportInspection, 'headers' | 'columns' | 'distinct'>

export const emptyDraft = (): MappingDraft => ({ columns: {}, valueChoices: {}, dateOrder: '' })

/** The distinct raw values of the column a value field is mapped to. */
export function distinctFor(
  inspection: Shape | null,
  draft: Pick<MappingDraft, 'columns'>,
  field: ValueMapField,
): { value: string; count: number }[] {
  const column = draft.columns[field]
  if (!column || !inspection) return []
  return inspection.distinct[column]?.values ?? []
}

/** The target shown for a raw value: the user's choice, else what the app would guess. */
export function choiceFor(draft: Pick<MappingDraft, 'valueChoices'>, field: ValueMapField, raw: string): string {
  return draft.valueChoices[field]?.[raw] ?? suggestValue(field, raw) ?? ''
}

/** The draft as the mapping file of PRODUCT.md: a fresh plain object (safe to post to a worker). */
export function draftToMapping(draft: MappingDraft, inspection: Shape | null): Mapping {
  const result: Mapping = { columns: {} }
  for (const field of HANDOFF_FIELDS) {
    const column = draft.columns[field]
    if (column) result.columns[field] = column
  }
  const values: NonNullable<Mapping['values']> = {}
  for (const field of VALUE_MAP_FIELDS) {
    if (!result.columns[field]) continue
    const choices: Record<string, string> = { ...draft.valueChoices[field] }
    for (const { value } of distinctFor(inspection, draft, field)) choices[value] = choiceFor(draft, field, value)
    const map = valueMapFor(field, choices)
    if (map) values[field] = map
  }
  if (Object.keys(values).length > 0) result.values = values
  if (draft.dateOrder) result.dateOrder = draft.dateOrder
  return result
}

/** A mapping applied to a file: the draft, and the columns it names that the file lacks. */
export function draftFromMapping(
  m: Mapping,
  inspection: Pick<ExportInspection, 'headers' | 'columns'> | null,
): { draft: MappingDraft; absent: string[] } {
  const columns: Partial<Record<HandoffField, string>> = {}
  const absent: string[] = []
  for (const [field, header] of Object.entries(m.columns) as [HandoffField, string][]) {
    const column = inspection ? mappedColumn(inspection, header) : undefined
    if (column) columns[field] = column
    else absent.push(`${field} ← "${header}"`)
  }
  const valueChoices: MappingDraft['valueChoices'] = {}
  for (const field of VALUE_MAP_FIELDS) {
    const map = m.values?.[field]
    if (map) valueChoices[field] = { ...map }
  }
  return { draft: { columns, valueChoices, dateOrder: m.dateOrder ?? '' }, absent }
}

/** Whether every column a saved mapping names is in this file (so it can be applied as is). */
export const mappingFits = (m: Mapping, inspection: Pick<ExportInspection, 'headers' | 'columns'>): boolean =>
  Object.values(m.columns).every((h) => mappedColumn(inspection, h) !== undefined)

/** The CRM's name as people write it. */
export function presetLabel(preset: string): string {
  return preset === 'hubspot'
    ? 'HubSpot'
    : preset === 'salesforce'
      ? 'Salesforce'
      : preset === 'template'
        ? 'template'
        : preset
}
