import { describe, expect, it } from 'vitest'
import { parseExport } from '@/domain/import/pipeline'
import { joinRows, splitRows } from '@/workers/import-protocol'

const HEADER = 'Record ID,Create Date,SDR Owner,Deal Owner,Associated Company,Handoff Status'

async function parseOf(rows: number, badEvery: number) {
  const lines = Array.from({ length: rows }, (_, i) =>
    [
      String(1000 + i),
      i % badEvery === 0 ? 'not a date' : '2026-11-16 09:30',
      'Ana',
      'Jo',
      `Co ${i}`,
      'SQL - Accepted',
    ].join(','),
  )
  const bytes = new TextEncoder().encode(`${HEADER}\n${lines.join('\n')}\n`)
  return parseExport({ fileName: 'big.csv', bytes }, { timeZone: 'UTC' })
}

describe('a parse sent in slices', () => {
  it('sends 12,000 rows as slices of at most 1,000 and puts them back in order', async () => {
    const parse = await parseOf(12_000, 10)
    expect(parse.handoffs.length + parse.rejected.length).toBe(12_000)
    const { parts, rest } = splitRows(parse)
    expect(parts.every((p) => p.rows.length <= 1_000)).toBe(true)
    expect(rest.handoffs).toEqual([])
    expect(rest.rejected).toEqual([])
    // Through structured clone, as postMessage sends them.
    const joined = joinRows(structuredClone(rest), structuredClone(parts))
    expect(joined).toEqual(parse)
  })
})
