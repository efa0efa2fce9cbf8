import type { Mapping } from './mapping'
import { fieldLabel } from '../field-labels'
import { countOf } from '../format'

/** Short summaries of an import for screens: the mapping in one line, the commonest rejections. */

/** A one-line description of a mapping for the import history. */
export function mappingSummary(mapping: unknown): string {
  if (typeof mapping !== 'object' || mapping === null) return 'no mapping recorded'
  const m = mapping as Partial<Mapping>
  const refs = Object.values(m.columns ?? {})
  const columns = refs.filter((r) => r !== null).length
  const absent = refs.length - columns
  const valueFields = Object.keys(m.values ?? {})
  const parts = [`${countOf(columns, 'column')} mapped`]
  if (absent > 0) parts.push(`${absent} not in this export`)
  // Fields by their labels: the history is read by people, not by the mapping file's parser.
  if (valueFields.length > 0) parts.push(`values for ${valueFields.map((f) => fieldLabel(f).toLowerCase()).join(', ')}`)
  if (m.dateOrder) parts.push(`dates ${m.dateOrder}`)
  return parts.join(' · ')
}

/** The most frequent rejection reasons with how many rows each rejected, most frequent first. */
export function commonReasons(
  rejected: readonly { errors: readonly string[] }[],
  limit = 5,
): { reason: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const row of rejected)
    for (const reason of new Set(row.errors)) counts.set(reason, (counts.get(reason) ?? 0) + 1)
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
    .slice(0, limit)
}
