import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CONTACT_INFLUENCES,
  OUTCOMES,
  REJECTION_REASONS,
  STATUSES,
  TRIGGER_CATEGORIES,
  type Handoff,
} from '@/domain/handoff'
import { parseExport } from '@/domain/import/pipeline'
import { toTemplateCsv } from '@/domain/import/write'

// Text as a CRM would hold it: trimmed (the importer trims cells), any characters otherwise,
// including quotes, commas, semicolons, tabs and line breaks inside.
const text = fc
  .string({
    unit: fc.constantFrom('a', 'Z', 'é', '東', ' ', ',', ';', '\t', '"', '\n', '\r\n', '=', '-', '1', '.', '/'),
    maxLength: 12,
  })
  .map((s) => s.trim())
const required = text.filter((s) => s !== '')
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
const dateValue = fc.oneof(
  day.map((d) => d.toISOString().slice(0, 10)),
  day.map((d) => d.toISOString()),
)

const handoff: fc.Arbitrary<Handoff> = fc.record({
  externalId: required,
  sdr: required,
  ae: text,
  partner: text,
  company: text,
  companySize: fc.option(fc.nat({ max: 1_000_000 })),
  industry: text,
  segment: text,
  campaign: text,
  source: text,
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
  outcome: fc.option(fc.constantFrom(...OUTCOMES)),
  pipelineAmount: fc.option(
    fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }).map((cents) => (cents === 0 ? 0 : cents / 100)),
  ),
})

// Unique ids: within one file the later duplicate wins by design, so the property is about
// files without duplicates.
const handoffs = fc.uniqueArray(handoff, { selector: (h) => h.externalId, maxLength: 25 })

describe('template CSV round trip', () => {
  it('gives back the same handoffs: toTemplateCsv → parseExport', async () => {
    await fc.assert(
      fc.asyncProperty(handoffs, fc.constantFrom('UTC', 'America/New_York', 'Asia/Kolkata'), async (hs, timeZone) => {
        const bytes = new TextEncoder().encode(toTemplateCsv(hs))
        const parse = await parseExport({ fileName: 'template.csv', bytes }, { timeZone })
        expect(parse.rejected).toEqual([])
        expect(parse.handoffs.map((h) => h.handoff)).toEqual(hs)
      }),
      { numRuns: 200 },
    )
  })
})
