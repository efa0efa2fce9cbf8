import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CONTACT_INFLUENCES,
  OUTCOMES,
  REJECTION_REASONS,
  STATUSES,
  TRIGGER_CATEGORIES,
  emptyHandoff,
  handoffSchema,
  type Handoff,
} from '@/domain/handoff'
import { isCertainlyValid } from '@/domain/import/handoff-check'

// Values near every edge the schema draws: empty and odd text, non-integers, negatives, unsafe
// integers, infinities, NaN, dates that only look like dates, words outside each vocabulary.
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
)
const word = (values: readonly string[]) => fc.oneof(fc.constantFrom(null, '', 'Constructor', ...values), text)

const candidate: fc.Arbitrary<Handoff> = fc
  .record({
    externalId: text,
    sdr: text,
    ae: text,
    companySize: number,
    contactInfluence: word(CONTACT_INFLUENCES),
    bookedAt: date,
    meetingAt: date,
    respondedAt: date,
    status: word(STATUSES),
    rejectionReason: word(REJECTION_REASONS),
    triggerCategory: word(TRIGGER_CATEGORIES),
    outcome: word(OUTCOMES),
    pipelineAmount: number,
  })
  .map((fields) => ({ ...emptyHandoff({ externalId: 'x', sdr: 'x', bookedAt: '2026-11-16' }), ...fields }) as Handoff)

describe('isCertainlyValid', () => {
  it('vouches only for handoffs the schema accepts unchanged', () => {
    fc.assert(
      fc.property(candidate, (h) => {
        if (!isCertainlyValid(h)) return
        const parsed = handoffSchema.safeParse(h)
        expect(parsed.success).toBe(true)
        expect(parsed.data).toEqual(h)
      }),
      { numRuns: 5000 },
    )
  })

  it('vouches for a complete, ordinary handoff', () => {
    expect(isCertainlyValid(emptyHandoff({ externalId: 'A-1', sdr: 'Ava', bookedAt: '2026-11-16' }))).toBe(true)
  })

  it('leaves a handoff with an infinite pipeline amount to the schema', () => {
    const h = { ...emptyHandoff({ externalId: 'A-1', sdr: 'Ava', bookedAt: '2026-11-16' }), pipelineAmount: Infinity }
    expect(isCertainlyValid(h)).toBe(false)
  })
})
