import {
  CONTACT_INFLUENCES,
  DATE_ONLY,
  INSTANT,
  OUTCOMES,
  REJECTION_REASONS,
  STATUSES,
  TRIGGER_CATEGORIES,
  type Handoff,
} from '../handoff'

/**
 * Whether a handoff the row reader built certainly passes `handoffSchema`, tested without zod:
 * an import checks every row, and zod's walk over thirty fields (a result object per field, a
 * copy of the record) was a fifth of the parse. Only ever a narrower test than the schema's: a
 * row it does not vouch for goes through `handoffSchema.safeParse`, whose messages the
 * rejection keeps.
 */
const isString = (v: unknown): v is string => typeof v === 'string'
const isFilled = (v: unknown): boolean => typeof v === 'string' && v.length > 0

/** Whether the characters of `v` in [from, to) are all digits. */
function isDigits(v: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = v.charCodeAt(i)
    if (!(c >= 48 && c <= 57)) return false
  }
  return true
}

/**
 * `2026-11-16T14:30:00.000Z` by its characters (what the importer writes), else the patterns:
 * the punctuation first, then the runs of digits between it (two of these per row).
 */
function isStoredInstant(v: string): boolean {
  return (
    v.length === 24 &&
    v.charCodeAt(4) === 45 && // -
    v.charCodeAt(7) === 45 &&
    v.charCodeAt(10) === 84 && // T
    v.charCodeAt(13) === 58 && // :
    v.charCodeAt(16) === 58 &&
    v.charCodeAt(19) === 46 && // .
    v.charCodeAt(23) === 90 && // Z
    isDigits(v, 0, 4) &&
    isDigits(v, 5, 7) &&
    isDigits(v, 8, 10) &&
    isDigits(v, 11, 13) &&
    isDigits(v, 14, 16) &&
    isDigits(v, 17, 19) &&
    isDigits(v, 20, 23)
  )
}
const isDateValue = (v: unknown): boolean =>
  typeof v === 'string' && (isStoredInstant(v) || DATE_ONLY.test(v) || INSTANT.test(v))
const isDateOrNull = (v: unknown): boolean => v === null || isDateValue(v)
const oneOf = (values: readonly string[]) => {
  const allowed = new Set<unknown>(values)
  return (v: unknown): boolean => allowed.has(v)
}
const isInfluence = oneOf(CONTACT_INFLUENCES)
const isStatus = oneOf(STATUSES)
const isReason = oneOf(REJECTION_REASONS)
const isTrigger = oneOf(TRIGGER_CATEGORIES)
const isOutcome = oneOf(OUTCOMES)

/**
 * True only when `handoffSchema.safeParse(h)` would succeed with a record equal to `h`. Written
 * out field by field (a loop over a table of tests cost a tenth of the parse); the property test
 * next to it holds every field's test to the schema.
 */
export function isCertainlyValid(h: Handoff): boolean {
  // Row readers build handoffs with exactly the schema's keys, so only values are tested here.
  return (
    isFilled(h.externalId) &&
    isFilled(h.sdr) &&
    isString(h.ae) &&
    isString(h.partner) &&
    isString(h.company) &&
    (h.companySize === null || (Number.isSafeInteger(h.companySize) && h.companySize >= 0)) &&
    isString(h.industry) &&
    isString(h.segment) &&
    isString(h.campaign) &&
    isString(h.source) &&
    isString(h.contactName) &&
    isString(h.contactTitle) &&
    isInfluence(h.contactInfluence) &&
    isDateValue(h.bookedAt) &&
    isDateOrNull(h.meetingAt) &&
    isDateOrNull(h.respondedAt) &&
    isStatus(h.status) &&
    (h.rejectionReason === null || isReason(h.rejectionReason)) &&
    isString(h.aeFeedback) &&
    isString(h.crmNotes) &&
    isString(h.discoverySummary) &&
    isString(h.icpFit) &&
    isString(h.triggerEvent) &&
    (h.triggerCategory === null || isTrigger(h.triggerCategory)) &&
    isString(h.timing) &&
    isString(h.techStack) &&
    isString(h.budgetSignal) &&
    isString(h.recordingUrl) &&
    (h.outcome === null || isOutcome(h.outcome)) &&
    (h.pipelineAmount === null || Number.isFinite(h.pipelineAmount))
  )
}
