import { z } from 'zod'

/**
 * A date as the CRM gave it: either date-only (`2026-11-16`, a calendar day in the team's time
 * zone) or an instant (`2026-11-16T14:30:00.000Z`, always stored in UTC). Keeping the two apart
 * matters: the SLA treats a date-only booking differently from one with a time of day.
 */
export const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/

export const dateValueSchema = z.string().refine((v) => DATE_ONLY.test(v) || INSTANT.test(v), {
  message: 'must be a date (YYYY-MM-DD) or an instant (ISO 8601 in UTC)',
})
export type DateValue = string

export const isDateOnly = (v: DateValue): boolean => DATE_ONLY.test(v)

export const CONTACT_INFLUENCES = ['decision_maker', 'influencer', 'user', 'none', 'unknown'] as const
export const STATUSES = ['pending', 'accepted', 'rejected'] as const
export const REJECTION_REASONS = [
  'too_small',
  'wrong_vertical',
  'no_authority',
  'no_pain_or_trigger',
  'incomplete_handoff',
  'bad_timing',
  'duplicate_or_existing',
  'other',
] as const
export const TRIGGER_CATEGORIES = [
  'new_hire',
  'funding',
  'tool_migration',
  'compliance_deadline',
  'leadership_change',
  'other',
] as const
export const OUTCOMES = ['held', 'no_show', 'rescheduled', 'cancelled', 'opportunity_created'] as const

export type ContactInfluence = (typeof CONTACT_INFLUENCES)[number]
export type HandoffStatus = (typeof STATUSES)[number]
export type RejectionReason = (typeof REJECTION_REASONS)[number]
export type TriggerCategory = (typeof TRIGGER_CATEGORIES)[number]
export type Outcome = (typeof OUTCOMES)[number]

/** One meeting booked by an SDR and handed to an AE (docs/product.md, "Handoff"). */
export const handoffSchema = z.object({
  externalId: z.string().min(1),
  sdr: z.string().min(1),
  ae: z.string(),
  partner: z.string(),
  company: z.string(),
  companySize: z.number().int().nonnegative().nullable(),
  industry: z.string(),
  segment: z.string(),
  campaign: z.string(),
  source: z.string(),
  contactName: z.string(),
  contactTitle: z.string(),
  contactInfluence: z.enum(CONTACT_INFLUENCES),
  bookedAt: dateValueSchema,
  meetingAt: dateValueSchema.nullable(),
  respondedAt: dateValueSchema.nullable(),
  status: z.enum(STATUSES),
  rejectionReason: z.enum(REJECTION_REASONS).nullable(),
  aeFeedback: z.string(),
  crmNotes: z.string(),
  discoverySummary: z.string(),
  icpFit: z.string(),
  triggerEvent: z.string(),
  triggerCategory: z.enum(TRIGGER_CATEGORIES).nullable(),
  timing: z.string(),
  techStack: z.string(),
  budgetSignal: z.string(),
  recordingUrl: z.string(),
  outcome: z.enum(OUTCOMES).nullable(),
  pipelineAmount: z.number().nullable(),
})
export type Handoff = z.infer<typeof handoffSchema>
export type HandoffField = keyof Handoff

/** Every Handoff field in docs/product.md order: the template CSV's columns. */
export const HANDOFF_FIELDS = Object.keys(handoffSchema.shape) as HandoffField[]

/** Free-text fields an SDR fills in: the ones a checklist can require. */
export const TEXT_FIELDS = [
  'crmNotes',
  'discoverySummary',
  'icpFit',
  'triggerEvent',
  'timing',
  'techStack',
  'budgetSignal',
  'contactName',
  'contactTitle',
  'industry',
  'segment',
  'campaign',
  'recordingUrl',
  'aeFeedback',
] as const satisfies readonly HandoffField[]

/** A handoff as stored: the CRM's fields plus where it came from and the week it counts in. */
export interface StoredHandoff extends Handoff {
  /** `${importSource}::${externalId}` */
  id: string
  /** The CRM or file family the row came from ("hubspot", "salesforce", "template", …). */
  importSource: string
  /** ISO week of bookedAt in the team time zone, e.g. `2026-W47`. */
  week: string
  importRunId: number | null
  updatedAt: string
  /**
   * The fields its import carried, as a mask over CARRIED_FIELDS (see carried.ts); absent on
   * handoffs stored before imports recorded it and on demo data: everything carried.
   */
  carried?: number
  /** The owner cells as exported, kept when the team roster resolved them to other values. */
  sdrRaw?: string
  aeRaw?: string
  partnerRaw?: string
}

export const handoffId = (importSource: string, externalId: string): string => `${importSource}::${externalId}`

/** A Handoff with every optional field empty; for generators, tests and partial rows. */
export function emptyHandoff(required: Pick<Handoff, 'externalId' | 'sdr' | 'bookedAt'>): Handoff {
  return {
    ae: '',
    partner: '',
    company: '',
    companySize: null,
    industry: '',
    segment: '',
    campaign: '',
    source: '',
    contactName: '',
    contactTitle: '',
    contactInfluence: 'unknown',
    meetingAt: null,
    respondedAt: null,
    status: 'pending',
    rejectionReason: null,
    aeFeedback: '',
    crmNotes: '',
    discoverySummary: '',
    icpFit: '',
    triggerEvent: '',
    triggerCategory: null,
    timing: '',
    techStack: '',
    budgetSignal: '',
    recordingUrl: '',
    outcome: null,
    pipelineAmount: null,
    ...required,
  }
}
