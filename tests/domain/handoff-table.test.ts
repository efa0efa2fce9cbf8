import { carriedMaskOf } from '@/domain/carried'
import { describe, expect, it } from 'vitest'
import {
  checklistLegend,
  filterOptions,
  filterRows,
  filtersFromQuery,
  filtersToQuery,
  NO_FILTERS,
  sortRows,
  toRows,
  decisionNotes,
  type HandoffRow,
  type RowContext,
} from '@/domain/handoff-table'
import { defaultSettings } from '@/domain/settings'
import { toStored } from '@/db/handoff-repo'
import { aHandoff } from '../helpers/handoffs'

const row = (id: string, over: Partial<HandoffRow> = {}): HandoffRow => ({
  id,
  week: '2026-W47',
  bookedAt: '2026-11-17T10:00:00.000Z',
  sdr: 'Ana',
  ae: 'Ben',
  company: 'Acme',
  status: 'pending',
  missing: [],
  checklistMarks: '●●●●●●',
  checklistLabel: 'Complete',
  sla: 'open_within',
  barFailures: [],
  barLabel: 'Cleared',
  isChecklistAssessed: true,
  hasDecision: true,
  barVerdict: (over.barFailures?.length ?? 0) > 0 ? 'below' : 'cleared',
  ...over,
})

const rows = [
  row('a', { sdr: 'Zoe', company: 'Zeta GmbH', bookedAt: '2026-11-18T10:00:00.000Z' }),
  row('b', {
    status: 'accepted',
    company: 'alpha inc',
    sla: 'late',
    missing: ['techStack'],
    barFailures: ['incomplete'],
  }),
  row('c', { week: '2026-W46', bookedAt: '2026-11-10', ae: 'Cy', status: 'rejected', sla: 'on_time' }),
]

const settings = {
  ...defaultSettings('UTC'),
  icp: { minCompanySize: 50, targetIndustries: [], influenceLevels: ['decision_maker' as const] },
}
const context: RowContext = { settings, asOf: Date.parse('2026-11-20T12:00:00.000Z'), icpVersions: [] }
const complete = {
  crmNotes: 'Spoke with the CFO',
  discoverySummary: '"We lose two days a month"',
  icpFit: '300 employees on Salesforce',
  triggerEvent: 'New CFO hired in October',
  techStack: 'Salesforce, NetSuite',
  budgetSignal: '$40k approved',
  companySize: 300,
  contactInfluence: 'decision_maker' as const,
}

describe('handoff table rows', () => {
  it('marks each required field and names the missing ones in the accessible label', () => {
    const h = toStored(aHandoff({ ...complete, techStack: 'tbd', budgetSignal: '' }), 'crm', 'UTC', null)
    const [r] = toRows([h], context)
    expect(r).toMatchObject({
      checklistMarks: '●●●●○○',
      missing: ['techStack', 'budgetSignal'],
      checklistLabel: 'Missing: Tech stack, Budget signal',
    })
  })

  it('labels a row whose export carried no bar input or required field not assessed, never below or complete', () => {
    const thin = {
      ...toStored(aHandoff({ companySize: null }), 'crm', 'UTC', null),
      carried: carriedMaskOf(['sdr', 'bookedAt']),
    }
    const [r] = toRows([thin], context)
    expect(r).toMatchObject({
      checklistMarks: '······',
      isChecklistAssessed: false,
      checklistLabel: 'Not assessed: this export has none of the required fields',
      barVerdict: 'not_assessed',
      barFailures: [],
      barLabel: 'Not in this export',
      sla: 'not_assessed',
      hasDecision: false,
    })
  })

  it('labels a complete package "Complete" and a cleared bar "Cleared"', () => {
    const [r] = toRows([toStored(aHandoff(complete), 'crm', 'UTC', null)], context)
    expect(r).toMatchObject({ missing: [], checklistLabel: 'Complete', barFailures: [], barLabel: 'Cleared' })
  })

  it('derives the SLA state as of the given instant', () => {
    const booked = aHandoff({ ...complete, bookedAt: '2026-11-17T10:00:00.000Z' })
    const [open] = toRows([toStored(booked, 'crm', 'UTC', null)], context)
    const [late] = toRows(
      [toStored({ ...booked, status: 'accepted', respondedAt: '2026-11-19T09:00:00.000Z' }, 'crm', 'UTC', null)],
      context,
    )
    expect(open!.sla).toBe('open_overdue')
    expect(late!.sla).toBe('late')
  })

  it('judges the bar by the ICP version in force in the booking week', () => {
    const h = toStored(
      aHandoff({ ...complete, companySize: 80, bookedAt: '2026-11-17T10:00:00.000Z' }),
      'crm',
      'UTC',
      null,
    )
    const strict = { ...settings.icp, minCompanySize: 100 }
    const later = toRows([h], { ...context, icpVersions: [{ effectiveWeek: '2026-W48', icp: strict }] })
    const inForce = toRows([h], { ...context, icpVersions: [{ effectiveWeek: '2026-W47', icp: strict }] })
    expect(later[0]!.barFailures).toEqual([])
    expect(inForce[0]!).toMatchObject({ barFailures: ['too_small'], barLabel: 'Below the bar: Company too small' })
  })
})

describe('handoff table filters and sorting', () => {
  it('filters by week, SDR, AE and status together', () => {
    expect(filterRows(rows, { ...NO_FILTERS, week: '2026-W47', sdr: 'Ana' }).map((r) => r.id)).toEqual(['b'])
    expect(filterRows(rows, { ...NO_FILTERS, ae: 'Cy', status: 'rejected' }).map((r) => r.id)).toEqual(['c'])
  })

  it('filters by checklist, SLA state and bar', () => {
    expect(filterRows(rows, { ...NO_FILTERS, checklist: 'incomplete' }).map((r) => r.id)).toEqual(['b'])
    expect(filterRows(rows, { ...NO_FILTERS, checklist: 'complete' }).map((r) => r.id)).toEqual(['a', 'c'])
    expect(filterRows(rows, { ...NO_FILTERS, sla: 'on_time' }).map((r) => r.id)).toEqual(['c'])
    expect(filterRows(rows, { ...NO_FILTERS, bar: 'below' }).map((r) => r.id)).toEqual(['b'])
    expect(filterRows(rows, { ...NO_FILTERS, bar: 'cleared' }).map((r) => r.id)).toEqual(['a', 'c'])
  })

  it('leaves a row its export could not assess out of complete, incomplete, cleared and below', () => {
    const thin = row('t', {
      isChecklistAssessed: false,
      checklistMarks: '······',
      barVerdict: 'not_assessed',
      hasDecision: false,
    })
    for (const f of [
      { checklist: 'complete' },
      { checklist: 'incomplete' },
      { bar: 'cleared' },
      { bar: 'below' },
    ] as const)
      expect(filterRows([thin], { ...NO_FILTERS, ...f })).toEqual([])
  })

  it('says once what the rows cannot show about the decision, and nothing when every export had it', () => {
    expect(decisionNotes([row('a'), row('b', { sla: 'late' })])).toEqual([])
    const notes = decisionNotes([
      row('a', { hasDecision: false, sla: 'not_assessed' }),
      row('b', { sla: 'not_assessed' }),
    ])
    expect(notes).toHaveLength(2)
    expect(notes[0]).toMatch(/^Your export has no AE decision/)
    expect(notes[1]).toMatch(/^Your export has no decision time/)
  })

  it('searches company, SDR and AE case-insensitively', () => {
    expect(filterRows(rows, { ...NO_FILTERS, text: 'ZETA' }).map((r) => r.id)).toEqual(['a'])
  })

  it('sorts names case-insensitively and dates chronologically, both ways', () => {
    expect(sortRows(rows, { key: 'company', direction: 'asc' }).map((r) => r.id)).toEqual(['c', 'b', 'a'])
    expect(sortRows(rows, { key: 'bookedAt', direction: 'desc' }).map((r) => r.id)).toEqual(['a', 'b', 'c'])
  })

  it('offers each week, SDR and AE once, newest week first', () => {
    expect(filterOptions(rows)).toEqual({ weeks: ['2026-W47', '2026-W46'], sdrs: ['Ana', 'Zoe'], aes: ['Ben', 'Cy'] })
  })

  it('round-trips the set filters through a URL query and ignores unknown values', () => {
    const f = { ...NO_FILTERS, sdr: 'Ana Silva', checklist: 'incomplete' as const, sla: 'late' as const }
    expect(filtersToQuery(f)).toEqual({ sdr: 'Ana Silva', checklist: 'incomplete', sla: 'late' })
    expect(filtersFromQuery(filtersToQuery(f))).toEqual(f)
    expect(filtersFromQuery({ sla: 'whenever', bar: ['below'], other: 'x' })).toEqual({ ...NO_FILTERS, bar: 'below' })
  })
})

describe('handoff table at scale', () => {
  // Speed is measured by `npm run bench`; here only that every row is derived.
  it('derives a row for each of 20,000 handoffs, each with its SLA state', () => {
    const base = toStored(aHandoff({ ...complete, techStack: 'tbd' }), 'crm', 'UTC', null)
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      ...base,
      id: `crm::${i}`,
      bookedAt: new Date(Date.parse('2026-01-05T09:00:00.000Z') + i * 600_000).toISOString(),
    }))
    const derived = toRows(many, context)
    expect(derived).toHaveLength(20_000)
    expect(derived.every((r) => typeof r.sla === 'string')).toBe(true)
  })
})

describe('checklistLegend', () => {
  it('says what each mark means and which field it stands for', () => {
    expect(checklistLegend(['crmNotes', 'techStack'])).toBe(
      'Checklist marks: ● filled, ○ missing, · not in this export — one per required field: CRM notes, Tech stack.',
    )
  })
})
