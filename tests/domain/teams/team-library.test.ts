import { describe, expect, it } from 'vitest'
import { readTeamFile } from '@/domain/teams/read-team-file'
import { afterRead, countedSources, teamNotices, type TeamSource } from '@/domain/teams/team-library'
import { teamFileText } from './team-file-fixture'

const NOW = Date.parse('2026-11-25T09:00:00.000Z')

async function source(name: string, text: string, previous?: TeamSource): Promise<TeamSource> {
  return afterRead(previous, `/shared/${name}`, name, await readTeamFile(text))
}

describe('afterRead', () => {
  it('keeps the last good copy when the file is caught half-written, and says so', async () => {
    const good = await source('east.huddle-team.json', await teamFileText())
    const half = (await teamFileText({ createdAt: '2026-11-24T10:00:00.000Z' })).slice(0, 200)
    const after = await source('east.huddle-team.json', half, good)
    expect(after.lastGood).toBe(good.lastGood)
    expect(after.refusal).toBe(
      'east.huddle-team.json: the file is damaged (it is not valid JSON; it may have been cut short or still be being written), so the last good copy is shown.',
    )
  })

  it('takes the new copy once the file reads whole again', async () => {
    const half = await source('east.huddle-team.json', '{"format":')
    const after = await source('east.huddle-team.json', await teamFileText(), half)
    expect(after).toMatchObject({ refusal: null, lastGood: { team: { name: 'Team East' } } })
  })
})

describe('teamNotices', () => {
  it('says a file is stale after 14 days without an update', async () => {
    const s = await source('east.huddle-team.json', await teamFileText({ createdAt: '2026-11-11T08:00:00.000Z' }))
    expect(teamNotices([s], NOW, '0.1.0')).toEqual([
      {
        source: '/shared/east.huddle-team.json',
        kind: 'stale',
        text: 'east.huddle-team.json: no update for 14 days (last written 2026-11-11); ask its manager to publish again.',
      },
    ])
  })

  it('says nothing about a file written 13 days ago', async () => {
    const s = await source('east.huddle-team.json', await teamFileText({ createdAt: '2026-11-12T10:00:00.000Z' }))
    expect(teamNotices([s], NOW, '0.1.0')).toEqual([])
  })

  it('says a file comes from a newer app version', async () => {
    const s = await source(
      'east.huddle-team.json',
      await teamFileText({ appVersion: '0.4.0', createdAt: '2026-11-24T00:00:00.000Z' }),
    )
    expect(teamNotices([s], NOW, '0.1.0').map((n) => n.text)).toEqual([
      'east.huddle-team.json: written by a newer Handoff Huddle (0.4.0; this is 0.1.0); update the app to be sure it reads every number.',
    ])
  })

  it("says when a team's fiscal year starts in another month than the leader's", async () => {
    const s = await source('east.huddle-team.json', await teamFileText({ createdAt: '2026-11-24T00:00:00.000Z' }))
    expect(teamNotices([s], NOW, '0.1.0', 4).map((n) => n.text)).toEqual([
      'east.huddle-team.json: Team East starts its fiscal year in January; its weeks are counted in your quarters (from April).',
    ])
  })

  it('counts only the newer of two files for one team and says so once', async () => {
    const old = await source('east.huddle-team.json', await teamFileText({ createdAt: '2026-11-20T10:00:00.000Z' }))
    const copy = await source(
      'east (1).huddle-team.json',
      await teamFileText({ name: ' team  EAST', createdAt: '2026-11-24T10:00:00.000Z' }),
    )
    expect(countedSources([old, copy])).toEqual([copy])
    expect(teamNotices([old, copy], NOW, '0.1.0')).toEqual([
      {
        source: '/shared/east.huddle-team.json',
        kind: 'duplicate',
        text: 'east.huddle-team.json: a second file for Team East (also in east (1).huddle-team.json); only the newer one, written 2026-11-24, is counted.',
      },
    ])
  })
})
