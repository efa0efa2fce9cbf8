/**
 * The app's two hashes, each written once: a fast non-cryptographic string hash (cyrb53) for
 * seeds and derived keys, and SHA-256 (Web Crypto, in the browser, workers and Node) for
 * checksums people compare: backups and imported files.
 */

/** The two 32-bit halves of cyrb53's 53-bit hash of a string. */
function cyrb53(s: string): [h1: number, h2: number] {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return [h1, h2]
}

/** A 32-bit hash of a string (cyrb53 folded to 32 bits): seeds for reproducible picks. */
export function hashString(s: string): number {
  const [h1, h2] = cyrb53(s)
  return (h1 ^ h2) >>> 0
}

/** The full 53-bit cyrb53 hash as 16 hex digits: stable keys for rows without an id. */
export function hash53Hex(s: string): string {
  const [h1, h2] = cyrb53(s)
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0')
  return `${hex(h2 & 0x1fffff)}${hex(h1)}`
}

/** SHA-256 as 64 lower-case hex digits, of a text (as UTF-8) or of raw bytes. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
