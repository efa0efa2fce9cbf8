/**
 * What each backup table's rows must be, field by field, so a crafted file (right checksum, wrong
 * types: attendees that are not a list, an import run without counts) is refused before anything
 * changes rather than breaking a screen later. Mirrors the stored shapes in src/db/rows.ts; extra
 * fields are kept (`loose`) so a backup from a slightly newer writer of the same schema restores.
 */
import { z } from 'zod'
import { dateValueSchema, handoffId, handoffSchema } from '@/domain/handoff'
import { FIRST_YEAR, isWeekWithinYears, isWithinYearsAnywhere, LAST_YEAR } from '@/domain/calendar/year-range'
import { icpSchema, settingsSchema } from '@/domain/settings'
import { REASON_RULES_KEY, reasonRulesSchema } from '@/domain/rules/reasons'

const positiveInt = z.number().int().positive()
const count = z.number().int().nonnegative()
const nonEmpty = z.string().min(1)
/** A refinement's words for backup-problems.ts: what the value is not ("not a week from 1990 to 2100"). */
const words = (text: string) => ({ params: { words: text } })
const YEARS = `from ${FIRST_YEAR} to ${LAST_YEAR}`
const isoWeek = z
  .string()
  .regex(/^\d{4}-W\d{2}$/, 'must be an ISO week such as 2026-W47')
  .refine(isWeekWithinYears, words(`a week ${YEARS}`))
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day such as 2026-11-23')
  .refine(isWithinYearsAnywhere, words(`a day ${YEARS}`))
/** A handoff's date, also within the years (year-range.ts), as an import would have read it. */
const handoffDate = dateValueSchema.refine(isWithinYearsAnywhere, words(`a date ${YEARS}`))

const storedHandoffFields = {
  bookedAt: handoffDate,
  meetingAt: handoffDate.nullable(),
  respondedAt: handoffDate.nullable(),
  id: nonEmpty,
  importSource: nonEmpty,
  week: isoWeek,
  importRunId: positiveInt.nullable(),
  updatedAt: z.string(),
  /** What its import carried (carried.ts); absent = everything. */
  carried: count.optional(),
  /** The owner cells as exported, when the team roster resolved them (team/resolve-people.ts). */
  sdrRaw: z.string().optional(),
  aeRaw: z.string().optional(),
  partnerRaw: z.string().optional(),
}

export const storedHandoffSchema = handoffSchema
  .extend(storedHandoffFields)
  .loose()
  .refine((h) => h.id === handoffId(h.importSource, h.externalId), {
    message: 'id must be importSource::externalId',
    path: ['id'],
  })

/** The settings table holds the app's settings and, under their own key, the reason rules. */
export const settingsRowSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('app'), value: settingsSchema }).loose(),
  z.object({ key: z.literal(REASON_RULES_KEY), value: reasonRulesSchema }).loose(),
])

export const importRunRowSchema = z.looseObject({
  id: positiveInt,
  fileName: z.string(),
  fileSize: count,
  sha256: z.string(),
  importSource: nonEmpty,
  startedAt: z.string(),
  finishedAt: z.string(),
  rows: count,
  inserted: count,
  updated: count,
  unchanged: count,
  rejected: count,
  mapping: z.unknown(),
  undone: z.boolean(),
  carried: z.array(z.string()).optional(),
})

export const importUndoRowSchema = z.looseObject({
  runId: positiveInt,
  handoffId: nonEmpty,
  before: handoffSchema.extend(storedHandoffFields).loose().nullable(),
})

export const icpVersionRowSchema = z.looseObject({
  id: positiveInt,
  effectiveWeek: isoWeek,
  icp: icpSchema,
  createdAt: z.string(),
  note: z.string(),
})

export const rubricScoreRowSchema = z.looseObject({
  id: positiveInt,
  handoffId: nonEmpty,
  week: isoWeek,
  scorer: z.string(),
  scoredAt: z.string(),
  rubricVersion: positiveInt,
  criteria: z.record(z.string(), z.boolean()),
  comment: z.string(),
})

export const weeklySampleRowSchema = z.looseObject({
  week: isoWeek,
  handoffIds: z.array(z.string()),
  seed: z.string(),
  updatedAt: z.string(),
})

export const huddleRowSchema = z.looseObject({
  week: isoWeek,
  status: z.enum(['open', 'finished']),
  date: z.string(),
  facilitator: z.string(),
  attendees: z.array(z.string()),
  notes: z.record(z.string(), z.string()),
  decisions: z.array(z.string()),
  strongHandoffId: z.string().nullable(),
  weakHandoffId: z.string().nullable(),
  elapsedSeconds: z.record(z.string(), z.number().nonnegative()),
  updatedAt: z.string(),
})

export const actionItemRowSchema = z.looseObject({
  id: positiveInt,
  huddleWeek: isoWeek,
  text: z.string(),
  owner: z.string(),
  due: day.nullable(),
  doneAt: z.string(),
  createdAt: z.string(),
})

export const mappingRowSchema = z.looseObject({ importSource: nonEmpty, mapping: z.unknown(), updatedAt: z.string() })
