/**
 * Rejection reasons (docs/product.md, "Rejection reasons"): CRM picklist values and free text mapped to
 * the taxonomy by editable rules. Whether feedback teaches is in feedback.ts.
 */
import { z } from 'zod'
import { REJECTION_REASONS, type RejectionReason } from '../handoff'
import {
  advancedParts,
  isAdvancedPattern,
  keywordsRegExp,
  keywordsText,
  regexToKeywords,
  splitKeywords,
} from './reason-keywords'

/**
 * `pattern` is what the manager typed: words and phrases separated by commas, each found in any
 * case as a whole word or phrase ("too small, under 50 employees"). A rule saved by an older
 * version may hold a regular expression written `/…/flags`: read as words when it is a plain
 * alternation (reason-keywords.ts), else an *advanced pattern*, still matched as before, shown
 * read-only. Rules are tried in order; the first match wins.
 */
export interface ReasonRule {
  pattern: string
  reason: RejectionReason
}

/** Picklist values and phrases seen in HubSpot/Salesforce exports. Specific rules come first. */
export const DEFAULT_REASON_RULES: readonly ReasonRule[] = [
  {
    pattern:
      'duplicate, duplicated, dupe, existing customer, existing client, existing account, existing opportunity, ' +
      'existing opp, existing deal, current customer, current client, already a customer, already a client, ' +
      'already an opportunity, already in pipeline, already in the pipeline, already in crm, already in the crm, ' +
      'already in sequence, already in a sequence, already on a sequence',
    reason: 'duplicate_or_existing',
  },
  {
    pattern:
      'incomplete, missing info, missing information, missing notes, missing context, missing details, ' +
      'missing fields, no info, no information, no notes, no context, no details, insufficient info, ' +
      'insufficient information, not enough info, not enough information, not enough context, not enough details',
    reason: 'incomplete_handoff',
  },
  {
    pattern: 'too small, company size, headcount, employees, below minimum, below the minimum, smb',
    reason: 'too_small',
  },
  {
    pattern: 'industry, vertical, wrong market, wrong sector, not our market, not our sector, outside our market',
    reason: 'wrong_vertical',
  },
  {
    pattern:
      'no authority, lacks authority, not the decision maker, not a decision maker, no decision maker, ' +
      'not the dm, not the buyer, not a budget holder, no budget holder, wrong contact, wrong person, ' +
      'wrong persona, gatekeeper, intern, no influence',
    reason: 'no_authority',
  },
  {
    pattern:
      'no pain, no trigger, no need, no urgency, no use case, no project, not interested, just browsing, ' +
      'just curious, just researching, happy with current, happy with their current, happy with the current',
    reason: 'no_pain_or_trigger',
  },
  {
    pattern:
      'timing, not now, too early, next quarter, next year, budget freeze, revisit, locked in, under contract, ' +
      'contract renewal, contract renews',
    reason: 'bad_timing',
  },
  { pattern: 'other', reason: 'other' },
]

export type RuleKind = 'keywords' | 'advanced'

/** Whether a rule is words (editable) or an older version's expression kept as it was. */
export const ruleKind = (rule: ReasonRule): RuleKind => (isAdvancedPattern(rule.pattern) ? 'advanced' : 'keywords')

/**
 * A rule as it is shown and saved from now on: an older `/regex/` that is a plain alternation
 * becomes its words; typed words are tidied (trimmed, one comma between them, no repeats).
 */
export function migrateReasonRule(rule: ReasonRule): ReasonRule {
  if (!isAdvancedPattern(rule.pattern)) return { ...rule, pattern: keywordsText(splitKeywords(rule.pattern)) }
  const keywords = regexToKeywords(rule.pattern)
  return keywords ? { ...rule, pattern: keywordsText(keywords) } : { ...rule, pattern: rule.pattern.trim() }
}

/** Why a rule cannot be saved, in the editor's words, or null when it can. */
export function reasonRuleProblem(pattern: string): string | null {
  const parts = advancedParts(pattern)
  if (!parts) return splitKeywords(pattern).length === 0 ? 'Type at least one word or phrase' : null
  try {
    new RegExp(parts.source, parts.flags)
    return null
  } catch {
    return 'This advanced pattern is broken: replace it with words'
  }
}

/** True when the rule can be saved: for the repository's schema and the editor. */
export const isValidReasonPattern = (pattern: string): boolean => reasonRuleProblem(pattern) === null

/** The saved rules' shape (the settings table's `reasonRules` row, and backups of it). */
export const reasonRulesSchema = z.array(
  z.object({
    pattern: z.string().refine(isValidReasonPattern, 'Type at least one word or phrase'),
    reason: z.enum(REJECTION_REASONS),
  }),
)

/** The key of the settings-table row that holds the rules. */
export const REASON_RULES_KEY = 'reasonRules'

const compiled = new Map<string, RegExp | null>()

/** The expression for a rule's pattern, compiled once; null when there is nothing to find. */
function matcher(pattern: string): RegExp | null {
  let m = compiled.get(pattern)
  if (m === undefined) {
    const migrated = migrateReasonRule({ pattern, reason: 'other' }).pattern
    const parts = advancedParts(migrated)
    if (parts) {
      try {
        const flags = parts.flags.includes('i') ? parts.flags : `${parts.flags}i`
        m = new RegExp(parts.source, flags.replace(/[gy]/g, ''))
      } catch {
        // A broken expression from an older version is looked for as the literal text it is.
        m = keywordsRegExp([migrated])
      }
    } else {
      const keywords = splitKeywords(migrated)
      m = keywords.length > 0 ? keywordsRegExp(keywords) : null
    }
    compiled.set(pattern, m)
  }
  return m
}

/** The index of the first rule that finds something in the text, or -1. */
export function matchingRuleIndex(raw: string, rules: readonly ReasonRule[]): number {
  return rules.findIndex((rule) => matcher(rule.pattern)?.test(raw) === true)
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
  const index = matchingRuleIndex(text, rules)
  return index < 0 ? null : rules[index]!.reason
}
