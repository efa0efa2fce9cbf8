import type { Handoff } from '../handoff'
import { hash53Hex } from '../hash'

/**
 * The key for a row without an externalId: `derived-` + 16 hex digits of a 53-bit hash
 * (cyrb53) of bookedAt (as imported), sdr, company and contactName — trimmed, lower-cased,
 * joined by U+001F. The same meeting exported again keeps its key as long as those four
 * values do not change; two rows equal in all four are treated as duplicates.
 */
export function derivedExternalId(h: Pick<Handoff, 'bookedAt' | 'sdr' | 'company' | 'contactName'>): string {
  const text = [h.bookedAt, h.sdr, h.company, h.contactName].map((s) => s.trim().toLowerCase()).join('\u001f')
  return `derived-${hash53Hex(text)}`
}
