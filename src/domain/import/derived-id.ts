import type { Handoff } from '../handoff'

/**
 * The key for a row without an externalId: `derived-` + 16 hex digits of a 53-bit hash
 * (cyrb53) of bookedAt (as imported), sdr, company and contactName — trimmed, lower-cased,
 * joined by U+001F. The same meeting exported again keeps its key as long as those four
 * values do not change; two rows equal in all four are treated as duplicates.
 */
export function derivedExternalId(h: Pick<Handoff, 'bookedAt' | 'sdr' | 'company' | 'contactName'>): string {
  const text = [h.bookedAt, h.sdr, h.company, h.contactName].map((s) => s.trim().toLowerCase()).join('\u001f')
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0')
  return `derived-${hex(h2 & 0x1fffff)}${hex(h1)}`
}
