import { describe, expect, it } from 'vitest'
import { canonicalJson } from '@/domain/export/backup'
import { sha256Hex } from '@/domain/hash'
import { compareAppVersions, readTeamFile, teamFileRefusal } from '@/domain/teams/read-team-file'
import { teamFileName } from '@/domain/teams/team-file'
import { teamFileText, week } from './team-file-fixture'

/** The file with `change` applied and its checksum made right again: a hand-made file. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a hand edit reaches anywhere in the file
async function resealed(change: (file: Record<string, any>) => void): Promise<string> {
  const file = JSON.parse(await teamFileText())
  change(file)
  delete file.sha256
  file.sha256 = await sha256Hex(canonicalJson(file))
  return JSON.stringify(file)
}

const refusal = async (text: string) => {
  const read = await readTeamFile(text)
  if (read.ok) throw new Error('expected a refusal')
  return read
}

describe('readTeamFile', () => {
  it('reads back what buildTeamFile wrote', async () => {
    const read = await readTeamFile(await teamFileText())
    expect(read.ok && read.file.team.name).toBe('Team East')
    expect(read.ok && read.file.data.weeks.map((w) => w.booked)).toEqual([3, 1])
    expect(read.ok && read.file.counts).toEqual({ weeks: 2, huddles: 1, actionItems: 1, handoffs: 0 })
  })

  it('refuses a file cut short while a sync service was writing it', async () => {
    const text = await teamFileText()
    expect((await refusal(text.slice(0, text.length / 2))).reason).toBe(
      'the file is damaged (it is not valid JSON; it may have been cut short or still be being written)',
    )
  })

  it('refuses an empty file', async () => {
    expect((await refusal('')).kind).toBe('damaged')
  })

  it('refuses a file whose contents no longer match its checksum', async () => {
    const text = (await teamFileText()).replace('"booked":3', '"booked":4')
    expect((await refusal(text)).reason).toBe(
      'the file is damaged (its checksum does not match its contents; it may have been cut short or edited)',
    )
  })

  it('refuses a file from a newer team file schema and says to update the app', async () => {
    const r = await refusal(await resealed((f) => (f.schemaVersion = 2)))
    expect(r.kind).toBe('newer')
    expect(r.reason).toMatch(/newer version of Handoff Huddle .*update the app/)
  })

  it('refuses a JSON file that is not a team file', async () => {
    expect(await refusal('{"format":"handoff-huddle-backup"}')).toMatchObject({
      kind: 'foreign',
      reason: 'this is not a Handoff Huddle team file',
    })
  })

  it('refuses a count that does not match the rows it holds', async () => {
    const r = await refusal(await resealed((f) => (f.counts.weeks = 5)))
    expect(r.reason).toBe('the file is damaged (its count of weeks (5) does not match the 2 it holds)')
  })

  it('names the week and the field of a count that is not a whole number', async () => {
    const r = await refusal(await resealed((f) => (f.data.weeks[0].late = 1.5)))
    expect(r.reason).toBe(
      'the file is damaged (week 2026-W45 has a late count that is not a whole number of 0 or more)',
    )
  })

  it('names an action item without an owner', async () => {
    const r = await refusal(await resealed((f) => delete f.data.actionItems[0].owner))
    expect(r.reason).toBe('the file is damaged (action item 1 has no owner)')
  })

  it('refuses weeks whose decisions do not add up to what was booked', async () => {
    const r = await refusal(await resealed((f) => (f.data.weeks[1] = week('2026-W46', { booked: 1, accepted: 3 }))))
    expect(r.reason).toBe(
      'the file is damaged (week 2026-W46 has accepted, rejected and pending that do not add up to booked)',
    )
  })

  it('refuses a file with settings it cannot read, naming the setting', async () => {
    const r = await refusal(await resealed((f) => (f.settings.timeZone = 'Mars/Olympus')))
    expect(r.reason).toBe('the file is damaged (its settings have a time zone that is not valid)')
  })

  it('says in one sentence which file was refused and what is shown instead', () => {
    expect(teamFileRefusal('east.huddle-team.json', 'the file is damaged (its checksum is missing)', true)).toBe(
      'east.huddle-team.json: the file is damaged (its checksum is missing), so the last good copy is shown.',
    )
  })
})

describe('teamFileName', () => {
  it('names the file after the team, without characters file systems refuse', () => {
    expect(teamFileName('Team East')).toBe('Team East.huddle-team.json')
    expect(teamFileName(' EMEA/DACH: Partner? ')).toBe('EMEA-DACH- Partner-.huddle-team.json')
  })
})

describe('compareAppVersions', () => {
  it('compares versions number by number', () => {
    expect(compareAppVersions('0.10.0', '0.9.3')).toBe(1)
    expect(compareAppVersions('0.1.0', '0.1.0-beta')).toBe(0)
    expect(compareAppVersions('1.2', '1.2.1')).toBe(-1)
  })
})
