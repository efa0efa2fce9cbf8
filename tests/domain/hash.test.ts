import { describe, expect, it } from 'vitest'
import { hash53Hex, hashString, sha256Hex } from '@/domain/hash'

describe('sha256Hex', () => {
  it('hashes a text as its UTF-8 bytes', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('gives raw bytes the same digest as the text they encode', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(await sha256Hex('abc'))
  })
})

describe('hash53Hex', () => {
  it('is 16 hex digits, the same on every call', () => {
    expect(hash53Hex('2026-11-23|maya')).toMatch(/^[0-9a-f]{16}$/)
    expect(hash53Hex('2026-11-23|maya')).toBe(hash53Hex('2026-11-23|maya'))
  })

  it('keeps the derived keys of earlier imports (same digits as before the hash moved here)', () => {
    expect(hash53Hex(['2026-11-23t10:00', 'maya', 'acme', 'jo'].join('\u001f'))).toBe('0003ec49d2144149')
  })

  it('tells different texts apart', () => {
    expect(hash53Hex('a')).not.toBe(hash53Hex('b'))
  })
})

describe('hashString', () => {
  it('is a 32-bit unsigned number', () => {
    const h = hashString('2026-W47')
    expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true)
  })
})
