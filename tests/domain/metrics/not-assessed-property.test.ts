// @vitest-environment node
/**
 * docs/product.md, "What the data can show": a field an export did not carry can only take numbers
 * away, never add one. Removing any carried field from an import (clearing its bit in every
 * handoff's `carried`) must leave every "not assessed" not assessed, and a rate is only ever a
 * rate over a base of at least one assessed handoff.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CARRIED_FIELDS, carriedBit, carriedMaskOf, type CarryingHandoff } from '@/domain/carried'
import { emptyHandoff, type HandoffField } from '@/domain/handoff'
import { defaultSettings } from '@/domain/settings'
import type { Rate } from '@/domain/assessed'
import { computeMetrics } from '@/domain/metrics/metrics'
import { weeklyCounts } from '@/domain/metrics/week-counts'
import { evaluateBar } from '@/domain/rules/quality-bar'
import { slaOf } from '@/domain/rules/sla'
import { handoffFacts } from '@/domain/trends/facts'
import { ratesOf, tallyOf } from '@/domain/trends/tally'

const settings = defaultSettings('Europe/Berlin')
const asOf = Date.parse('2026-11-30T00:00:00.000Z')
// What every import carries: a row needs a booking date and an SDR to be imported at all.
const ALWAYS: HandoffField[] = ['sdr', 'bookedAt']

const text = fc.constantFrom('', 'tbd', 'n/a', 'New CFO hired in October', 'not a fit', 'Under 20 employees')
const handoff = fc.record({
  day: fc.integer({ min: 16, max: 27 }),
  status: fc.constantFrom('pending' as const, 'accepted' as const, 'rejected' as const),
  respondedHours: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
  companySize: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
  industry: fc.constantFrom('', 'Logistics', 'Retail'),
  contactInfluence: fc.constantFrom('decision_maker' as const, 'user' as const, 'unknown' as const),
  crmNotes: text,
  discoverySummary: text,
  triggerEvent: text,
  techStack: text,
  budgetSignal: text,
  icpFit: text,
  aeFeedback: text,
})

// The fields that feed a number, most of the time: the rest (company, contact name …) change nothing.
const FEEDING: HandoffField[] = [
  'status',
  'respondedAt',
  'meetingAt',
  'companySize',
  'industry',
  'contactInfluence',
  'triggerEvent',
  'discoverySummary',
  'crmNotes',
  'techStack',
  'aeFeedback',
]
const anImport = fc
  .record({
    rows: fc.array(handoff, { minLength: 1, maxLength: 12 }),
    carried: fc.subarray([...CARRIED_FIELDS]),
    removed: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FEEDING) }, fc.constantFrom(...CARRIED_FIELDS)),
  })
  // The removed field is one the import carried (else there is nothing to remove).
  .map(({ carried, removed, ...rest }) => ({ ...rest, removed, carried: [...carried, removed] }))

type Row = typeof handoff extends fc.Arbitrary<infer T> ? T : never

function toHandoffs(rows: readonly Row[], mask: number) {
  return rows.map((r, i): CarryingHandoff => {
    const bookedAt = `2026-11-${String(r.day).padStart(2, '0')}T09:30:00.000Z`
    const decided = r.status !== 'pending' && r.respondedHours !== null
    return {
      ...emptyHandoff({ externalId: `P-${i}`, sdr: i % 2 ? 'Ana' : 'Raj', bookedAt }),
      status: r.status,
      respondedAt: decided ? new Date(Date.parse(bookedAt) + r.respondedHours! * 3_600_000).toISOString() : null,
      rejectionReason: r.status === 'rejected' ? 'other' : null,
      companySize: r.companySize,
      industry: r.industry,
      contactInfluence: r.contactInfluence,
      crmNotes: r.crmNotes,
      discoverySummary: r.discoverySummary,
      triggerEvent: r.triggerEvent,
      techStack: r.techStack,
      budgetSignal: r.budgetSignal,
      icpFit: r.icpFit,
      aeFeedback: r.status === 'rejected' ? r.aeFeedback : '',
      carried: mask,
    }
  })
}

/** Every Rate and verdict a person reads about these handoffs, each with a stable name. */
function readings(handoffs: readonly CarryingHandoff[]) {
  const m = computeMetrics(handoffs, { settings, asOf })
  const weekly = weeklyCounts(handoffs, settings, asOf)
  const trends = ratesOf(
    tallyOf(
      handoffFacts(
        handoffs.map((h) => ({ ...h, week: 'W' })),
        { settings, asOf },
      ).facts,
    ),
  )
  const rates: Record<string, Rate> = {
    acceptance: m.acceptance,
    onTime: m.onTime,
    incomplete: m.incompleteRate,
    vague: m.vagueFeedbackRate,
    trendsAcceptance: trends.acceptanceRate,
    trendsOnTime: trends.onTimeRate,
    trendsIncomplete: trends.incompleteRate,
    trendsVague: trends.vagueFeedbackRate,
  }
  const verdicts: Record<string, string> = {}
  handoffs.forEach((h, i) => {
    verdicts[`bar ${i}`] = evaluateBar(h, settings.icp, settings).verdict
    verdicts[`sla ${i}`] = slaOf(h, settings, asOf).state
  })
  const unknown = new Set([...m.unknown, ...weekly.flatMap((w) => w.unknown.map((k) => `week ${w.week} ${k}`))])
  return { rates, verdicts, unknown }
}

describe('removing a carried field from an import', () => {
  it('never turns a "not assessed" into a number or a verdict', () => {
    fc.assert(
      fc.property(anImport, ({ rows, carried, removed }) => {
        const mask = carriedMaskOf([...carried, ...ALWAYS])
        fc.pre(!ALWAYS.includes(removed))
        const before = readings(toHandoffs(rows, mask))
        const after = readings(toHandoffs(rows, mask & ~carriedBit(removed)))
        for (const [name, rate] of Object.entries(before.rates))
          if (rate.kind === 'not_assessed') expect(after.rates[name], name).toEqual({ kind: 'not_assessed' })
        for (const [name, verdict] of Object.entries(before.verdicts))
          if (verdict === 'not_assessed') expect(after.verdicts[name], name).toBe('not_assessed')
        for (const key of before.unknown) expect(after.unknown.has(key), key).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('never gives a rate over an empty base', () => {
    fc.assert(
      fc.property(anImport, ({ rows, carried }) => {
        const { rates } = readings(toHandoffs(rows, carriedMaskOf([...carried, ...ALWAYS])))
        for (const [name, rate] of Object.entries(rates))
          if (rate.kind === 'rate') expect(rate.base, name).toBeGreaterThan(0)
      }),
    )
  })
})
