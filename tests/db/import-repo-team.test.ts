import { beforeEach, describe, expect, it } from 'vitest'
import { planImport } from '@/db/import-repo'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

describe('planImport with a team roster', () => {
  beforeEach(() => {
    freshDatabase()
  })

  it('stores people, not CRM ids, and keeps the ids for a later roster change', async () => {
    const team = [
      { name: 'Dana Reyes', role: 'SDR' as const, partner: 'LeadForge', aliases: ['0051x000003AbCd'] },
      { name: 'Omar Haddad', role: 'AE' as const, partner: '', aliases: ['0051x000007XyZw'] },
    ]
    const parsed = [
      { line: 2, handoff: aHandoff({ externalId: 'o1', sdr: '0051x000003AbCdAAE', ae: '0051x000007XyZw' }) },
    ]
    const plan = await planImport(parsed, 'salesforce', 'UTC', undefined, team)
    expect(plan.rows[0]?.handoff).toMatchObject({
      sdr: 'Dana Reyes',
      ae: 'Omar Haddad',
      partner: 'LeadForge',
      sdrRaw: '0051x000003AbCdAAE',
      aeRaw: '0051x000007XyZw',
    })
  })
})
