import { describe, expect, it } from 'vitest'
import { tokenize } from '@/domain/import/records'
import { rejectedRowsCsv } from '@/domain/import/write'
import { importText } from './helpers'

const HEADER = 'externalId,sdr,bookedAt,meetingAt,respondedAt,status\n'

describe('dates outside 1990–2100 in the team zone', () => {
  it('rejects a row whose meeting is in the year 9999, naming the field and keeping its cells', async () => {
    const p = await importText(`${HEADER}A-1,Ava,2026-11-16,9999-12-31 23:00,,pending\n`, {
      timeZone: 'America/Denver',
    })
    expect(p.handoffs).toEqual([])
    expect(p.rejected).toEqual([
      expect.objectContaining({ line: 2, errors: ['Meeting date "9999-12-31 23:00" is after 2100'] }),
    ])
    expect(p.rejected[0]!.cells).toMatchObject({ externalId: 'A-1', meetingAt: '9999-12-31 23:00' })
    expect(p.warnings.join('\n')).not.toMatch(/2100/)
  })

  it('rejects a row answered in 1970, with every other reason it fails', async () => {
    const p = await importText(`${HEADER}A-1,,2026-11-16,,1970-01-01T00:00:00Z,pending\n`)
    expect(p.rejected).toEqual([
      expect.objectContaining({
        line: 2,
        errors: ['Response date "1970-01-01T00:00:00Z" is before 1990', 'SDR is empty'],
      }),
    ])
  })

  it('rejects a booking in the year 1000 as before, and imports the rows between', async () => {
    const p = await importText(`${HEADER}A-1,Ava,1000-01-01,,,pending\nA-2,Ben,2026-11-16,2026-11-18,,pending\n`)
    expect(p.rejected).toEqual([
      expect.objectContaining({ line: 2, errors: ['Booked date "1000-01-01" is before 1990'] }),
    ])
    expect(p.handoffs.map((h) => h.handoff.externalId)).toEqual(['A-2'])
  })

  it('reads the years in the team zone: 23:00 on the last day of 2100 in Denver is within, though 2101 in UTC', async () => {
    const p = await importText(
      `${HEADER}A-1,Ava,1990-01-01,2100-12-31 23:00,,pending\nA-2,Ava,2026-11-16,2101-01-01 00:00,,pending\n`,
      { timeZone: 'America/Denver' },
    )
    expect(p.handoffs.map((h) => h.handoff.externalId)).toEqual(['A-1'])
    expect(p.rejected).toEqual([
      expect.objectContaining({ line: 3, errors: ['Meeting date "2101-01-01 00:00" is after 2100'] }),
    ])
  })

  it('lists the rejected row in the download with its sentence', async () => {
    const p = await importText(`${HEADER}A-1,Ava,2026-11-16,,2222-02-02,pending\n`)
    const rows = [...tokenize(rejectedRowsCsv(p).slice(1), ',')].map((r) => r.cells)
    expect(rows[1]).toEqual([
      'A-1',
      'Ava',
      '2026-11-16',
      '',
      '2222-02-02',
      'pending',
      'Response date "2222-02-02" is after 2100',
    ])
  })
})
