/**
 * Every rule that judges a handoff leaves alone what its export never carried (docs/product.md,
 * "Carried and not assessed"): one behaviour per rule.
 */
import { describe, expect, it } from 'vitest'
import { emptyHandoff, type Handoff, type HandoffField, type StoredHandoff } from '@/domain/handoff'
import { defaultSettings } from '@/domain/settings'
import { carriedMaskOf, type CarryingHandoff } from '@/domain/carried'
import { isIncomplete, missingFields, missingMask, preparePlaceholders } from '@/domain/rules/checklist'
import { evaluateBar } from '@/domain/rules/quality-bar'
import { suggestRubric } from '@/domain/rubric/suggest'
import { findBreaches, groupByCause, notCarried, vagueRejections } from '@/domain/huddle/breaches'
import { computeMetrics } from '@/domain/metrics/metrics'
import { weeklyCounts } from '@/domain/metrics/week-counts'
import { handoffFacts } from '@/domain/trends/facts'
import { handoffDetail } from '@/domain/handoff-detail'
import { rowDeriver } from '@/domain/handoff-table'

const settings = defaultSettings('UTC')
const AS_OF = Date.parse('2026-11-30T12:00:00Z')

/** What a plain CRM export carries: the people, dates, decision and company, no package. */
const CRM_ONLY: HandoffField[] = [
  'externalId',
  'sdr',
  'ae',
  'company',
  'bookedAt',
  'respondedAt',
  'status',
  'rejectionReason',
]
const crmOnly = carriedMaskOf(CRM_ONLY)

let n = 0
function handoff(over: Partial<Handoff> = {}, carried?: number): StoredHandoff {
  n++
  const h: StoredHandoff = {
    ...emptyHandoff({ externalId: `C-${n}`, sdr: 'Ana Silva', bookedAt: '2026-11-17T10:00:00.000Z' }),
    ae: 'Ben Ode',
    respondedAt: '2026-11-17T12:00:00.000Z',
    ...over,
    id: `crm::C-${n}`,
    importSource: 'crm',
    week: '2026-W47',
    importRunId: 1,
    updatedAt: '2026-11-20T00:00:00.000Z',
  }
  return carried === undefined ? h : { ...h, carried }
}

describe('the checklist on a handoff whose export carried no package', () => {
  it('finds no required field missing', () => {
    expect(missingFields(handoff({}, crmOnly), settings)).toEqual([])
  })

  it('is not incomplete', () => {
    expect(isIncomplete(handoff({}, crmOnly), settings)).toBe(false)
  })

  it('sets no bit of the missing mask', () => {
    expect(missingMask(handoff({}, crmOnly), settings.requiredFields, preparePlaceholders(settings.placeholders))).toBe(
      0,
    )
  })

  it('still finds a carried required field missing', () => {
    const mask = carriedMaskOf([...CRM_ONLY, 'crmNotes'])
    expect(missingFields(handoff({}, mask), settings)).toEqual(['crmNotes'])
    expect(isIncomplete(handoff({}, mask), settings)).toBe(true)
  })

  it('treats a handoff without a carried mask as carrying everything', () => {
    expect(missingFields(handoff(), settings)).toEqual(settings.requiredFields)
  })
})

describe('the quality bar on what the export did not carry', () => {
  it('does not fail a handoff as too small when there was no company-size column', () => {
    const bar = evaluateBar(handoff({}, crmOnly), settings.icp, settings)
    expect(bar.failures).not.toContain('too_small')
  })

  it('assesses no condition whose input was not carried, so the handoff is neither above nor below', () => {
    expect(evaluateBar(handoff({}, crmOnly), settings.icp, settings)).toEqual({
      verdict: 'not_assessed',
      cleared: false,
      failures: [],
    })
  })

  it('still fails a carried condition', () => {
    const mask = carriedMaskOf([...CRM_ONLY, 'companySize', 'triggerEvent'])
    expect(evaluateBar(handoff({ companySize: 10 }, mask), settings.icp, settings).failures).toEqual([
      'too_small',
      'no_trigger_or_pain',
      'incomplete',
    ])
  })
})

describe('rubric suggestions', () => {
  it('suggests no criterion whose evidence was not carried', () => {
    const h = handoff({}, crmOnly)
    const s = suggestRubric(h, missingFields(h, settings), { requiredFields: settings.requiredFields })
    for (const c of Object.values(s.criteria)) expect(c).toMatchObject({ notSuggested: true, pass: false })
    expect(s.criteria.trigger_timing.why).toBe('Not suggested: this export has no trigger event.')
  })

  it('raises no red flag about a trigger or influence the export never had', () => {
    const h = handoff({}, crmOnly)
    const ids = suggestRubric(h, missingFields(h, settings)).redFlags.map((f) => f.id)
    expect(ids).not.toContain('no_trigger')
    expect(ids).not.toContain('no_influence')
  })

  it('still suggests criteria whose evidence was carried', () => {
    const h = handoff({ icpFit: '180 employees on NetSuite' }, carriedMaskOf([...CRM_ONLY, 'icpFit']))
    expect(suggestRubric(h, []).criteria.icp_signal.notSuggested).toBeUndefined()
  })
})

describe('SDR-side SLA breaches', () => {
  it('puts no SDR in breach for a field the export never had', () => {
    const week = [handoff({}, crmOnly), handoff({ sdr: 'Raj Patel' }, crmOnly)]
    const groups = groupByCause(findBreaches(week, settings, AS_OF))
    expect(groups.filter((g) => g.side === 'sdr')).toEqual([])
  })

  it('says once what the export did not carry', () => {
    const week = [handoff({}, crmOnly), handoff({ sdr: 'Raj Patel' }, crmOnly)]
    const { fields, phrase } = notCarried(week, { requiredFields: ['crmNotes', 'discoverySummary'] })
    expect(fields).toEqual(['crmNotes', 'discoverySummary'])
    expect(phrase).toBe('this export has no CRM notes and discovery summary')
  })

  it('does not list a rejection as vague when the export had no feedback column', () => {
    const rejected = handoff({ status: 'rejected', rejectionReason: 'too_small' }, crmOnly)
    expect(vagueRejections([rejected])).toEqual([])
  })
})

describe('weekly numbers', () => {
  it('counts no handoff incomplete for fields the export never had', () => {
    const week = [handoff({}, crmOnly), handoff({}, crmOnly)]
    expect(weeklyCounts(week, settings, AS_OF)[0]!.incomplete).toBe(0)
    expect(computeMetrics(week, { settings, asOf: AS_OF }).incomplete).toBe(0)
  })

  it('counts nothing missing and no bar disagreement from what was not carried', () => {
    const accepted = handoff({ status: 'accepted' }, crmOnly)
    const m = computeMetrics([accepted], { settings, asOf: AS_OF })
    expect(m.mostMissedFields).toEqual([])
    expect(m.barDisagreement.acceptedBelowBar).toBe(0)
  })

  it('counts no vague feedback the export never carried', () => {
    const rejected = handoff({ status: 'rejected' }, crmOnly)
    expect(computeMetrics([rejected], { settings, asOf: AS_OF }).vagueFeedback).toBe(0)
  })
})

describe('trend facts', () => {
  it('mark not-carried required fields apart from missing ones', () => {
    const mask = carriedMaskOf([...CRM_ONLY, 'crmNotes'])
    const { facts, requiredFields } = handoffFacts([handoff({}, mask)], { settings, asOf: AS_OF })
    expect(facts[0]!.missingMask).toBe(1 << requiredFields.indexOf('crmNotes'))
    expect(facts[0]!.notAssessedMask).toBe(((1 << requiredFields.length) - 1) & ~1)
  })
})

describe('the handoff detail', () => {
  it('names the fields not assessed and says what to do about them', () => {
    const d = handoffDetail(handoff({}, carriedMaskOf([...CRM_ONLY, 'crmNotes'])), settings, [], AS_OF)
    expect(d.missing.map((m) => m.field)).toEqual(['crmNotes'])
    expect(d.notAssessed.map((m) => m.field)).toEqual(settings.requiredFields.filter((f) => f !== 'crmNotes'))
    expect(d.notCarriedMessage).toMatch(/^Your export has no Discovery summary, .* columns: add them to the report/)
  })

  it('has nothing to say about an export that carried everything', () => {
    const d = handoffDetail(handoff() as CarryingHandoff as StoredHandoff, settings, [], AS_OF)
    expect(d.notAssessed).toEqual([])
    expect(d.notCarriedMessage).toBeNull()
  })
})

describe('the handoffs table', () => {
  it('labels fields the export never had as not in this export, not missing', () => {
    const derive = rowDeriver({ settings, asOf: AS_OF, icpVersions: [] })
    const row = derive(handoff({ crmNotes: 'Spoke with Dana' }, carriedMaskOf([...CRM_ONLY, 'crmNotes'])))
    expect(row.checklistLabel).toBe(
      'Not in this export: Discovery summary, ICP fit, Trigger event, Tech stack, Budget signal',
    )
  })
})
