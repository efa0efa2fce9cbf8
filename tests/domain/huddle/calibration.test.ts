import { describe, expect, it } from 'vitest'
import {
  allMovers,
  barDisagreements,
  calibrationNotice,
  calibrationTable,
  describeIcp,
  disagreementTexts,
  icpChanges,
  isDecisionCarried,
  offeredDimensions,
  overallRow,
  sizeBand,
} from '@/domain/huddle/calibration'
import { carriedMaskOf } from '@/domain/carried'
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

describe('calibration on a thin export', () => {
  const WHO = ['externalId', 'sdr', 'ae', 'company', 'bookedAt'] as const
  const carried = carriedMaskOf([...WHO, 'status'])

  it('never flags "(no category)" or "Size unknown" as a mover, however much it moved', () => {
    const now = many(8, 'accepted', { triggerCategory: null })
    const before = [
      ...many(2, 'accepted', { triggerCategory: null }),
      ...many(8, 'rejected', { triggerCategory: null }),
    ]
    const [row] = calibrationTable(now, before, 'triggerCategory')
    expect(row).toMatchObject({ value: '(no category)', changePoints: 80, isMover: false, isBlank: true })
    expect(allMovers([[{ ...row!, isMover: true }]])).toEqual([])
    expect(calibrationTable(many(8, 'accepted', { companySize: null }), before, 'sizeBand')[0]!.isMover).toBe(false)
  })

  it('offers no grouping by a field the export did not carry', () => {
    const thin = [{ ...aHandoff(), carried }]
    expect(offeredDimensions(thin)).toEqual([])
    expect(offeredDimensions(thin, [{ ...aHandoff(), carried: carried | carriedMaskOf(['segment']) }])).toEqual([
      'segment',
    ])
    expect(offeredDimensions([{}])).toEqual(['triggerCategory', 'segment', 'industry', 'sizeBand'])
    expect(calibrationNotice(true, ['segment'])).toBe(
      'Not offered: this export has no trigger category, industry and company size.',
    )
    expect(calibrationNotice(true, [])).toContain('acceptance can only be compared for all handoffs together')
    expect(calibrationNotice(false, [])).toContain('no AE decision column')
    expect(calibrationNotice(true, ['triggerCategory', 'segment', 'industry', 'sizeBand'])).toBeNull()
  })

  it('rates acceptance only over the handoffs that carried the decision', () => {
    const noDecision = many(4, 'pending', {}).map((h) => ({
      ...h,
      segment: 'SMB',
      carried: carriedMaskOf([...WHO, 'segment']),
    }))
    const [row] = calibrationTable(noDecision, [], 'segment')
    expect(row!.thisQuarter).toMatchObject({ booked: 4, acceptanceRate: { kind: 'not_assessed' } })
    expect(isDecisionCarried(noDecision)).toBe(false)
    // A quarter without bookings has nothing decided: "—", not a gap in the export.
    expect(row!.lastQuarter).toMatchObject({ booked: 0, acceptanceRate: { kind: 'empty' } })
  })

  it('counts no bar disagreement when the export carried none of the bar inputs, and says so', () => {
    const settings = defaultSettings('UTC')
    const rejected = many(9, 'rejected', {}).map((h, i) => ({ ...h, id: `r${i}`, week: '2026-W47', carried }))
    const d = barDisagreements(rejected, settings, [])
    expect(d).toMatchObject({ rejectedAboveBar: [], acceptedBelowBar: [], decided: 9, assessed: 0 })
    expect(disagreementTexts(d)).toMatchObject({
      acceptedBelowBar: 'not in this export',
      rejectedAboveBar: 'not in this export',
    })
    expect(disagreementTexts(d).base).toContain('none of the bar’s inputs')
  })

  it('gives the bar counts with the base they are out of', () => {
    const settings = { ...defaultSettings('UTC'), requiredFields: ['budgetSignal' as const] }
    const small = { ...aHandoff({ status: 'accepted', companySize: 10 }), id: 'b', week: '2026-W47' }
    const thin = { ...aHandoff({ status: 'rejected' }), id: 't', week: '2026-W47', carried }
    const texts = disagreementTexts(barDisagreements([small, thin], settings, []))
    expect(texts).toEqual({
      acceptedBelowBar: '1',
      rejectedAboveBar: '0',
      base: 'Of 1 decided handoffs the bar could assess (1 more had none of its inputs).',
    })
  })

  it('compares acceptance of all handoffs when nothing can be grouped', () => {
    const now = many(3, 'accepted', {}).map((h) => ({ ...h, carried }))
    const before = [...many(1, 'accepted', {}), ...many(3, 'rejected', {})].map((h) => ({ ...h, carried }))
    expect(overallRow(now, before)).toMatchObject({
      thisQuarter: { booked: 3, acceptanceRate: { kind: 'rate', count: 3, base: 3 } },
      lastQuarter: { booked: 4, acceptanceRate: { kind: 'rate', count: 1, base: 4 } },
      changePoints: 75,
    })
  })

  it('counts no decision the export never carried as a disagreement', () => {
    const settings = defaultSettings('UTC')
    const pending = {
      ...aHandoff({ status: 'pending', companySize: 10 }),
      id: 'p',
      week: '2026-W47',
      carried: carriedMaskOf([...WHO, 'companySize']),
    }
    expect(barDisagreements([pending], settings, [])).toMatchObject({ decided: 0, assessed: 0 })
  })
})
