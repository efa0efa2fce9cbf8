import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BACKUP_TABLE_NAMES, buildBackup, parseBackup, type BackupTable } from '@/domain/export/backup'
import { handoffId } from '@/domain/handoff'
import { newHuddle } from '@/domain/huddle/huddle'
import { defaultSettings } from '@/domain/settings'
import { aHandoff } from '../../helpers/handoffs'

const META = { schemaVersion: 1, appVersion: '0.1.0', createdAt: '2026-11-23T10:00:00.000Z' }
const AT = '2026-11-23T09:00:00.000Z'

const storedHandoff = {
  ...aHandoff({ externalId: 'A-1' }),
  id: handoffId('demo', 'A-1'),
  importSource: 'demo',
  week: '2026-W47',
  importRunId: 1,
  updatedAt: AT,
}

/** One full, valid row in every table: each field of each row is then given the wrong type. */
const ONE_OF_EACH: Record<BackupTable, Record<string, unknown>> = {
  handoffs: storedHandoff,
  importRuns: {
    id: 1,
    fileName: 'week 47.csv',
    fileSize: 1200,
    sha256: 'ab',
    importSource: 'demo',
    startedAt: AT,
    finishedAt: AT,
    rows: 1,
    inserted: 1,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    mapping: {},
    undone: false,
  },
  importUndo: { runId: 1, handoffId: storedHandoff.id, before: storedHandoff },
  settings: { key: 'app', value: defaultSettings('Europe/Berlin') },
  icpVersions: {
    id: 1,
    effectiveWeek: '2026-W40',
    icp: defaultSettings('UTC').icp,
    createdAt: AT,
    note: 'Bigger companies',
  },
  rubricScores: {
    id: 1,
    handoffId: storedHandoff.id,
    week: '2026-W47',
    scorer: 'Maya',
    scoredAt: AT,
    rubricVersion: 1,
    criteria: { pain: true },
    comment: '',
  },
  weeklySamples: { week: '2026-W47', handoffIds: [storedHandoff.id], seed: '', updatedAt: AT },
  huddles: {
    ...newHuddle({ week: '2026-W47', date: '2026-11-24', facilitator: 'Maya', attendees: ['Ana'] }, AT),
    strongHandoffId: storedHandoff.id,
    weakHandoffId: storedHandoff.id,
  },
  actionItems: {
    id: 1,
    huddleWeek: '2026-W47',
    text: 'Fix the trigger field',
    owner: 'Ana',
    due: '2026-11-27',
    doneAt: '',
    createdAt: AT,
  },
  mappings: { importSource: 'demo', mapping: {}, updatedAt: AT },
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

  it('is refused for any type change in any field of any table, naming the table and the field', async () => {
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
          if (!parsed.ok) expect(parsed.error).toContain(`${table} row 1: ${field}`)
        },
      ),
      { numRuns: 300 },
    )
  })
})
