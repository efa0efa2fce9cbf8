import { describe, expect, it } from 'vitest'
import {
  allMovers,
  barDisagreements,
  calibrationTable,
  describeIcp,
  icpChanges,
  sizeBand,
} from '@/domain/huddle/calibration'
import { defaultSettings, DEFAULT_ICP } from '@/domain/settings'
import type { Handoff, HandoffStatus } from '@/domain/handoff'
import { aHandoff } from '../../helpers/handoffs'

const many = (n: number, status: HandoffStatus, over: Partial<Handoff>): Handoff[] =>
  Array.from({ length: n }, () => aHandoff({ status, ...over }))

describe('sizeBand', () => {
  it('bands company sizes and names the unknown', () => {
    expect([10, 49, 50, 199, 200, 5000, null].map(sizeBand)).toEqual([
      '1–49',
      '1–49',
      '50–199',
      '50–199',
      '200–999',
      '1,000+',
      'Size unknown',
    ])
  })
})

describe('calibrationTable', () => {
  it('flags a segment whose acceptance moved by at least 10 points with enough decisions', () => {
    const now = [
      ...many(8, 'accepted', { segment: 'SMB' }),
      ...many(2, 'rejected', { segment: 'SMB' }),
      ...many(5, 'accepted', { segment: 'Mid' }),
    ]
    const before = [
      ...many(4, 'accepted', { segment: 'SMB' }),
      ...many(6, 'rejected', { segment: 'SMB' }),
      ...many(5, 'accepted', { segment: 'Mid' }),
    ]
    const rows = calibrationTable(now, before, 'segment')
    expect(rows.map((r) => [r.value, r.thisQuarter.booked, r.changePoints, r.isMover])).toEqual([
      ['SMB', 10, 40, true],
      ['Mid', 5, 0, false],
    ])
    expect(allMovers([rows]).map((r) => r.value)).toEqual(['SMB'])
  })

  it('does not flag a big change on too few decisions', () => {
    const rows = calibrationTable(
      many(2, 'accepted', { industry: 'Retail' }),
      many(2, 'rejected', { industry: 'Retail' }),
      'industry',
    )
    expect(rows[0]).toMatchObject({ changePoints: 100, isMover: false })
  })

  it('groups blank trigger categories together', () => {
    const rows = calibrationTable(
      [aHandoff({ triggerCategory: null }), aHandoff({ triggerCategory: 'funding' })],
      [],
      'triggerCategory',
    )
    expect(rows.map((r) => r.value).sort()).toEqual(['(no category)', 'Funding'])
  })
})

describe('barDisagreements', () => {
  it('lists accepted below the bar with its failures and rejected above it', () => {
    const settings = { ...defaultSettings('UTC'), requiredFields: ['budgetSignal' as const] }
    const good = {
      companySize: 500,
      contactInfluence: 'decision_maker' as const,
      triggerEvent: 'New CFO',
      budgetSignal: 'Approved',
    }
    const below = { ...aHandoff({ status: 'accepted', companySize: 10 }), id: 'b', week: '2026-W47' }
    const above = { ...aHandoff({ status: 'rejected', ...good }), id: 'a', week: '2026-W47' }
    const result = barDisagreements([below, above], settings, [])
    expect(result.acceptedBelowBar.map((e) => e.handoffId)).toEqual(['b'])
    expect(result.acceptedBelowBar[0]!.failures).toContain('Company too small')
    expect(result.rejectedAboveBar.map((e) => e.handoffId)).toEqual(['a'])
  })
})

describe('ICP text', () => {
  it('describes the ICP and what a change changes', () => {
    expect(describeIcp(DEFAULT_ICP)[0]).toBe('Company size at least 50 employees')
    expect(icpChanges(DEFAULT_ICP, { ...DEFAULT_ICP, minCompanySize: 100, targetIndustries: ['Fintech'] })).toEqual([
      'minimum company size 50 → 100',
      'industries any → Fintech',
    ])
    expect(icpChanges(DEFAULT_ICP, { ...DEFAULT_ICP })).toEqual([])
  })
})
