import { describe, expect, it } from 'vitest'
import { emptyHandoff, type Handoff } from '@/domain/handoff'
import { DEFAULT_ICP, defaultSettings, type Icp } from '@/domain/settings'
import {
  BAR_FAILURES,
  barDisagreement,
  barFailureMask,
  evaluateBar,
  icpInForce,
  type BarResult,
} from '@/domain/rules/quality-bar'
import { preparePlaceholders } from '@/domain/rules/checklist'
import { carriedMaskOf } from '@/domain/carried'

const settings = defaultSettings('UTC')

const strong = (overrides: Partial<Handoff> = {}): Handoff => ({
  ...emptyHandoff({ externalId: 'h1', sdr: 'Sam', bookedAt: '2026-11-16' }),
  companySize: 180,
  industry: 'Logistics',
  contactInfluence: 'decision_maker',
  crmNotes: 'Spoke with Dana, VP Ops',
  discoverySummary: '"We lose two days a month reconciling by hand"',
  icpFit: '180 employees, logistics, uses NetSuite',
  triggerEvent: 'New CFO started in October',
  techStack: 'NetSuite, Excel',
  budgetSignal: 'Budget approved for Q1',
  ...overrides,
})

describe('evaluateBar', () => {
  it('clears a handoff that meets every condition', () => {
    expect(evaluateBar(strong(), DEFAULT_ICP, settings)).toEqual({ verdict: 'cleared', cleared: true, failures: [] })
  })

  it.each([
    [{ companySize: 49 }, ['too_small']],
    [{ companySize: 50 }, []],
    [{ companySize: null }, ['too_small']],
    [{ contactInfluence: 'user' }, ['no_influence']],
    [{ contactInfluence: 'unknown' }, ['no_influence']],
    [{ contactInfluence: 'influencer' }, []],
    [{ triggerEvent: '', discoverySummary: 'n/a' }, ['no_trigger_or_pain', 'incomplete']],
    [{ triggerEvent: 'tbd' }, ['incomplete']],
    [{ budgetSignal: '' }, ['incomplete']],
  ] as [Partial<Handoff>, string[]][])('judges %j as failing %j', (overrides, failures) => {
    const result = evaluateBar(strong(overrides), DEFAULT_ICP, settings)
    expect(result).toEqual({
      verdict: failures.length === 0 ? 'cleared' : 'below',
      cleared: failures.length === 0,
      failures,
    })
  })

  it('fails an industry outside a non-empty target list, ignoring case and spaces', () => {
    const icp: Icp = { ...DEFAULT_ICP, targetIndustries: ['Logistics', 'Manufacturing'] }
    expect(evaluateBar(strong({ industry: ' logistics ' }), icp, settings).failures).toEqual([])
    expect(evaluateBar(strong({ industry: 'Retail' }), icp, settings).failures).toEqual(['wrong_industry'])
  })

  it('accepts any industry, even a blank one, when the target list is empty', () => {
    expect(evaluateBar(strong({ industry: '' }), DEFAULT_ICP, settings).cleared).toBe(true)
  })

  it('lets an unknown size pass when there is no minimum', () => {
    const icp: Icp = { ...DEFAULT_ICP, minCompanySize: 0 }
    expect(evaluateBar(strong({ companySize: null }), icp, settings).cleared).toBe(true)
  })

  it('names every failure of a weak handoff', () => {
    const icp: Icp = { ...DEFAULT_ICP, targetIndustries: ['Logistics'] }
    const weak = emptyHandoff({ externalId: 'w', sdr: 'Sam', bookedAt: '2026-11-16' })
    expect(evaluateBar(weak, icp, settings).failures).toEqual([
      'too_small',
      'wrong_industry',
      'no_influence',
      'no_trigger_or_pain',
      'incomplete',
    ])
  })
})

describe('barDisagreement', () => {
  const cleared: BarResult = { verdict: 'cleared', cleared: true, failures: [] }
  const below: BarResult = { verdict: 'below', cleared: false, failures: ['too_small'] }
  const notAssessed: BarResult = { verdict: 'not_assessed', cleared: false, failures: [] }
  it.each([
    ['accepted', below, 'accepted_below_bar'],
    ['rejected', cleared, 'rejected_above_bar'],
    ['accepted', cleared, null],
    ['rejected', below, null],
    ['pending', below, null],
    ['pending', cleared, null],
    ['accepted', notAssessed, null],
    ['rejected', notAssessed, null],
  ] as const)('calls a %s handoff judged %j a %s', (status, result, expected) => {
    expect(barDisagreement({ status }, result)).toBe(expected)
  })
})

describe('a bar with none of its inputs carried', () => {
  const bookingsOnly = carriedMaskOf(['externalId', 'sdr', 'ae', 'bookedAt', 'status'])

  it('is not assessed: neither above nor below the bar', () => {
    const h = { ...emptyHandoff({ externalId: 'b', sdr: 'Sam', bookedAt: '2026-11-16' }), carried: bookingsOnly }
    expect(evaluateBar(h, DEFAULT_ICP, settings)).toEqual({ verdict: 'not_assessed', cleared: false, failures: [] })
  })

  it('is assessed from the one condition that was carried', () => {
    const h = {
      ...emptyHandoff({ externalId: 'b', sdr: 'Sam', bookedAt: '2026-11-16' }),
      companySize: 20,
      carried: bookingsOnly | carriedMaskOf(['companySize']),
    }
    expect(evaluateBar(h, DEFAULT_ICP, settings)).toEqual({ verdict: 'below', cleared: false, failures: ['too_small'] })
  })

  it('never counts a rejected handoff it could not assess as rejected above the bar', () => {
    const h = { ...emptyHandoff({ externalId: 'b', sdr: 'Sam', bookedAt: '2026-11-16' }), carried: bookingsOnly }
    expect(barDisagreement({ status: 'rejected' }, evaluateBar(h, DEFAULT_ICP, settings))).toBeNull()
  })
})

describe('icpInForce', () => {
  const v1: Icp = { ...DEFAULT_ICP, minCompanySize: 100 }
  const v2: Icp = { ...DEFAULT_ICP, minCompanySize: 200 }
  const versions = [
    { effectiveWeek: '2026-W30', icp: v2 },
    { effectiveWeek: '2026-W10', icp: v1 },
  ]

  const byName = { fallback: DEFAULT_ICP, v1, v2 }
  it.each([
    ['2026-W09', 'fallback', 'before any version'],
    ['2026-W10', 'v1', 'from the effective week itself'],
    ['2026-W29', 'v1', 'until the next version'],
    ['2026-W30', 'v2', 'once the latest version is in force'],
    ['2027-W01', 'v2', 'across a year boundary'],
  ] as const)('judges week %s by the %s ICP (%s)', (week, name, _why) => {
    expect(icpInForce(versions, week, DEFAULT_ICP)).toBe(byName[name])
  })

  it('keeps history: a handoff booked before a recalibration clears the bar it was booked under', () => {
    const h = strong({ companySize: 150, bookedAt: '2026-03-02' }) // 2026-W10
    const atBooking = icpInForce(versions, '2026-W10', DEFAULT_ICP)
    const today = icpInForce(versions, '2026-W47', DEFAULT_ICP)
    expect(evaluateBar(h, atBooking, settings).cleared).toBe(true)
    expect(evaluateBar(h, today, settings).failures).toEqual(['too_small'])
  })
})

describe('barFailureMask', () => {
  const placeholders = preparePlaceholders(settings.placeholders)

  it('is 0 exactly when evaluateBar clears the handoff', () => {
    expect(barFailureMask(strong(), DEFAULT_ICP, placeholders, false)).toBe(0)
  })

  it('sets the bit of each failure evaluateBar names', () => {
    const weak = strong({
      companySize: 10,
      industry: 'Crypto',
      triggerEvent: '',
      discoverySummary: 'n/a',
      crmNotes: '',
    })
    const icp: Icp = { ...DEFAULT_ICP, targetIndustries: ['Logistics'] }
    const mask = barFailureMask(weak, icp, placeholders, true)
    const named = BAR_FAILURES.filter((_, i) => (mask & (1 << i)) !== 0)
    expect(named).toEqual(evaluateBar(weak, icp, settings).failures)
    expect(named).toEqual(['too_small', 'wrong_industry', 'no_trigger_or_pain', 'incomplete'])
  })
})
