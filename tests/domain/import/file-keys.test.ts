import { describe, expect, it } from 'vitest'
import { rejectedRowsCsv } from '@/domain/import/write'
import { parseContactInfluence, parseOutcome } from '@/domain/import/vocabulary'
import { importText } from './helpers'

// Keys that come from a file ("__proto__", "constructor") are plain keys, never Object's own.
describe('keys taken from a file', () => {
  it('reads "Constructor" as an unknown value, like any other unknown word', () => {
    expect(parseContactInfluence('Constructor')).toBeUndefined()
    expect(parseOutcome('__proto__')).toBeUndefined()
  })

  it('imports a row whose contact influence is "Constructor" as unknown with a warning', async () => {
    const parsed = await importText('externalId,sdr,bookedAt,contactInfluence\nR-1,Ava,2026-11-16,Constructor\n')
    expect(parsed.rejected).toEqual([])
    expect(parsed.handoffs).toHaveLength(1)
  })

  it('keeps a column named __proto__ in the rejected rows download', async () => {
    const parsed = await importText('externalId,sdr,bookedAt,__proto__\nR-1,Ava,,kept\n')
    expect(parsed.rejected).toHaveLength(1)
    const csv = rejectedRowsCsv(parsed)
    expect(csv.split('\r\n')[0]).toContain('__proto__')
    expect(csv.split('\r\n')[1]).toContain('kept')
  })
})
