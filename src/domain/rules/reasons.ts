/**
 * Rejection reasons (PRODUCT.md, "Rejection reasons"): CRM picklist values and free text mapped to
 * the taxonomy by editable rules. Whether feedback teaches is in feedback.ts.
 */
import { REJECTION_REASONS, type RejectionReason } from '../handoff'

/**
 * `pattern` is a case-insensitive substring, or a regular expression written `/…/flags`
 * (always matched case-insensitively). Rules are tried in order; the first match wins.
 */
export interface ReasonRule {
  pattern: string
  reason: RejectionReason
}

/** Picklist values and phrases seen in HubSpot/Salesforce exports. Specific rules come first. */
export const DEFAULT_REASON_RULES: readonly ReasonRule[] = [
  { pattern: 'duplicate', reason: 'duplicate_or_existing' },
  {
    pattern: '/\\b(existing|current|already an?) (customer|client|account|opportunity|opp|deal)\\b/',
    reason: 'duplicate_or_existing',
  },
  { pattern: '/\\balready (in|on) (the )?(pipeline|crm|sequence)\\b/', reason: 'duplicate_or_existing' },
  { pattern: 'incomplete', reason: 'incomplete_handoff' },
  {
    pattern: '/\\b(missing|no|insufficient|not enough) (info|information|notes|context|details|fields)\\b/',
    reason: 'incomplete_handoff',
  },
  { pattern: 'too small', reason: 'too_small' },
  { pattern: '/\\b(company size|headcount|employees|below (the )?minimum|smb)\\b/', reason: 'too_small' },
  { pattern: '/\\b(wrong|bad|not our|outside( our)?) (industry|vertical|market|sector)\\b/', reason: 'wrong_vertical' },
  { pattern: '/\\b(industry|vertical)\\b/', reason: 'wrong_vertical' },
  {
    pattern: '/\\b(no|not the|not a|lacks?) (authority|decision[ -]?maker|dm|budget holder|buyer)\\b/',
    reason: 'no_authority',
  },
  { pattern: '/\\b(wrong (contact|person|persona)|gatekeeper|intern|no influence)\\b/', reason: 'no_authority' },
  { pattern: '/\\bno (pain|trigger|need|urgency|use case|project)\\b/', reason: 'no_pain_or_trigger' },
  {
    pattern: '/\\b(not interested|just (browsing|curious|researching)|happy with (their|the)? ?current)\\b/',
    reason: 'no_pain_or_trigger',
  },
  {
    pattern:
      '/\\b(timing|not now|too early|next (quarter|year)|budget freeze|revisit|locked in|under contract|contract renew)/',
    reason: 'bad_timing',
  },
  { pattern: 'other', reason: 'other' },
]

const compiled = new Map<string, RegExp | string>()

function matcher(pattern: string): RegExp | string {
  let m = compiled.get(pattern)
  if (m === undefined) {
    const regex = /^\/(.+)\/([a-z]*)$/s.exec(pattern)
    if (regex) {
      try {
        const flags = regex[2]!.includes('i') ? regex[2]! : `${regex[2]}i`
        m = new RegExp(regex[1]!, flags.replace(/[gy]/g, ''))
      } catch {
        m = pattern.toLowerCase()
      }
    } else {
      m = pattern.trim().toLowerCase()
    }
    compiled.set(pattern, m)
  }
  return m
}

/** True when the rule's pattern is a well-formed substring or `/regex/`: for the rules editor. */
export function isValidReasonPattern(pattern: string): boolean {
  if (pattern.trim() === '') return false
  const regex = /^\/(.+)\/([a-z]*)$/s.exec(pattern)
  if (!regex) return true
  try {
    new RegExp(regex[1]!, regex[2])
    return true
  } catch {
    return false
  }
}

const normalise = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
const TAXONOMY = new Set<string>(REJECTION_REASONS)

/**
 * The taxonomy reason for a CRM value or free text: the value itself when it already names a
 * reason (`too_small`, `Too Small`, `too-small`), else the first matching rule; null when blank or
 * nothing matches (the caller decides whether that is `other` or a question for the user).
 */
export function mapRejectionReason(raw: string, rules: readonly ReasonRule[]): RejectionReason | null {
  const text = raw.trim()
  if (text === '') return null
  const direct = normalise(text)
  if (TAXONOMY.has(direct)) return direct as RejectionReason
  const lower = text.toLowerCase()
  for (const rule of rules) {
    if (rule.pattern.trim() === '') continue
    const m = matcher(rule.pattern)
    if (typeof m === 'string' ? lower.includes(m) : m.test(text)) return rule.reason
  }
  return null
}
