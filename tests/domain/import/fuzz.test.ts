import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ImportError } from '@/domain/import/errors'
import { parseCsvExport, parseExport, type ImportParse } from '@/domain/import/pipeline'
import { fixture } from './helpers'

const BASES = [
  'utf-8-bom.csv',
  'utf-16le.tsv',
  'windows-1252.csv',
  'quoted-newlines.csv',
  'salesforce-report.csv',
  'hubspot-all-quoted.csv',
  'ambiguous-late.csv',
  'invalid-rows.csv',
  'long-ids.csv',
].map(fixture)

const NASTY = [
  0x22, 0x2c, 0x3b, 0x09, 0x0a, 0x0d, 0x20, 0x00, 0xff, 0xfe, 0xef, 0xbb, 0xbf, 0x80, 0xc3, 0x31, 0x2f, 0x2d,
]

type Mutation =
  | { kind: 'insert' | 'replace'; at: number; byte: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; at: number; length: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('insert' as const, 'replace' as const),
    at: fc.nat(),
    byte: fc.oneof(fc.constantFrom(...NASTY), fc.integer({ min: 0, max: 255 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
)

function mutate(base: Uint8Array, mutations: Mutation[]): Uint8Array {
  let bytes = Array.from(base)
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % (bytes.length + 1)
    if (m.kind === 'insert') bytes.splice(at, 0, m.byte)
    else if (m.kind === 'replace') bytes[Math.min(at, bytes.length - 1)] = m.byte
    else if (m.kind === 'delete') bytes.splice(at, m.length)
    else if (m.kind === 'truncate') bytes = bytes.slice(0, at)
    else if (m.kind === 'duplicate') bytes.splice(at, 0, ...bytes.slice(at, at + m.length))
  }
  return Uint8Array.from(bytes)
}

function checkInvariants(parse: ImportParse, bytes: Uint8Array): void {
  expect(parse.rows).toBe(parse.handoffs.length + parse.rejected.length)
  const maxLine = bytes.length + 1
  for (const r of parse.rejected) {
    expect(r.line).toBeGreaterThanOrEqual(2)
    expect(r.line).toBeGreaterThan(parse.headerLine)
    expect(r.line).toBeLessThanOrEqual(maxLine)
    expect(r.errors.length).toBeGreaterThan(0)
    // Each reason starts with what is wrong, in words ("Booked date …", "SDR is empty").
    for (const e of r.errors) expect(e).toMatch(/^[A-Z]/)
  }
  const lines = [...parse.handoffs.map((h) => h.line), ...parse.rejected.map((r) => r.line)]
  expect(new Set(lines).size).toBe(lines.length)
}

describe('fuzzing mutated exports', () => {
  it('never crashes: a typed ImportError or rows = imported + rejected with real line numbers', () => {
    let parsed = 0
    let refused = 0
    fc.assert(
      fc.property(
        fc.nat({ max: BASES.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (base, mutations) => {
          const bytes = mutate(BASES[base]!, mutations)
          let parse: ImportParse
          try {
            parse = parseCsvExport({ fileName: 'fuzz.csv', bytes }, { timeZone: 'America/New_York' })
          } catch (e) {
            if (!(e instanceof ImportError)) throw e
            refused++
            return
          }
          parsed++
          checkInvariants(parse, bytes)
        },
      ),
      { numRuns: 2000 },
    )
    expect(parsed).toBeGreaterThan(refused)
  })

  it('refuses a damaged workbook with a typed error', async () => {
    const base = fixture('handoffs.xlsx')
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const bytes = mutate(base, mutations)
        try {
          const parse = await parseExport({ fileName: 'fuzz.xlsx', bytes }, { timeZone: 'UTC' })
          checkInvariants(parse, bytes)
        } catch (e) {
          if (!(e instanceof ImportError)) throw e
        }
      }),
      { numRuns: 150 },
    )
  })
})
