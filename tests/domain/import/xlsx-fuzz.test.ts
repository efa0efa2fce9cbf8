/**
 * Hostile workbooks, built here from code: each must be read within the reader's limits or
 * refused with a message in words that names the file. The time and memory each file may cost
 * are bounded by those limits (checked here through outcomes and counts; `npm run bench` measures
 * the time), so nothing here is timed.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ImportError } from '@/domain/import/errors'
import { readXlsx, type Sheet, XLSX_LIMITS } from '@/domain/import/xlsx'
import { parseExport } from '@/domain/import/pipeline'
import { fixture } from './helpers'
import { num, row, sharedStringsXml, sheetXml, str, stylesXml, workbook } from './xlsx-builder'
import { DATA, HEADER, HOSTILE, valid } from './xlsx-hostile'

const FILE = 'hostile.xlsx'

type Outcome = { read: Sheet } | { refused: string }

async function outcome(bytes: Uint8Array): Promise<Outcome> {
  try {
    return { read: await readXlsx(bytes, undefined, FILE) }
  } catch (e) {
    if (!(e instanceof ImportError)) throw e
    return { refused: e.message }
  }
}

/** What every outcome must satisfy, whatever the bytes. */
function checkOutcome(result: Outcome): void {
  if ('refused' in result) {
    expect(result.refused.startsWith(FILE)).toBe(true)
    expect(result.refused).not.toMatch(/\n|undefined|null|NaN|Error|Cannot |is not a function|stack|Unexpected/)
    expect(result.refused).toMatch(/ — /) // says what to do
    return
  }
  const { records } = result.read
  expect(records.length).toBeLessThanOrEqual(XLSX_LIMITS.rows)
  let cells = 0
  let line = 0
  for (const r of records) {
    expect(r.line).toBeGreaterThan(line)
    expect(r.line).toBeLessThanOrEqual(1_048_576)
    line = r.line
    cells += r.cells.length
    expect(r.cells.length).toBeLessThanOrEqual(16_384)
    for (const c of r.cells) {
      expect(typeof c).toBe('string')
      expect(c.length).toBeLessThanOrEqual(XLSX_LIMITS.cellChars)
    }
  }
  expect(cells).toBeLessThanOrEqual(XLSX_LIMITS.cells)
}

describe('hostile workbooks', () => {
  it.each(HOSTILE)('$name: read within the limits or refused in words', async ({ bytes, expect: expected }) => {
    const result = await outcome(bytes())
    checkOutcome(result)
    if (expected === 'read') expect(result).toHaveProperty('read')
    else expect('refused' in result ? result.refused : 'it was read').toMatch(expected)
  })

  it('imports a workbook without r attributes end to end (the bug that read "Cannot read properties of undefined")', async () => {
    const parse = await parseExport({ fileName: 'no-refs.xlsx', bytes: valid(HEADER + DATA) }, { timeZone: 'UTC' })
    expect(parse.headerLine).toBe(1)
    expect(parse.handoffs.map((h) => [h.line, h.handoff.sdr, h.handoff.bookedAt])).toEqual([[2, 'Ava', '2026-11-16']])
  })
})

type Mutation = { at: number; byte: number } | { at: number; cut: number } | { at: number; copy: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    at: fc.nat(),
    byte: fc.oneof(fc.constantFrom(0x3c, 0x3e, 0x22, 0x26, 0x2f, 0x3b, 0x30, 0x39, 0x00, 0xff), fc.nat(255)),
  }),
  fc.record({ at: fc.nat(), cut: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ at: fc.nat(), copy: fc.integer({ min: 1, max: 60 }) }),
)

function mutate(base: Uint8Array, mutations: Mutation[]): Uint8Array {
  const bytes = Array.from(base)
  for (const m of mutations) {
    const at = m.at % Math.max(1, bytes.length)
    if ('byte' in m) bytes[at] = m.byte
    else if ('cut' in m) bytes.splice(at, m.cut)
    else bytes.splice(at, 0, ...bytes.slice(at, at + m.copy))
  }
  return Uint8Array.from(bytes)
}

const SHEET = new TextEncoder().encode(
  sheetXml(
    HEADER +
      row(2, str('A2', 'X-1') + str('B2', 'Ava & Co') + num('C2', '46342.25', 1) + '<c r="D2" t="s"><v>0</v></c>') +
      row(undefined, str(undefined, 'X-2') + '<c t="b"><v>0</v></c>' + num(undefined, '1e3')),
  ),
)
const STRINGS = new TextEncoder().encode(sharedStringsXml(['accepted', 'rich <r><t>text</t></r>']))

describe('fuzzing workbooks byte by byte', () => {
  it('flipped, cut and repeated bytes in the sheet or shared strings: read within limits or refused in words', async () => {
    let read = 0
    let refused = 0
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (inSheet, mutations) => {
        const bytes = workbook({
          sheets: { Report: inSheet ? mutate(SHEET, mutations) : SHEET },
          sharedStrings: inSheet ? STRINGS : mutate(STRINGS, mutations),
          styles: stylesXml([14]),
        })
        const result = await outcome(bytes)
        checkOutcome(result)
        if ('read' in result) read++
        else refused++
      }),
      { numRuns: 400 },
    )
    expect(read).toBeGreaterThan(0)
    expect(refused).toBeGreaterThan(0)
  })

  it('flipped, cut and repeated bytes anywhere in the archive: read within limits or refused in words', async () => {
    const base = fixture('handoffs.xlsx')
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        checkOutcome(await outcome(mutate(base, mutations)))
      }),
      { numRuns: 300 },
    )
  })
})
