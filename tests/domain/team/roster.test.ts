import { describe, expect, it } from 'vitest'
import {
  joinersOfNewRoster,
  nameAlias,
  peopleNamedIn,
  rosterIndex,
  rosterSchema,
  looksLikeId,
  unknownPeople,
  type TeamMember,
} from '@/domain/team/roster'

const dana: TeamMember = { name: 'Dana Reyes', role: 'SDR', partner: '', aliases: ['0051x000003AbCd', 'dana@acme.com'] }
const omar: TeamMember = { name: 'Omar Haddad', role: 'AE', partner: '', aliases: ['48213977'] }
const priya: TeamMember = { name: 'Priya Nair', role: 'SDR', partner: 'LeadForge', aliases: [] }

describe('rosterIndex', () => {
  const index = rosterIndex([dana, omar, priya])

  it('resolves a Salesforce user id to the person it means', () => {
    expect(index.resolve('0051x000003AbCd').name).toBe('Dana Reyes')
  })

  it('resolves the 18-character form of a 15-character Salesforce id', () => {
    expect(index.resolve('0051x000003AbCdAAE').name).toBe('Dana Reyes')
  })

  it('resolves a HubSpot numeric owner id', () => {
    expect(index.resolve('48213977').member).toBe(omar)
  })

  it('ignores case and spacing in names and e-mail addresses', () => {
    expect(index.resolve('  DANA@acme.com ').name).toBe('Dana Reyes')
    expect(index.resolve('priya   nair').name).toBe('Priya Nair')
  })

  it('keeps a raw value nobody answers to, marked as unknown', () => {
    expect(index.resolve('Sam Lee')).toEqual({ name: 'Sam Lee', member: null })
  })

  it('is not fooled by keys that name object properties', () => {
    expect(index.resolve('__proto__')).toEqual({ name: '__proto__', member: null })
    expect(index.resolve('constructor')).toEqual({ name: 'constructor', member: null })
  })
})

describe('rosterSchema', () => {
  it('refuses one alias that means two people, naming both', () => {
    const result = rosterSchema.safeParse([dana, { ...omar, aliases: ['dana@acme.com'] }])
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('"dana@acme.com" already means Dana Reyes')
  })

  it('refuses a member without a name in plain words', () => {
    const result = rosterSchema.safeParse([{ ...dana, name: ' ' }])
    expect(result.error?.issues[0]?.message).toBe('Name is empty')
  })
})

describe('looksLikeId', () => {
  it.each(['0051x000003AbCd', '0051x000003AbCdAAE', '48213977', '7', 'a1b2c3d4e5f6g7h8'])(
    'takes %s for an id',
    (raw) => {
      expect(looksLikeId(raw)).toBe(true)
    },
  )
  it.each(['Dana Reyes', 'dana@acme.com', '', 'Jo'])('takes %s for a name', (raw) => {
    expect(looksLikeId(raw)).toBe(false)
  })
})

describe('unknownPeople', () => {
  it('lists ids nobody answers to first, then names, each with how often it was seen', () => {
    const index = rosterIndex([dana])
    const rows = [
      { sdrRaw: '0051x000003AbCd', aeRaw: '48213977' },
      { sdrRaw: 'Sam Lee', aeRaw: '48213977' },
      { sdrRaw: 'Sam Lee', aeRaw: '' },
    ]
    expect(unknownPeople(rows, index)).toEqual([
      { raw: '48213977', role: 'AE', count: 2, isId: true },
      { raw: 'Sam Lee', role: 'SDR', count: 2, isId: false },
    ])
  })
})

describe('nameAlias', () => {
  it('adds an id to an existing member', () => {
    expect(nameAlias([omar], '99', 'omar haddad', 'AE')).toEqual([{ ...omar, aliases: ['48213977', '99'] }])
  })

  it('creates a member with the role when the name is new', () => {
    expect(nameAlias([], '0051x000009ZzZz', 'Lee Park', 'SDR', 'LeadForge')).toEqual([
      { name: 'Lee Park', role: 'SDR', partner: 'LeadForge', aliases: ['0051x000009ZzZz'] },
    ])
  })
})

describe('rosterIndex and the case of CRM ids', () => {
  it('keeps two Salesforce ids that differ only in case apart', () => {
    const index = rosterIndex([dana])
    expect(index.resolve('0051x000003AbCd').name).toBe('Dana Reyes')
    expect(index.resolve('0051x000003ABCD')).toEqual({ name: '0051x000003ABCD', member: null })
  })

  it('lets the same id in two cases mean two people', () => {
    const other: TeamMember = { name: 'Sam Lee', role: 'SDR', partner: '', aliases: ['0051x000003ABCD'] }
    expect(rosterSchema.safeParse([dana, other]).success).toBe(true)
  })
})

describe('one person, many ids and spellings', () => {
  it('adds a spelling the roster already knows to the person it means, not to a new person', () => {
    const next = nameAlias([dana], '0051x000007XyZw', 'dana@acme.com', 'SDR')
    expect(next).toEqual([{ ...dana, aliases: [...dana.aliases, '0051x000007XyZw'] }])
    expect(rosterSchema.safeParse(next).success).toBe(true)
  })

  it('resolves every id and spelling of one person to one name', () => {
    let roster = nameAlias([], '0051x000003AbCd', 'Dana Reyes', 'SDR')
    roster = nameAlias(roster, 'dana@acme.com', 'Dana Reyes', 'SDR')
    roster = nameAlias(roster, '48213977', 'dana reyes', 'SDR')
    const index = rosterIndex(roster)
    expect(['0051x000003AbCd', 'dana@acme.com', '48213977', 'Dana Reyes'].map((r) => index.resolve(r).name)).toEqual([
      'Dana Reyes',
      'Dana Reyes',
      'Dana Reyes',
      'Dana Reyes',
    ])
  })
})

describe('peopleNamedIn', () => {
  it('lists the plain names of the data with the role of the column that names them most, never ids', () => {
    const named = peopleNamedIn([
      { sdr: 'Aisha Bello', ae: 'Carter McKay' },
      { sdr: 'aisha  bello', ae: '0051x000003AbCd' },
      { sdr: '48213977', ae: 'Carter McKay' },
      { sdr: '', ae: '' },
    ])
    expect(named).toEqual([
      { name: 'Carter McKay', role: 'AE', partner: '', aliases: [] },
      { name: 'Aisha Bello', role: 'SDR', partner: '', aliases: [] },
    ])
  })
})

describe('joinersOfNewRoster', () => {
  const named = peopleNamedIn([
    { sdr: 'Aisha Bello', ae: 'Carter McKay' },
    { sdr: '0051x000003AbCd', ae: 'Carter McKay' },
  ])

  it('has the people already named in the data join a roster that naming an id starts', () => {
    const next = nameAlias([], '0051x000003AbCd', 'Dana Reyes', 'SDR')
    const joiners = joinersOfNewRoster([], next, named)
    expect(joiners.map((m) => m.name)).toEqual(['Carter McKay', 'Aisha Bello'])
    const index = rosterIndex([...next, ...joiners])
    expect(unknownPeople([{ sdrRaw: 'Aisha Bello', aeRaw: 'Carter McKay' }], index)).toEqual([])
  })

  it('leaves out whoever the new roster already answers to', () => {
    const next = nameAlias([], '0051x000003AbCd', 'Aisha Bello', 'SDR')
    expect(joinersOfNewRoster([], next, named).map((m) => m.name)).toEqual(['Carter McKay'])
  })

  it('asks nobody to join a roster that already exists', () => {
    expect(joinersOfNewRoster([dana], [dana, omar], named)).toEqual([])
  })
})
