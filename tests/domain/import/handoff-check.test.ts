import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CONTACT_INFLUENCES,
  HANDOFF_FIELDS,
  OUTCOMES,
  REJECTION_REASONS,
  STATUSES,
  TRIGGER_CATEGORIES,
  emptyHandoff,
  handoffSchema,
  type Handoff,
} from '@/domain/handoff'
import { isCertainlyValid } from '@/domain/import/handoff-check'

// Values near every edge the schema draws, tried in every field: wrong types, empty and odd
// text, non-integers, negatives, unsafe integers, infinities, NaN, dates that only look like
// dates, words outside each vocabulary.
const junk = fc.constantFrom<unknown>(undefined, null, '', 'x', 5, -1, 1.5, NaN, Infinity, 2 ** 53, true, {}, [])
const text = fc.oneof(fc.constant(''), fc.string({ maxLength: 6 }), fc.constant('x'.repeat(5000)))
const number = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 100_000 }),
  fc.double(),
  fc.constantFrom(2 ** 53, 2 ** 53 - 1, -0, Infinity, -Infinity, NaN, 1e21),
)
const date = fc.oneof(
  fc.constant(null),
  fc.constantFrom('2026-11-16', '2026-11-16T14:30:00.000Z', '2026-11-16T14:30:00Z', '2026-13-45', '16/11/2026'),
  fc.constantFrom('2026-11-16T14:30:00.000+01:00', '+010000-01-01T00:00:00.000Z', '2026-11-16 14:30', ''),
  fc.constantFrom('2026-11-16T14:30:00.0000Z', '2026-11-16T14:30:00.000z', '2026-11-16t14:30:00.000Z'),
)
const word = (values: readonly string[]) => fc.oneof(fc.constantFrom(null, '', 'Constructor', ...values), text)
const valueFor = (field: string): fc.Arbitrary<unknown> => {
  if (field === 'companySize' || field === 'pipelineAmount') return number
  if (field === 'bookedAt' || field === 'meetingAt' || field === 'respondedAt') return date
  if (field === 'contactInfluence') return word(CONTACT_INFLUENCES)
  if (field === 'status') return word(STATUSES)
  if (field === 'rejectionReason') return word(REJECTION_REASONS)
  if (field === 'triggerCategory') return word(TRIGGER_CATEGORIES)
  if (field === 'outcome') return word(OUTCOMES)
  return text
}
const base = emptyHandoff({ externalId: 'x', sdr: 'x', bookedAt: '2026-11-16' })

// Each field: its own kind of value most of the time, junk sometimes.
const candidate: fc.Arbitrary<Handoff> = fc
  .record(Object.fromEntries(HANDOFF_FIELDS.map((f) => [f, fc.oneof({ arbitrary: valueFor(f), weight: 6 }, junk)])))
  .map((fields) => ({ ...base, ...fields }) as Handoff)

// One field changed at a time from a valid handoff, so a field the quick test forgot shows.
const oneChanged: fc.Arbitrary<Handoff> = fc
  .constantFrom(...HANDOFF_FIELDS)
  .chain((field) => fc.oneof(valueFor(field), junk).map((value) => ({ ...base, [field]: value }) as Handoff))

const vouchesOnlyForValid = (h: Handoff) => {
  if (!isCertainlyValid(h)) return
  const parsed = handoffSchema.safeParse(h)
  expect(parsed.success).toBe(true)
  expect(parsed.data).toEqual(h)
}

describe('isCertainlyValid', () => {
  it('vouches only for handoffs the schema accepts unchanged', () => {
    fc.assert(fc.property(candidate, vouchesOnlyForValid), { numRuns: 3000 })
  })

  it('vouches for no handoff with one field the schema refuses', () => {
    fc.assert(fc.property(oneChanged, vouchesOnlyForValid), { numRuns: 3000 })
  })

  it('vouches for a complete, ordinary handoff', () => {
    expect(isCertainlyValid(emptyHandoff({ externalId: 'A-1', sdr: 'Ava', bookedAt: '2026-11-16' }))).toBe(true)
  })

  it('leaves a handoff with an infinite pipeline amount to the schema', () => {
    expect(isCertainlyValid({ ...base, pipelineAmount: Infinity })).toBe(false)
  })
})
