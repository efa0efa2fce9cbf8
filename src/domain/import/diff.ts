import { HANDOFF_FIELDS, type Handoff, type StoredHandoff } from '../handoff'

export type RowOutcome = 'new' | 'updated' | 'unchanged'

/** True when the CRM's fields are the same; app-owned data is never part of a handoff row. */
export function sameCrmFields(a: Handoff, b: Handoff): boolean {
  for (const f of HANDOFF_FIELDS) if (a[f] !== b[f]) return false
  return true
}

/** The CRM fields that differ: shown in the preview so "updated" is explainable. */
export function changedFields(before: Handoff, after: Handoff): string[] {
  return HANDOFF_FIELDS.filter((f) => before[f] !== after[f])
}

export function classify(existing: StoredHandoff | undefined, incoming: Handoff): RowOutcome {
  if (!existing) return 'new'
  return sameCrmFields(existing, incoming) ? 'unchanged' : 'updated'
}
