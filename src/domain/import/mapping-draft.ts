import { HANDOFF_FIELDS, type HandoffField } from '../handoff'
import { fieldLabel } from '../field-labels'
import { compileValueMap } from './cells'
import { mappedColumn } from './columns'
import type { ExportInspection } from './inspect'
import { columnRefOf, headersOf, type ColumnRef, type DateOrder, type Mapping } from './mapping'
import { recognisedValue, suggestValue, valueMapFor, VALUE_MAP_FIELDS, type ValueMapField } from './value-maps'
import { knownDecision, proposeDecision, type DecisionValue } from './decision-column'

/**
 * The mapping screen's state before it becomes a mapping file: which column feeds each field, the
 * value choices made so far, and the date order. Pure, so the rules are tested without a screen.
 */
export interface MappingDraft {
  /**
   * Field → column key, or several (read together), or null: "not in this export" (never
   * matched by name, not carried). '' or absent: no column chosen (matched by name when read).
   */
  columns: Partial<Record<HandoffField, ColumnRef>>
  /** Value choices the user (or a loaded mapping) made: field → raw value → target ('' = as read). */
  valueChoices: Partial<Record<ValueMapField, Record<string, string>>>
  dateOrder: DateOrder | ''
}

type Shape = Pick<ExportInspection, 'headers' | 'columns' | 'distinct'>

/** The distinct raw values of the column a value field is mapped to. */
export function distinctFor(
  inspection: Shape | null,
  draft: Pick<MappingDraft, 'columns'>,
  field: ValueMapField,
): { value: string; count: number }[] {
  const keys = headersOf(draft.columns[field]).filter((c) => c !== '')
  if (keys.length === 0 || !inspection) return []
  // Headers come from the file: "__proto__" or "constructor" must not reach Object.prototype.
  const valuesOf = (key: string) =>
    Object.hasOwn(inspection.distinct, key) ? (inspection.distinct[key]?.values ?? []) : []
  if (keys.length === 1) return valuesOf(keys[0]!)
  // Several columns: every value any of them holds, counted together, first-seen order.
  const counts = new Map<string, number>()
  for (const key of keys)
    for (const { value, count } of valuesOf(key)) counts.set(value, (counts.get(value) ?? 0) + count)
  return [...counts].map(([value, count]) => ({ value, count }))
}

/** The draft's column for a field in the mapping file's form ('' chosen nowhere → undefined). */
function columnRef(ref: ColumnRef | undefined): ColumnRef | undefined {
  if (ref === null) return null
  const keys = headersOf(ref).filter((c) => c !== '')
  return keys.length === 0 ? undefined : columnRefOf(keys)
}

/** The target shown for a raw value: the user's choice, else what the app would guess. */
export function choiceFor(draft: Pick<MappingDraft, 'valueChoices'>, field: ValueMapField, raw: string): string {
  // The same lookup the import uses (exact, then ignoring case and spaces), so the screen
  // never suggests one decision and the import applies another.
  return compileValueMap(draft.valueChoices[field])?.(raw) ?? suggestValue(field, raw) ?? ''
}

/** The draft as the mapping file of docs/product.md: a fresh plain object (safe to post to a worker). */
export function draftToMapping(draft: MappingDraft, inspection: Shape | null): Mapping {
  const result: Mapping = { columns: {} }
  for (const field of HANDOFF_FIELDS) {
    const column = columnRef(draft.columns[field])
    if (column !== undefined) result.columns[field] = column
  }
  const values: NonNullable<Mapping['values']> = {}
  for (const field of VALUE_MAP_FIELDS) {
    if (!result.columns[field]) continue
    const choices = Object.assign(Object.create(null) as Record<string, string>, draft.valueChoices[field])
    const column = result.columns[field]
    const isSeveral = Array.isArray(column) && column.length > 1
    // One column: every value as the screen shows it. Several: only the values chosen (by the
    // layout or the user), since a value in the map outranks the other column's cell; guesses
    // stay out so the file is read exactly as `report` reads it with the same mapping.
    if (!isSeveral)
      for (const { value } of distinctFor(inspection, draft, field)) choices[value] = choiceFor(draft, field, value)
    const map = valueMapFor(field, choices, isSeveral)
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
  const columns: MappingDraft['columns'] = {}
  const absent: string[] = []
  for (const [field, ref] of Object.entries(m.columns) as [HandoffField, ColumnRef][]) {
    if (ref === null) {
      columns[field] = null
      continue
    }
    const found: string[] = []
    for (const header of headersOf(ref)) {
      const column = inspection ? mappedColumn(inspection, header) : undefined
      if (column) found.push(column)
      else absent.push(`${fieldLabel(field)} ← "${header}"`)
    }
    if (found.length > 0) columns[field] = columnRefOf(found)
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
  Object.values(m.columns).every((ref) => headersOf(ref).every((h) => mappedColumn(inspection, h) !== undefined))

export type Decision = 'accepted' | 'rejected' | 'pending' | 'unrecognised'

/**
 * Every status (or stage) value found, with the decision it will be imported as: what the user
 * or the CRM's stage names chose, else the built-in words; anything else is unrecognised and
 * rejects its rows. Shown once before writing, for one confirmation.
 */
export function decisionList(
  inspection: Shape | null,
  draft: Pick<MappingDraft, 'columns' | 'valueChoices'>,
): { value: string; count: number; decision: Decision }[] {
  return distinctFor(inspection, draft, 'status').map(({ value, count }) => {
    const chosen =
      value.trim() === '' ? 'pending' : choiceFor(draft, 'status', value) || recognisedValue('status', value)
    const decision = chosen === 'accepted' || chosen === 'rejected' || chosen === 'pending' ? chosen : 'unrecognised'
    return { value, count, decision }
  })
}

/**
 * What the mapping screen asks about the AE's decision (docs/product.md, "Recognising an export"):
 * - `column`: status has no column, and a column could decide: is it the decision? Its values
 *   are listed with what each reads as, so the manager maps the rest.
 * - `values`: status has a column, and some of its values are no decision the app knows.
 * Null when nothing is in doubt (status mapped and understood, or "not in this export").
 */
export type DecisionQuestion =
  | { kind: 'column'; column: string; header: string; values: DecisionValue[] }
  | { kind: 'values'; column: string; values: { value: string; count: number }[] }

export function decisionQuestion(inspection: Shape | null, draft: MappingDraft): DecisionQuestion | null {
  if (!inspection || draft.columns.status === null) return null
  const chosen = headersOf(draft.columns.status).filter((c) => c !== '')
  if (chosen.length === 0) {
    const proposal = proposeDecision(inspection, draftToMapping(draft, inspection))
    if (proposal.kind === 'none') return null
    const values = distinctFor(inspection, { columns: { status: proposal.column } }, 'status').map((v) => ({
      ...v,
      decision: knownDecision(v.value),
    }))
    return { kind: 'column', column: proposal.column, header: proposal.header, values }
  }
  const unknown = decisionList(inspection, draft).filter((d) => d.decision === 'unrecognised')
  return unknown.length === 0 ? null : { kind: 'values', column: chosen.join(' / '), values: unknown }
}

/** The draft once a column is taken as the decision: every value it reads as a known word is chosen. */
export function draftWithDecisionColumn(draft: MappingDraft, inspection: Shape | null, column: string): MappingDraft {
  // Keys are values from the file: no prototype, so "__proto__" is just a key.
  const choices = Object.assign(Object.create(null) as Record<string, string>, draft.valueChoices.status)
  for (const { value } of distinctFor(inspection, { columns: { status: column } }, 'status')) {
    const known = knownDecision(value)
    if (known && value.trim() !== '' && !Object.hasOwn(choices, value)) choices[value] = known
  }
  const columns = { ...draft.columns, status: column }
  // One column is one field: a column read as the outcome so far is the decision now, and the
  // outcome is not in this export (null, so the import does not match it by name again).
  if (headersOf(columns.outcome).includes(column)) columns.outcome = null
  return { ...draft, columns, valueChoices: { ...draft.valueChoices, status: choices } }
}
