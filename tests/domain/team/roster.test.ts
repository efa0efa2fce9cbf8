import { describe, expect, it } from 'vitest'
import { nameAlias, rosterIndex, rosterSchema, looksLikeId, unknownPeople, type TeamMember } from '@/domain/team/roster'

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
