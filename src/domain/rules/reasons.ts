/**
 * Rejection reasons (PRODUCT.md, "Rejection reasons"): CRM picklist values and free text mapped to
 * the taxonomy by editable rules, and a check for feedback that teaches nothing.
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

// ---- Vague feedback -------------------------------------------------------------------------

const TOOLS = [
  'salesforce',
  'sfdc',
  'hubspot',
  'marketo',
  'pardot',
  'outreach',
  'salesloft',
  'gong',
  'zoominfo',
  'apollo',
  'pipedrive',
  'zoho',
  'dynamics',
  'sap',
  'oracle',
  'netsuite',
  'workday',
  'servicenow',
  'zendesk',
  'intercom',
  'jira',
  'confluence',
  'slack',
  'teams',
  'excel',
  'spreadsheets?',
  'google sheets',
  'snowflake',
  'databricks',
  'aws',
  'azure',
  'gcp',
  'shopify',
  'magento',
  'stripe',
  'quickbooks',
  'xero',
  'okta',
  'tableau',
  'looker',
  'mailchimp',
  'klaviyo',
  'monday\\.com',
  'asana',
  'notion',
  'airtable',
  'freshdesk',
  'gainsight',
  'docusign',
  'in-house tool',
  'homegrown',
]
const INDUSTRIES = [
  'healthcare',
  'hospitals?',
  'clinics?',
  'pharma',
  'biotech',
  'retail',
  'e-?commerce',
  'manufacturing',
  'logistics',
  'fintech',
  'banks?',
  'banking',
  'insurance',
  'education',
  'schools?',
  'universit(y|ies)',
  'government',
  'public sector',
  'non-?profit',
  'agency',
  'agencies',
  'saas',
  'software',
  'real estate',
  'construction',
  'hospitality',
  'restaurants?',
  'media',
  'telecom',
  'energy',
  'utilities',
  'automotive',
  'legal',
  'law firm',
  'accounting',
  'consulting',
  'b2c',
  'b2b',
]
const ROLES = [
  'ceo',
  'cfo',
  'cto',
  'cio',
  'coo',
  'cmo',
  'cro',
  'ciso',
  'founder',
  'co-?founder',
  'owner',
  'president',
  'vp',
  'vice president',
  'director',
  'head of',
  'manager',
  'intern',
  'assistant',
  'coordinator',
  'analyst',
  'engineer',
  'developer',
  'admin',
  'administrator',
  'specialist',
  'associate',
  'procurement',
  'it team',
  'finance team',
  'legal team',
  'gatekeeper',
  'student',
  'consultant',
  'recruiter',
  'hr',
]
const DATES = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sept?',
  'oct',
  'nov',
  'dec',
  'yesterday',
  'tomorrow',
  'next (week|month|quarter|year)',
  'last (week|month|quarter|year)',
  'end of (the )?(month|quarter|year)',
  'renewal',
  'renews',
  'contract',
  'fiscal year',
  'q[1-4]',
  'h[12]',
  'year-end',
  'quarters?',
  'months?',
  'weeks?',
  'on hold',
  'revisit',
]
/** The parts of a handoff package: naming the missing or wrong one tells the SDR what to fix. */
const PACKAGE_WORDS = [
  'discovery( notes)?',
  'crm notes',
  'tech stack',
  'stack',
  'budget( signal)?',
  'trigger( event)?',
  'pain',
  'timing',
  'decision[- ]maker',
  'authority',
  'calendar invite',
  'no show',
  'no-show',
  'migration',
  'competitor',
]
/** Facts an AE can name: employee counts, budgets, seats, duplicates of named records. */
const FACT_WORDS = [
  'employees',
  'headcount',
  'seats',
  'users',
  'locations',
  'budget of',
  'already (a|an) (customer|client)',
  'existing (customer|client|opportunity|opp)',
  'duplicate of',
  'same (company|account) as',
  'they (use|run|are on)',
  'uses',
  'signed with',
  'switched to',
  'acquired',
  'laid off',
  'hiring freeze',
  'budget freeze',
]

const SPECIFIC = new RegExp(
  `\\d|\\$|€|£|%|\\b(${[...TOOLS, ...INDUSTRIES, ...ROLES, ...DATES, ...FACT_WORDS, ...PACKAGE_WORDS].join('|')})\\b`,
  'i',
)

/** Capitalised words that are jargon, not names: they do not make feedback specific. */
const GENERIC_CAPITALS = new Set([
  'i',
  'icp',
  'sql',
  'mql',
  'sal',
  'bant',
  'meddic',
  'dm',
  'ae',
  'sdr',
  'bdr',
  'n/a',
  'na',
  'tbd',
  'ok',
  'okay',
  'no',
  'not',
  'bad',
  'good',
  'poor',
  'lead',
  'fit',
  'they',
  'he',
  'she',
  'the',
  'a',
  'an',
  'just',
  'wrong',
  'too',
])

/** A capitalised word not at the start of a sentence: likely a name (a tool, a company, a person). */
function hasProperName(text: string): boolean {
  const words = text.split(/\s+/)
  for (let i = 1; i < words.length; i++) {
    const previous = words[i - 1]!
    if (/[.!?:;]$/.test(previous)) continue
    const word = words[i]!.replace(/^[("'“]+|[)"'”.,!?:;]+$/g, '')
    if (/^\p{Lu}[\p{L}&.-]*$/u.test(word) && !GENERIC_CAPITALS.has(word.toLowerCase())) return true
  }
  return false
}

/**
 * Feedback is vague when it names no specific fact: no number or amount, no named tool,
 * industry, role, date or proper name. Blank feedback is vague too. "Not qualified", "not a fit",
 * "bad lead" are vague; "under 20 employees, our minimum is 50" and "contact is an intern" teach.
 */
export function isVagueFeedback(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed === '') return true
  return !SPECIFIC.test(trimmed) && !hasProperName(trimmed)
}
