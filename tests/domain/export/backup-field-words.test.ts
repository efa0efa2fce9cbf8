import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { BACKUP_TABLE_NAMES, BACKUP_TABLES } from '@/domain/export/backup'
import { BACKUP_FIELD_WORDS } from '@/domain/export/backup-field-words'
import { icpSchema, settingsSchema } from '@/domain/settings'

/** A row's field names; for a table of several kinds of row (settings), every kind's. */
const keysOf = (schema: z.ZodType): string[] =>
  schema instanceof z.ZodDiscriminatedUnion
    ? [...new Set((schema.options as z.ZodObject[]).flatMap((o) => Object.keys(o.shape)))]
    : Object.keys((schema as z.ZodObject).shape)

describe('backup field words', () => {
  it.each(BACKUP_TABLE_NAMES)('has words for every field of a %s row', (table) => {
    expect(keysOf(BACKUP_TABLES[table].schema).filter((f) => !Object.hasOwn(BACKUP_FIELD_WORDS[table], f))).toEqual([])
  })

  it('has words for every setting and every part of the ICP, in settings and in ICP versions', () => {
    const wanted = [
      ...keysOf(settingsSchema).map((k) => ['settings', `value.${k}`] as const),
      ...keysOf(icpSchema).map((k) => ['settings', `value.icp.${k}`] as const),
      ...keysOf(icpSchema).map((k) => ['icpVersions', `icp.${k}`] as const),
    ]
    expect(wanted.filter(([table, path]) => !Object.hasOwn(BACKUP_FIELD_WORDS[table], path))).toEqual([])
  })
})
