import {
  CONTACT_INFLUENCES,
  OUTCOMES,
  REJECTION_REASONS,
  TRIGGER_CATEGORIES,
  type ContactInfluence,
  type HandoffStatus,
  type Outcome,
  type RejectionReason,
  type TriggerCategory,
} from '../handoff'

/** The built-in words of the enumerated fields (status, influence, reason, trigger, outcome). */

/** Lower-case, with runs of spaces, hyphens, underscores, slashes and dots as one `_`. */
export const normalizeValue = (raw: string): string =>
  raw
    .trim()
    .toLowerCase()
    .replace(/[\s\-_/.]+/g, '_')
    .replace(/^_|_$/g, '')

const STATUS_WORDS: Record<string, HandoffStatus> = {
  accepted: 'accepted',
  accept: 'accepted',
  yes: 'accepted',
  true: 'accepted',
  rejected: 'rejected',
  reject: 'rejected',
  declined: 'rejected',
  no: 'rejected',
  false: 'rejected',
  pending: 'pending',
  open: 'pending',
  new: 'pending',
  '': 'pending',
}

/** docs/product.md: accepted/accept/yes/true, rejected/reject/declined/no/false, pending/open/new/blank. */
export function parseStatus(raw: string): HandoffStatus | undefined {
  // A Map, not the object: a cell reading "constructor" or "__proto__" must not find Object's own.
  // Exported words are usually the key itself; trimming and lower-casing a key changes nothing.
  return STATUS_BY_WORD.get(raw) ?? STATUS_BY_WORD.get(raw.trim().toLowerCase())
}
const STATUS_BY_WORD = new Map(Object.entries(STATUS_WORDS))

const INFLUENCE_WORDS: Record<string, ContactInfluence> = {
  dm: 'decision_maker',
  decision_maker: 'decision_maker',
  economic_buyer: 'decision_maker',
  budget_holder: 'decision_maker',
  executive_sponsor: 'decision_maker',
  approver: 'decision_maker',
  influencer: 'influencer',
  champion: 'influencer',
  technical_buyer: 'influencer',
  evaluator: 'influencer',
  recommender: 'influencer',
  user: 'user',
  end_user: 'user',
  none: 'none',
  gatekeeper: 'none',
  no_influence: 'none',
  unknown: 'unknown',
  other: 'unknown',
}

const REASON_WORDS: Record<string, RejectionReason> = {
  too_small: 'too_small',
  company_too_small: 'too_small',
  size: 'too_small',
  wrong_vertical: 'wrong_vertical',
  wrong_industry: 'wrong_vertical',
  not_icp: 'wrong_vertical',
  no_authority: 'no_authority',
  not_decision_maker: 'no_authority',
  wrong_contact: 'no_authority',
  wrong_person: 'no_authority',
  no_pain_or_trigger: 'no_pain_or_trigger',
  no_pain: 'no_pain_or_trigger',
  no_need: 'no_pain_or_trigger',
  no_trigger: 'no_pain_or_trigger',
  no_interest: 'no_pain_or_trigger',
  not_interested: 'no_pain_or_trigger',
  incomplete_handoff: 'incomplete_handoff',
  incomplete: 'incomplete_handoff',
  missing_info: 'incomplete_handoff',
  missing_information: 'incomplete_handoff',
  bad_timing: 'bad_timing',
  timing: 'bad_timing',
  not_now: 'bad_timing',
  duplicate_or_existing: 'duplicate_or_existing',
  duplicate: 'duplicate_or_existing',
  existing_customer: 'duplicate_or_existing',
  existing_opportunity: 'duplicate_or_existing',
  already_in_pipeline: 'duplicate_or_existing',
  other: 'other',
}

const TRIGGER_WORDS: Record<string, TriggerCategory> = {
  new_hire: 'new_hire',
  hiring: 'new_hire',
  new_hires: 'new_hire',
  funding: 'funding',
  fundraise: 'funding',
  fundraising: 'funding',
  raised_funding: 'funding',
  tool_migration: 'tool_migration',
  migration: 'tool_migration',
  switching_tools: 'tool_migration',
  replatforming: 'tool_migration',
  compliance_deadline: 'compliance_deadline',
  compliance: 'compliance_deadline',
  regulation: 'compliance_deadline',
  leadership_change: 'leadership_change',
  new_leadership: 'leadership_change',
  new_executive: 'leadership_change',
  other: 'other',
}

const OUTCOME_WORDS: Record<string, Outcome> = {
  held: 'held',
  completed: 'held',
  attended: 'held',
  occurred: 'held',
  no_show: 'no_show',
  noshow: 'no_show',
  missed: 'no_show',
  rescheduled: 'rescheduled',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  opportunity_created: 'opportunity_created',
  opp_created: 'opportunity_created',
  converted: 'opportunity_created',
}

/** How many distinct cells each reader remembers: a picklist has a few dozen at most. */
const REMEMBERED = 1024

// A Map, not the plain object: the key comes from the file, and "Constructor" or "__proto__"
// must read as unknown, not as Object's own properties. A column repeats a few picklist values
// over every row, so each distinct cell is normalised once and its answer remembered.
const lookup = <T extends string>(words: Record<string, T>, allowed: readonly T[]) => {
  const byWord = new Map<string, T>(Object.entries(words))
  const seen = new Map<string, T | null>()
  return (raw: string): T | undefined => {
    const known = seen.get(raw)
    if (known !== undefined) return known ?? undefined
    const key = normalizeValue(raw)
    const value = (allowed as readonly string[]).includes(key) ? (key as T) : byWord.get(key)
    if (seen.size < REMEMBERED) seen.set(raw, value ?? null)
    return value
  }
}

/** Tolerant readers for the enumerated fields: `Decision Maker` → decision_maker, etc. */
export const parseContactInfluence = lookup(INFLUENCE_WORDS, CONTACT_INFLUENCES)
export const parseRejectionReason = lookup(REASON_WORDS, REJECTION_REASONS)
export const parseTriggerCategory = lookup(TRIGGER_WORDS, TRIGGER_CATEGORIES)
export const parseOutcome = lookup(OUTCOME_WORDS, OUTCOMES)
