import { describe, expect, it } from 'vitest'
import { parseTeamFile, teamFileText } from '@/domain/team/team-file'

describe('parseTeamFile', () => {
  it('reads name, role, partner and aliases split by semicolons, header optional', () => {
    const text =
      'name,role,partner,aliases\r\nDana Reyes,SDR,,0051x000003AbCd;dana@acme.com\r\nOmar Haddad,ae,,48213977\r\n'
    expect(parseTeamFile('team.csv', text)).toEqual({
      members: [
        { name: 'Dana Reyes', role: 'SDR', partner: '', aliases: ['0051x000003AbCd', 'dana@acme.com'] },
        { name: 'Omar Haddad', role: 'AE', partner: '', aliases: ['48213977'] },
      ],
      problems: [],
    })
  })

  it('reads a file without a header row', () => {
    expect(parseTeamFile('team.csv', 'Priya Nair,SDR,LeadForge,\n').members).toEqual([
      { name: 'Priya Nair', role: 'SDR', partner: 'LeadForge', aliases: [] },
    ])
  })

  it('names the file and line of a row without a name or with an unknown role', () => {
    const text = 'name,role,partner,aliases\n,SDR,,x\nSam,Manager,,\nLee,,,\n'
    expect(parseTeamFile('team.csv', text).problems).toEqual([
      'team.csv, line 2: Name is empty',
      'team.csv, line 3: Role "Manager" is not SDR or AE',
      'team.csv, line 4: Role is empty (SDR or AE)',
    ])
  })

  it('round-trips through the text it writes', () => {
    const members = [
      { name: 'Reyes, Dana', role: 'SDR' as const, partner: 'Lead "Forge"', aliases: ['a;b'.split(';')[0]!, 'b'] },
    ]
    expect(parseTeamFile('t.csv', teamFileText(members)).members).toEqual(members)
  })
})
