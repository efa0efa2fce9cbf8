import {
  CONTACT_INFLUENCES,
  DATE_ONLY,
  INSTANT,
  OUTCOMES,
  REJECTION_REASONS,
  STATUSES,
  TRIGGER_CATEGORIES,
  type Handoff,
  type HandoffField,
} from '../handoff'

/**
 * Whether a handoff the row reader built certainly passes `handoffSchema`, tested without zod:
 * an import checks every row, and zod's walk over thirty fields (a result object per field, a
 * copy of the record) was a fifth of the parse. Only ever a narrower test than the schema's: a
 * row it does not vouch for goes through `handoffSchema.safeParse`, whose messages the
 * rejection keeps. One test per field, keyed by field, so a field added to the schema does not
 * type-check here until it has its own.
 */
const isString = (v: unknown): boolean => typeof v === 'string'
const isFilled = (v: unknown): boolean => typeof v === 'string' && v.length > 0
/** `2026-11-16T14:30:00.000Z` by its characters (what the importer writes), else the patterns. */
const STORED_INSTANT = '0000-00-00T00:00:00.000Z'
function isStoredInstant(v: string): boolean {
  if (v.length !== STORED_INSTANT.length) return false
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i)
    const want = STORED_INSTANT.charCodeAt(i)
    if (want === 48 ? !(c >= 48 && c <= 57) : c !== want) return false
  }
  return true
}
const isDateValue = (v: unknown): boolean =>
  typeof v === 'string' && (isStoredInstant(v) || DATE_ONLY.test(v) || INSTANT.test(v))
const orNull =
  (test: (v: unknown) => boolean) =>
  (v: unknown): boolean =>
    v === null || test(v)
const oneOf = (values: readonly string[]) => {
  const allowed = new Set<unknown>(values)
  return (v: unknown): boolean => allowed.has(v)
}

const FIELD_TESTS = {
  externalId: isFilled,
  sdr: isFilled,
  ae: isString,
  partner: isString,
  company: isString,
  companySize: orNull((v) => Number.isSafeInteger(v) && (v as number) >= 0),
  industry: isString,
  segment: isString,
  campaign: isString,
  source: isString,
  contactName: isString,
  contactTitle: isString,
  contactInfluence: oneOf(CONTACT_INFLUENCES),
  bookedAt: isDateValue,
  meetingAt: orNull(isDateValue),
  respondedAt: orNull(isDateValue),
  status: oneOf(STATUSES),
  rejectionReason: orNull(oneOf(REJECTION_REASONS)),
  aeFeedback: isString,
  crmNotes: isString,
  discoverySummary: isString,
  icpFit: isString,
  triggerEvent: isString,
  triggerCategory: orNull(oneOf(TRIGGER_CATEGORIES)),
  timing: isString,
  techStack: isString,
  budgetSignal: isString,
  recordingUrl: isString,
  outcome: orNull(oneOf(OUTCOMES)),
  pipelineAmount: orNull((v) => Number.isFinite(v)),
} satisfies Record<HandoffField, (v: unknown) => boolean>

const TESTS = Object.entries(FIELD_TESTS) as [HandoffField, (v: unknown) => boolean][]

/** True only when `handoffSchema.safeParse(h)` would succeed with a record equal to `h`. */
export function isCertainlyValid(h: Handoff): boolean {
  for (const [field, test] of TESTS) if (!test(h[field])) return false
  return true
}
