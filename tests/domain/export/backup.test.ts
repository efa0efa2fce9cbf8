import { describe, expect, it } from 'vitest'
import { BACKUP_TABLE_NAMES, buildBackup, canonicalJson, parseBackup, type BackupTable } from '@/domain/export/backup'
import { defaultSettings } from '@/domain/settings'
import { newHuddle } from '@/domain/huddle/huddle'
import { BACKUP_META as META, edited, storedHandoff as stored } from '../../helpers/backups'
import { carriedFieldsOf } from '@/domain/carried'

function aHuddle(week = '2026-W47') {
  return {
    ...newHuddle({ week, date: '2026-11-24', facilitator: 'Maya' }, '2026-11-24T10:00:00.000Z'),
    notes: { numbers: 'Up 10 %' },
  }
}

function someData(): Record<BackupTable, unknown[]> {
  const empty = Object.fromEntries(BACKUP_TABLE_NAMES.map((t) => [t, [] as unknown[]])) as Record<
    BackupTable,
    unknown[]
  >
  return {
    ...empty,
    handoffs: [stored('A-1'), stored('A-2')],
    settings: [{ key: 'app', value: defaultSettings('Europe/Berlin') }],
    huddles: [aHuddle()],
    actionItems: [
      {
        id: 1,
        huddleWeek: '2026-W47',
        text: 'Fix the trigger field',
        owner: 'Ana',
        due: null,
        doneAt: '',
        createdAt: '2026-11-23T09:30:00.000Z',
      },
    ],
  }
}

describe('canonicalJson', () => {
  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { y: 2, z: 1 }] }, b: 1 }),
    )
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}')
  })
})

describe('buildBackup', () => {
  it('writes the summary first, then the checksum and the data, compactly', async () => {
    const text = await buildBackup(someData(), META)
    const file = JSON.parse(text) as Record<string, unknown>
    expect(Object.keys(file)).toEqual([
      'format',
      'schemaVersion',
      'appVersion',
      'createdAt',
      'counts',
      'sha256',
      'data',
    ])
    expect(file).toMatchObject({ format: 'handoff-huddle-backup', ...META })
    expect(file.counts).toMatchObject({ handoffs: 2, settings: 1, huddles: 1, actionItems: 1, importRuns: 0 })
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(text).toBe(JSON.stringify(file))
  })

  it('reads back exactly what it wrote', async () => {
    const data = someData()
    const parsed = await parseBackup(await buildBackup(data, META), 1)
    expect(parsed).toMatchObject({ ok: true, counts: { handoffs: 2, settings: 1 } })
    if (parsed.ok) expect(parsed.backup.data).toEqual(data)
  })
})

describe('parseBackup refuses', () => {
  it('an empty file', async () => {
    expect(await parseBackup('  ', 1)).toEqual({
      ok: false,
      error: 'this is not a Handoff Huddle backup (it is empty)',
    })
  })

  it('text that is not JSON', async () => {
    expect(await parseBackup('week,booked\r\n2026-W47,3\r\n', 1)).toEqual({
      ok: false,
      error: 'this is not a Handoff Huddle backup (it is not valid JSON; it may have been cut short)',
    })
  })

  it('a file cut short', async () => {
    const text = await buildBackup(someData(), META)
    const result = await parseBackup(text.slice(0, text.length - 3), 1)
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('may have been cut short') })
  })

  it('JSON without the format tag', async () => {
    expect(await parseBackup('{"handoffs":[]}', 1)).toEqual({
      ok: false,
      error: 'this is not a Handoff Huddle backup (it is not marked as one)',
    })
    expect(await parseBackup('[1,2]', 1)).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a JSON object'),
    })
  })

  it('a backup made by a newer schema, naming both versions', async () => {
    const text = await buildBackup(someData(), { ...META, schemaVersion: 3 })
    expect(await parseBackup(text, 1)).toEqual({
      ok: false,
      error:
        'it was made by a newer version of Handoff Huddle (schema 3) and this app, which reads up to schema 1, ' +
        'must be updated to restore it',
    })
  })

  it('a file whose data was changed after it was written', async () => {
    const text = (await buildBackup(someData(), META)).replace('A-2', 'A-3')
    expect(await parseBackup(text, 1)).toEqual({
      ok: false,
      error: 'the file is damaged (its checksum does not match its contents)',
    })
  })

  it('a file whose creation time was changed after it was written', async () => {
    const text = (await buildBackup(someData(), META)).replace('2026-11-23T10', '2026-11-23T11')
    expect(await parseBackup(text, 1)).toEqual({
      ok: false,
      error: 'the file is damaged (its checksum does not match its contents)',
    })
  })

  it('a file without a checksum', async () => {
    const text = await edited(await buildBackup(someData(), META), (f) => f)
    const file = JSON.parse(text) as Record<string, unknown>
    delete file.sha256
    expect(await parseBackup(JSON.stringify(file), 1)).toEqual({
      ok: false,
      error: 'the file is damaged (its checksum is missing)',
    })
  })

  it('counts that do not match the rows', async () => {
    const text = await edited(await buildBackup(someData(), META), (f) => {
      f.counts.handoffs = 3
    })
    expect(await parseBackup(text, 1)).toEqual({
      ok: false,
      error: 'its count of handoffs (3) does not match the 2 it holds',
    })
  })

  it('a missing table', async () => {
    const text = await edited(await buildBackup(someData(), META), (f) => {
      delete f.data.mappings
      delete f.counts.mappings
    })
    expect(await parseBackup(text, 1)).toEqual({
      ok: false,
      error: 'it is missing its saved mappings',
    })
  })

  it('a table this app does not know', async () => {
    const text = await edited(await buildBackup(someData(), META), (f) => {
      f.data.toString = []
      f.counts.toString = 0
    })
    expect(await parseBackup(text, 1)).toEqual({
      ok: false,
      error: 'it holds a table this app does not know (“toString”)',
    })
  })

  it('a handoff that fails the handoff schema, naming the handoff and the field', async () => {
    const text = await edited(await buildBackup(someData(), META), (f) => {
      f.data.handoffs[1].bookedAt = 'last Tuesday'
    })
    expect(await parseBackup(text, 1)).toEqual({
      ok: false,
      error:
        'handoff A-2 has a Booked at field that is not a date such as 2026-11-23 or a time such as 2026-11-23T09:00:00Z, from 1990 to 2100',
    })
  })

  it('a handoff whose id does not match its source and CRM id', async () => {
    const text = await edited(await buildBackup(someData(), META), (f) => {
      f.data.handoffs[0].id = 'demo::other'
    })
    expect(await parseBackup(text, 1)).toEqual({
      ok: false,
      error: 'handoff A-1 has a record key that is not its import source and CRM record ID joined by “::”',
    })
  })

  it('settings that fail the settings schema', async () => {
    const text = await edited(await buildBackup(someData(), META), (f) => {
      f.data.settings[0].value.timeZone = 'Mars/Olympus'
    })
    expect(await parseBackup(text, 1)).toEqual({
      ok: false,
      error: 'the settings have a time zone that is not a time zone name such as Europe/Berlin',
    })
  })

  it('rows without their key, and keys that appear twice', async () => {
    const text = await edited(await buildBackup(someData(), META), (f) => {
      f.data.huddles.push({ ...f.data.huddles[0] })
      f.counts.huddles = 2
      f.data.actionItems[0].id = 'one'
    })
    expect(await parseBackup(text, 1)).toEqual({
      ok: false,
      error:
        'the huddle of week 2026-W47 appears twice; ' +
        'the 1st action item in the file has an item number that is not a whole number above 0',
    })
  })

  it('at most three problems, saying how many more there are', async () => {
    const text = await edited(await buildBackup(someData(), META), (f) => {
      f.data.actionItems = Array.from({ length: 8 }, (_, i) => ({ ...f.data.actionItems[0], id: i + 1, owner: 7 }))
      f.counts.actionItems = 8
    })
    expect(await parseBackup(text, 1)).toEqual({
      ok: false,
      error:
        'action item #1 has an owner that is not text; action item #2 has an owner that is not text; ' +
        'action item #3 has an owner that is not text; and 5 more problems',
    })
  })
})

describe('parseBackup accepts', () => {
  it('a backup made by an older schema than the app', async () => {
    expect(await parseBackup(await buildBackup(someData(), META), 2)).toMatchObject({ ok: true })
  })

  it('a file that an editor saved with a byte order mark', async () => {
    expect(await parseBackup('\uFEFF' + (await buildBackup(someData(), META)), 1)).toMatchObject({ ok: true })
  })

  it('settings saved before response time was a setting (they load as business days)', async () => {
    const { responseTime: _new, ...before } = defaultSettings('Europe/Berlin')
    const data = { ...someData(), settings: [{ key: 'app', value: before }] }
    expect(await parseBackup(await buildBackup(data, META), 1)).toMatchObject({ ok: true })
  })
})

/** A whole import-run row (every field a backup checks) with this recorded mapping. */
function aRun(mapping: unknown) {
  return {
    id: 1,
    fileName: 'week 47.csv',
    fileSize: 1200,
    sha256: 'ab',
    importSource: 'demo',
    startedAt: '2026-11-23T09:00:00.000Z',
    finishedAt: '2026-11-23T09:00:01.000Z',
    rows: 2,
    inserted: 2,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    mapping,
    undone: false,
  }
}

describe('restoring a v1 backup into a v2 app', () => {
  it("marks each handoff with what its run's recorded mapping carried, as the database upgrade does", async () => {
    const data = {
      ...someData(),
      importRuns: [aRun({ columns: { sdr: 'Owner', bookedAt: 'Created', crmNotes: 'Notes' } })],
    }
    const parsed = await parseBackup(await buildBackup(data, META), 2)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.backup.data.importRuns[0]).toMatchObject({ carried: ['sdr', 'bookedAt', 'crmNotes'] })
    expect(parsed.backup.data.handoffs.map((h) => carriedFieldsOf(h.carried!))).toEqual([
      ['sdr', 'bookedAt', 'crmNotes'],
      ['sdr', 'bookedAt', 'crmNotes'],
    ])
  })

  it('leaves handoffs of a run without a recorded mapping carrying everything', async () => {
    const parsed = await parseBackup(await buildBackup({ ...someData(), importRuns: [aRun(null)] }, META), 2)
    expect(parsed.ok && parsed.backup.data.handoffs.every((h) => h.carried === undefined)).toBe(true)
  })
})
