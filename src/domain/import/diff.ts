import { HANDOFF_FIELDS, type Handoff, type StoredHandoff } from '../handoff'

export type RowOutcome = 'new' | 'updated' | 'unchanged'

/** True when the CRM's fields are the same; app-owned data is never part of a handoff row. */
function sameCrmFields(a: Handoff, b: Handoff): boolean {
  for (const f of HANDOFF_FIELDS) if (a[f] !== b[f]) return false
  return true
}

export function classify(existing: StoredHandoff | undefined, incoming: Handoff): RowOutcome {
  if (!existing) return 'new'
  return sameCrmFields(existing, incoming) ? 'unchanged' : 'updated'
}
