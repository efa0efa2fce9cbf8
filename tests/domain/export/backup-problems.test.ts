import { describe, expect, it } from 'vitest'
import { parseBackup } from '@/domain/export/backup'
import { backupRefusal } from '@/domain/export/backup-problems'
import { handoffId } from '@/domain/handoff'
import { backupOf, edited, type BackupJson } from '../../helpers/backups'

/** The sentence the Data screen shows when team-backup.json, edited so, is chosen for restore. */
async function refusalOf(edit: (file: BackupJson) => void): Promise<string> {
  const parsed = await parseBackup(await edited(await backupOf(), edit), 1)
  if (parsed.ok) throw new Error('the edited backup was accepted')
  return backupRefusal('team-backup.json', parsed.error)
}

describe('a refused backup names the file, the record and the field in words', () => {
  it('a field of the wrong type', async () => {
    expect(
      await refusalOf((f) => {
        f.data.huddles[0].attendees = 'Ana, Ben'
      }),
    ).toBe(
      'team-backup.json: the huddle of week 2026-W47 has attendees that are not a list of names, so nothing was restored.',
    )
  })

  it('a missing field', async () => {
    expect(
      await refusalOf((f) => {
        f.data.importRuns[0].id = 12
        delete f.data.importRuns[0].rows
      }),
    ).toBe('team-backup.json: import run #12 has no count of rows, so nothing was restored.')
  })

  it('a missing field inside a record of its own: an ICP version without industries', async () => {
    expect(
      await refusalOf((f) => {
        delete f.data.icpVersions[0].icp.targetIndustries
      }),
    ).toBe('team-backup.json: the ICP version from week 2026-W40 has no target industries, so nothing was restored.')
  })

  it('a value that is not one of the allowed ones, listed as a person reads them', async () => {
    expect(
      await refusalOf((f) => {
        f.data.handoffs[0].status = 'maybe'
        f.data.handoffs[0].outcome = 'ghosted'
      }),
    ).toBe(
      'team-backup.json: handoff A-1 has a Status field that is not one of pending, accepted or rejected; ' +
        'handoff A-1 has an Outcome field that is not one of held, no show, rescheduled, cancelled or ' +
        'opportunity created, so nothing was restored.',
    )
  })

  it('a list holding things of the wrong kind', async () => {
    expect(
      await refusalOf((f) => {
        f.data.weeklySamples[0].handoffIds = ['demo::A-1', 2, 3]
      }),
    ).toBe(
      'team-backup.json: the sample of week 2026-W47 has sampled handoffs that are not a list of handoff keys, ' +
        'so nothing was restored.',
    )
  })

  it('a number below what the field allows, and empty text where some is needed', async () => {
    expect(
      await refusalOf((f) => {
        f.data.importRuns[0].rejected = -1
        f.data.handoffs[0].sdr = ''
      }),
    ).toBe(
      'team-backup.json: handoff A-1 has an SDR field that is empty; ' +
        'import run #1 has a count of rejected rows that is below 0, so nothing was restored.',
    )
  })

  it('a record whose key is what is wrong, named by its place in the file', async () => {
    expect(
      await refusalOf((f) => {
        f.data.huddles.push({ ...f.data.huddles[0], week: 47 })
        f.counts.huddles = 2
      }),
    ).toBe(
      'team-backup.json: the 2nd huddle in the file has a week that is not a week such as 2026-W47, from 1990 to 2100, ' +
        'so nothing was restored.',
    )
  })

  it('an entry that is not a record at all', async () => {
    expect(
      await refusalOf((f) => {
        f.data.actionItems = ['Fix the trigger field']
      }),
    ).toBe('team-backup.json: the 1st action item in the file is not a record, so nothing was restored.')
  })

  it('a CRM id from the file shown on one line and cut short', async () => {
    const externalId = `A-1\n${'x'.repeat(60)}`
    expect(
      await refusalOf((f) => {
        Object.assign(f.data.handoffs[0], { externalId, id: handoffId('demo', externalId), status: 'maybe' })
      }),
    ).toBe(
      `team-backup.json: handoff A-1 ${'x'.repeat(35)}… has a Status field that is not one of pending, ` +
        'accepted or rejected, so nothing was restored.',
    )
  })

  it('the first three problems, then how many more', async () => {
    expect(
      await refusalOf((f) => {
        f.data.huddles[0].facilitator = null
        f.data.huddles[0].decisions = 'none'
        f.data.huddles[0].status = 'paused'
        f.data.huddles[0].elapsedSeconds = { numbers: -5 }
        delete f.data.huddles[0].date
      }),
    ).toBe(
      'team-backup.json: the huddle of week 2026-W47 has a status that is not one of open or finished; ' +
        'the huddle of week 2026-W47 has no date; the huddle of week 2026-W47 has a facilitator that is not text; ' +
        'and 2 more problems, so nothing was restored.',
    )
  })

  it('a record that appears twice', async () => {
    expect(
      await refusalOf((f) => {
        f.data.actionItems.push(f.data.actionItems[0])
        f.counts.actionItems = 2
      }),
    ).toBe('team-backup.json: action item #1 appears twice, so nothing was restored.')
  })
})

describe('a refused backup names its tables in words', () => {
  it('a table this app does not know, quoted as the file has it', async () => {
    expect(
      await refusalOf((f) => {
        f.data.toString = []
        f.counts.toString = 0
      }),
    ).toBe('team-backup.json: it holds a table this app does not know (“toString”), so nothing was restored.')
  })

  it('many unknown tables, at most three of them named', async () => {
    expect(
      await refusalOf((f) => {
        for (const name of ['a', 'b', 'c', 'd', 'e']) f.data[name] = []
      }),
    ).toBe(
      'team-backup.json: it holds tables this app does not know (“a”, “b”, “c” and 2 more), so nothing was restored.',
    )
  })

  it('tables that are missing', async () => {
    expect(
      await refusalOf((f) => {
        delete f.data.huddles
        delete f.data.mappings
      }),
    ).toBe('team-backup.json: it is missing its huddles and saved mappings, so nothing was restored.')
  })

  it('a table that is not a list', async () => {
    expect(
      await refusalOf((f) => {
        f.data.importUndo = { runId: 1 }
      }),
    ).toBe('team-backup.json: its undo records are not a list, so nothing was restored.')
  })

  it('a count that is not a number', async () => {
    expect(
      await refusalOf((f) => {
        f.counts.rubricScores = 'one'
      }),
    ).toBe('team-backup.json: its count of rubric scores is not a number, so nothing was restored.')
  })

  it('a huddle week that no calendar has (9999-W99), before any screen walks the weeks to it', async () => {
    expect(
      await refusalOf((f) => {
        f.data.huddles[0].week = '9999-W99'
      }),
    ).toBe(
      'team-backup.json: the huddle of week 9999-W99 has a week that is not a week such as 2026-W47, from 1990 to 2100, ' +
        'so nothing was restored.',
    )
  })

  it('a handoff answered in the year 9999 or booked in the year 1000', async () => {
    expect(
      await refusalOf((f) => {
        f.data.handoffs[0].respondedAt = '9999-12-31T23:00:00.000Z'
        f.data.handoffs[0].bookedAt = '1000-01-01'
      }),
    ).toMatch(
      /^team-backup\.json: handoff A-1 has a Booked at field that is not a date such as 2026-11-23 or a time such as 2026-11-23T09:00:00Z, from 1990 to 2100; handoff A-1 has a Responded at field that is not .*, so nothing was restored\.$/,
    )
  })

  it('a file nested 100,000 levels deep, in words rather than a stack overflow', async () => {
    const deep = `{"format":"handoff-huddle-backup","data":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    const parsed = await parseBackup(deep, 1)
    expect(parsed.ok).toBe(false)
    expect(backupRefusal('deep.json', (parsed as { error: string }).error)).toBe(
      "deep.json: this is not a Handoff Huddle backup (its data nests more than 64 levels deep, and a backup's never does), so nothing was restored.",
    )
  })

  it('a backup holding more rows in a table than an import may, before its checksum is worked out', async () => {
    const items = Array.from({ length: 200_001 }, (_, i) => ({ id: i + 1 }))
    expect(
      await refusalOf((f) => {
        f.data.actionItems = items
        f.counts.actionItems = items.length
      }),
    ).toBe(
      'team-backup.json: it holds more than 200,000 action items, more than the app restores at once (the same limit as an import), so nothing was restored.',
    )
  })
})
