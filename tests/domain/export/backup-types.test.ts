import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BACKUP_TABLE_NAMES, buildBackup, parseBackup, type BackupTable } from '@/domain/export/backup'
import { BACKUP_FIELD_WORDS } from '@/domain/export/backup-field-words'
import { BACKUP_META as META, oneRowOfEachTable } from '../../helpers/backups'

/** One full, valid row in every table: each field of each row is then given the wrong type. */
const ONE_OF_EACH = oneRowOfEachTable()

/** How a refusal names the record: by its key, or by its place when the key is what is wrong. */
const RECORD_NAMES: Record<BackupTable, RegExp> = {
  handoffs: /^(handoff A-1|the 1st handoff in the file) /,
  importRuns: /^(import run #1|the 1st import run in the file) /,
  importUndo: /^(the undo record of handoff A-1 in import run #1|the 1st undo record in the file) /,
  settings: /^the settings have /,
  icpVersions: /^(the ICP version from week 2026-W40|the 1st ICP version in the file) /,
  rubricScores: /^(the rubric score of handoff A-1|rubric score #1) /,
  weeklySamples: /^(the sample of week 2026-W47|the 1st weekly sample in the file) /,
  huddles: /^(the huddle of week 2026-W47|the 1st huddle in the file) /,
  actionItems: /^(action item #1|the 1st action item in the file) /,
  mappings: /^(the saved mapping for demo|the 1st saved mapping in the file) /,
}

/** Fields whose content is free-form JSON (a mapping file), where no type is wrong. */
const FREE_FORM = new Set(['importRuns.mapping', 'mappings.mapping'])

// Fields left null in the rows above (a handoff not answered yet) take a value of more than one
// type, so only fields with a value are retyped.
const cases = BACKUP_TABLE_NAMES.flatMap((table) =>
  Object.keys(ONE_OF_EACH[table])
    .filter((field) => !FREE_FORM.has(`${table}.${field}`) && ONE_OF_EACH[table][field] !== null)
    .map((field) => ({ table, field })),
)

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)

/** A value of another JSON type than `original` (never null/absent: those may be allowed). */
const otherType = (original: unknown) =>
  fc
    .oneof(
      fc.string(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
    )
    .filter((v) => kindOf(v) !== kindOf(original) && !(kindOf(original) === 'object' && kindOf(v) === 'object'))

describe('a crafted backup (valid checksum, a field of the wrong type)', () => {
  it('is a valid backup before any change', async () => {
    const data = Object.fromEntries(BACKUP_TABLE_NAMES.map((t) => [t, [ONE_OF_EACH[t]]])) as Record<
      BackupTable,
      unknown[]
    >
    expect(await parseBackup(await buildBackup(data, META), 1)).toMatchObject({ ok: true })
  })

  it('is refused for any type change in any field of any table, naming the record and the field in words', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...cases)
          .chain(({ table, field }) => otherType(ONE_OF_EACH[table][field]).map((value) => ({ table, field, value }))),
        async ({ table, field, value }) => {
          const data = Object.fromEntries(
            BACKUP_TABLE_NAMES.map((t) => [t, [t === table ? { ...ONE_OF_EACH[t], [field]: value } : ONE_OF_EACH[t]]]),
          ) as Record<BackupTable, unknown[]>
          const parsed = await parseBackup(await buildBackup(data, META), 1)
          expect(parsed.ok).toBe(false)
          if (parsed.ok) return
          expect(parsed.error).toMatch(RECORD_NAMES[table])
          expect(parsed.error).toContain(` ${BACKUP_FIELD_WORDS[table][field]!.noun} `)
          expect(parsed.error).not.toMatch(/invalid input|expected|received|undefined|NaN/i)
        },
      ),
      { numRuns: 300 },
    )
  })
})
