import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CONTACT_INFLUENCES,
  HANDOFF_FIELDS,
  REJECTION_REASONS,
  STATUSES,
  TRIGGER_CATEGORIES,
  type Handoff,
  type StoredHandoff,
} from '@/domain/handoff'
import { CLIPPED_TEXT, clipText, LONG_TEXT_FIELDS, PLACEHOLDER_MAX_LENGTH, toFacts } from '@/domain/handoff-facts'
import { breakdown, computeMetrics } from '@/domain/metrics/metrics'
import { weeklyCounts } from '@/domain/metrics/week-counts'
import { defaultSettings, DEFAULT_PLACEHOLDERS, type Settings } from '@/domain/settings'
import { handoffFacts } from '@/domain/trends/facts'
import { toStored } from '@/db/handoff-repo'
import { aHandoff } from '../helpers/handoffs'

const AS_OF = Date.parse('2026-11-30T08:00:00.000Z')
const TZ = 'Europe/Berlin'

/** Texts that probe the clip: blanks, placeholders in any case and padding, short and long prose. */
const text = fc.oneof(
  fc.constant(''),
  fc.constantFrom(...DEFAULT_PLACEHOLDERS, ' N/A ', 'TBD', '  -  ', 'none yet'),
  fc.string({ maxLength: 12 }),
  fc.string({ minLength: PLACEHOLDER_MAX_LENGTH - 3, maxLength: PLACEHOLDER_MAX_LENGTH + 3 }),
  fc.string({ minLength: 60, maxLength: 300 }),
  fc.constantFrom('too small', 'Not the right fit', 'They have 20 employees, below our 50 minimum'),
  fc
    .string({ maxLength: 3 })
    .map((s) => `${' '.repeat(PLACEHOLDER_MAX_LENGTH)}${s}${' '.repeat(PLACEHOLDER_MAX_LENGTH)}`),
)
const day = fc.integer({ min: 0, max: 120 }).map((d) => new Date(Date.UTC(2026, 7, 1) + d * 86_400_000))
const dateValue = fc.oneof(
  day.map((d) => d.toISOString().slice(0, 10)),
  fc.tuple(day, fc.integer({ min: 0, max: 86_399 })).map(([d, s]) => new Date(d.getTime() + s * 1000).toISOString()),
)
const handoff: fc.Arbitrary<Handoff> = fc.record({
  externalId: fc.uuid(),
  sdr: fc.constantFrom('Ana Silva', 'Raj Patel', ' Mia '),
  ae: fc.constantFrom('', 'Ben Ode', 'Lea Stein'),
  partner: fc.constantFrom('', 'Acme Partners'),
  company: fc.constantFrom('Acme', 'Globex', ''),
  companySize: fc.option(fc.nat({ max: 5000 })),
  industry: fc.constantFrom('Software', 'software ', 'Retail', '', 'n/a'),
  segment: fc.constantFrom('SMB', 'Mid-market', ''),
  campaign: fc.constantFrom('Q4 outbound', '', 'Webinar'),
  source: fc.constantFrom('outbound', 'inbound'),
  contactName: text,
  contactTitle: text,
  contactInfluence: fc.constantFrom(...CONTACT_INFLUENCES),
  bookedAt: dateValue,
  meetingAt: fc.option(dateValue),
  respondedAt: fc.option(dateValue),
  status: fc.constantFrom(...STATUSES),
  rejectionReason: fc.option(fc.constantFrom(...REJECTION_REASONS)),
  aeFeedback: text,
  crmNotes: text,
  discoverySummary: text,
  icpFit: text,
  triggerEvent: text,
  triggerCategory: fc.option(fc.constantFrom(...TRIGGER_CATEGORIES)),
  timing: text,
  techStack: text,
  budgetSignal: text,
  recordingUrl: text,
  outcome: fc.constant(null),
  pipelineAmount: fc.constant(null),
})
const settings: fc.Arbitrary<Settings> = fc
  .record({
    requiredFields: fc.uniqueArray(fc.constantFrom(...HANDOFF_FIELDS), { minLength: 1, maxLength: 12 }),
    placeholders: fc.uniqueArray(
      fc.oneof(fc.constantFrom(...DEFAULT_PLACEHOLDERS), fc.string({ minLength: 1, maxLength: 32 })),
      { maxLength: 12 },
    ),
  })
  .map((over) => ({
    ...defaultSettings(TZ),
    ...over,
    placeholders: over.placeholders.map((p) => p.trim()).filter((p) => p !== ''),
  }))

const stored = (hs: Handoff[]): StoredHandoff[] => hs.map((h) => toStored(h, 'crm', TZ, 1, '2026-11-30T08:00:00.000Z'))

describe('compact facts', () => {
  it('give the same metrics and breakdowns as the full handoffs', () => {
    fc.assert(
      fc.property(fc.array(handoff, { maxLength: 40 }), settings, (hs, s) => {
        const full = stored(hs)
        const facts = full.map(toFacts)
        const ctx = { settings: s, asOf: AS_OF }
        expect(computeMetrics(facts, ctx)).toEqual(computeMetrics(full, ctx))
        expect(breakdown(facts, 'sdr', ctx)).toEqual(breakdown(full, 'sdr', ctx))
      }),
      { numRuns: 300 },
    )
  })

  it('give the same trend facts and weekly counts as the full handoffs', () => {
    fc.assert(
      fc.property(fc.array(handoff, { maxLength: 40 }), settings, (hs, s) => {
        const full = stored(hs)
        const facts = full.map(toFacts)
        const ctx = { settings: s, asOf: AS_OF }
        expect(handoffFacts(facts, ctx)).toEqual(handoffFacts(full, ctx))
        expect(weeklyCounts(facts, s, AS_OF)).toEqual(weeklyCounts(full, s, AS_OF))
      }),
      { numRuns: 200 },
    )
  })

  it('turn long texts into one shared stub and keep short ones as they are', () => {
    const notes = 'Called the VP of Sales; they are moving off spreadsheets before the audit in March.'
    const facts = toFacts(stored([aHandoff({ crmNotes: notes, icpFit: 'n/a' })])[0]!)
    expect(facts.crmNotes).toBe(CLIPPED_TEXT)
    expect(CLIPPED_TEXT.length).toBeGreaterThan(PLACEHOLDER_MAX_LENGTH)
    expect(facts.icpFit).toBe('n/a')
    expect(clipText('  tbd  ')).toBe('  tbd  ')
  })

  it('keep the whole AE feedback of a rejected handoff', () => {
    const feedback = 'Rejected: the company has 12 employees and no budget this year, see the call notes.'
    const [rejected, accepted] = stored([
      aHandoff({ status: 'rejected', aeFeedback: feedback }),
      aHandoff({ status: 'accepted', aeFeedback: feedback }),
    ])
    expect(toFacts(rejected!).aeFeedback).toBe(feedback)
    expect(toFacts(accepted!).aeFeedback).toBe(CLIPPED_TEXT)
  })

  it('keep the carried flags of the handoff', () => {
    const [h] = stored([aHandoff()])
    expect(toFacts({ ...h!, carried: 0b1011 }).carried).toBe(0b1011)
  })

  it('carry no long text beyond the stub', () => {
    const long = 'x'.repeat(5000)
    const facts = toFacts(stored([aHandoff(Object.fromEntries(LONG_TEXT_FIELDS.map((f) => [f, long])))])[0]!)
    for (const f of LONG_TEXT_FIELDS) expect(facts[f]).toBe(CLIPPED_TEXT)
  })
})
