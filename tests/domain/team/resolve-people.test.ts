import { describe, expect, it } from 'vitest'
import { rosterIndex, type TeamMember } from '@/domain/team/roster'
import { rawPeopleOf, resolvePeople } from '@/domain/team/resolve-people'

const dana: TeamMember = { name: 'Dana Reyes', role: 'SDR', partner: 'LeadForge', aliases: ['0051x000003AbCd'] }
const omar: TeamMember = { name: 'Omar Haddad', role: 'AE', partner: '', aliases: ['48213977'] }

describe('resolvePeople', () => {
  it('shows people instead of CRM ids, keeping the ids for later', () => {
    const h = resolvePeople({ sdr: '0051x000003AbCd', ae: '48213977', partner: '' }, rosterIndex([dana, omar]))
    expect(h).toEqual({
      sdr: 'Dana Reyes',
      ae: 'Omar Haddad',
      partner: 'LeadForge',
      sdrRaw: '0051x000003AbCd',
      aeRaw: '48213977',
      partnerRaw: '',
    })
  })

  it('leaves a handoff whose people are already names as it was', () => {
    const h = { sdr: 'Sam Lee', ae: 'Kim Ito', partner: '' }
    expect(resolvePeople(h, rosterIndex([dana]))).toEqual(h)
  })

  it('goes back to the raw id when the roster forgets a person', () => {
    const once = resolvePeople({ sdr: '0051x000003AbCd', ae: '', partner: '' }, rosterIndex([dana]))
    expect(resolvePeople(once, rosterIndex([]))).toEqual({ sdr: '0051x000003AbCd', ae: '', partner: '' })
  })

  it('resolves again to a renamed member', () => {
    const once = resolvePeople({ sdr: '0051x000003AbCd', ae: '', partner: '' }, rosterIndex([dana]))
    const renamed = resolvePeople(once, rosterIndex([{ ...dana, name: 'Dana Reyes-Cruz' }]))
    expect(renamed.sdr).toBe('Dana Reyes-Cruz')
    expect(rawPeopleOf(renamed)).toEqual({ sdrRaw: '0051x000003AbCd', aeRaw: '' })
  })
})
