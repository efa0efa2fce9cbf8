/**
 * Suggests each rubric criterion and the red flags from a handoff's text. A suggestion is a
 * starting point for the scorer, not a verdict: every `why` names the evidence it found (or did
 * not find) so a person can confirm or overturn it in a glance.
 */
import type { HandoffField } from '../handoff'
import { carriedBit, carriedOf, listOfFields, type CarryingHandoff } from '../carried'
import { fieldInSentence } from '../field-labels'
import { DEFAULT_PLACEHOLDERS } from '../settings'
import { firstProperNoun } from '../text/proper-nouns'
import { CRITERION_IDS, RED_FLAGS, type CriterionId, type RedFlagId } from './criteria'

export interface CriterionSuggestion {
  /** False too when not suggested: the scorer decides. */
  pass: boolean
  /** The export did not carry this criterion's evidence: no suggestion, the scorer decides. */
  notSuggested?: true
  /** A short sentence naming the evidence, e.g. `Quotes the prospect: "we lose two days"`. */
  why: string
}

export interface RedFlag {
  id: RedFlagId
  why: string
}

export interface RubricSuggestion {
  criteria: Record<CriterionId, CriterionSuggestion>
  /** In RED_FLAG_IDS order. */
  redFlags: RedFlag[]
}

export interface SuggestOptions {
  /** Values that count as empty (case-insensitive); default: the checklist's default list. */
  placeholders?: readonly string[]
  /** The checklist, so "complete" is not suggested when the export carried none of it. */
  requiredFields?: readonly HandoffField[]
}

/**
 * The fields each criterion reads: `all` must each be carried, and at least one of `any` when
 * it lists some. Otherwise the export could not show the evidence and nothing is suggested.
 */
const EVIDENCE: Partial<Record<CriterionId, { all: HandoffField[]; any: HandoffField[] }>> = {
  icp_signal: { all: ['icpFit'], any: [] },
  prospect_words: { all: [], any: ['discoverySummary', 'crmNotes'] },
  trigger_timing: { all: ['triggerEvent'], any: [] },
  stack_budget: { all: ['techStack'], any: ['budgetSignal', 'crmNotes', 'discoverySummary'] },
}

/** Shortens evidence for a one-line `why`. */
export function excerpt(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`
}

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

// ── criterion 1: ICP fit with a specific signal ──────────────────────────────────────────────

const NUMBER_SIGNAL = /(?:[$€£]\s?)?(?<![\p{L}\d])\d[\d,.]*(?:\s?(?:%|[kKmMbB]\b))?\+?(?:\s+[\p{L}-]+)?/u
const FACT_SIGNAL =
  /\b(?:hiring|hired|hires|headcount|raised|funding|funded|series [a-f]|seed round|ipo|acquired|acquisition|merger|expanding|expansion|new office|opened|launch(?:ed|ing)?|migrat\w*|replac\w*|switching|moving off|renewal|contract ends?|compliance|audit|soc ?2|gdpr|hipaa|iso ?27001|new (?:vp|cro|ceo|cto|cfo|head of)(?: \w+)?)/i
/**
 * The specific evidence in an ICP statement — a number, a hiring/funding/migration fact, or a
 * named tool — or null when it only asserts a fit. `ignoreNames` are words that look like names
 * but are no evidence (the prospect's company and contact names).
 */
export function icpSignal(text: string, ignoreNames: readonly string[] = []): string | null {
  const number = NUMBER_SIGNAL.exec(text)
  if (number) return number[0].trim()
  const fact = FACT_SIGNAL.exec(text)
  if (fact) return fact[0].trim()
  return firstProperNoun(text, new Set(ignoreNames.map((w) => w.toLowerCase())))
}

const HEDGE =
  /\b(?:seems? (?:like )?(?:a )?(?:good |great )?fit|seems? to fit|looks? like (?:a )?(?:good |great )?fit|probably|presumably|assum\w*|should be (?:a )?(?:good )?fit|i think|i guess|i believe|maybe|might be|likely|could be (?:a )?fit)\b/i

// ── criterion 2: the prospect's own words ────────────────────────────────────────────────────

const QUOTES = [/"([^"\n]+)"/g, /“([^”\n]+)”/g, /‘([^‘\n]+?)’(?![\p{L}])/gu]
const MIN_QUOTE_WORDS = 3
const MAX_QUOTE_WORDS = 80

/** The first quotation of three or more words in the text, or null. */
export function prospectQuote(text: string): string | null {
  for (const pattern of QUOTES) {
    for (const m of text.matchAll(pattern)) {
      const inner = (m[1] ?? '').trim()
      const n = wordCount(inner)
      if (n >= MIN_QUOTE_WORDS && n <= MAX_QUOTE_WORDS) return inner
    }
  }
  return null
}

// ── criterion 3: trigger and timing ──────────────────────────────────────────────────────────

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const UNIT = '(?:days?|weeks?|months?|quarters?|years?)'
const TIME_PATTERNS: RegExp[] = [
  /\bQ[1-4]\b/i,
  /\b(?:H[12]|FY ?\d{2,4}|EO[YQM])\b/i,
  new RegExp(
    `\\b(?:by|before|until|in|within|after|from|next|this|end of|start of|beginning of|early|mid|late)\\s+(?:the |a |an |one |a few |a couple of )?(?:next |coming )?(?:${UNIT}|${MONTH}|\\d+\\s*${UNIT}|Q[1-4]|summer|winter|spring|fall|autumn|year-end|quarter-end)\\b`,
    'i',
  ),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{4}\\b`, 'i'),
  new RegExp(`\\b\\d+\\s*${UNIT}\\b`, 'i'),
  /\b\d{4}-\d{2}(?:-\d{2})?\b/,
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/,
  /\b(?:asap|urgent(?:ly)?|immediately|right away|tomorrow)\b/i,
]

/** The first phrase that gives a sense of timing, or null. */
export function timingPhrase(text: string): string | null {
  let best: RegExpExecArray | null = null
  for (const p of TIME_PATTERNS) {
    const m = p.exec(text)
    if (m && (best === null || m.index < best.index)) best = m
  }
  return best ? best[0] : null
}

// ── criterion 4: budget ──────────────────────────────────────────────────────────────────────

// "Spend" alone is no budget ("we spend two days per handoff"); a spend with an amount is matched by the amount.
const BUDGET =
  /(?:[$€£]\s?\d[\d,.]*\s?[kKmM]?|\b\d[\d,.]*\s?(?:k|K|USD|EUR|GBP)\b|\bbudget\w*|\bapproved\b|\ballocated\b|\bpric(?:e|ing)\b|\bper seat\b|\blicen[cs]es?\b|\bcontract value\b|\bACV\b|\bPO\b)/i

// ── generic notes ────────────────────────────────────────────────────────────────────────────

const GENERIC =
  /\b(?:wants? to (?:learn|see|know|hear) more|learn more|interested|showed interest|interest in|wants? (?:a )?demo|requested (?:a )?demo|demo request(?:ed)?|checking (?:out )?(?:options|alternatives)|exploring (?:options|alternatives)|looking at (?:options|alternatives)|evaluating (?:options|vendors|alternatives)|just looking|open to (?:a )?(?:chat|call|conversation|meeting)|good (?:call|chat|conversation)|great (?:call|chat|conversation)|send (?:some )?info(?:rmation)?|sent (?:some )?info(?:rmation)?|follow(?:-| )?up|curious|nurture|general interest|keen|wants? (?:a )?(?:call|meeting))\b/gi
const FILLER = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'to',
  'in',
  'of',
  'for',
  'on',
  'with',
  'is',
  'are',
  'was',
  'be',
  'they',
  'he',
  'she',
  'we',
  'our',
  'their',
  'it',
  'very',
  'really',
  'some',
  'more',
  'about',
  'also',
  'just',
  'prospect',
  'contact',
  'lead',
  'call',
  'meeting',
  'booked',
  'said',
  'says',
  'product',
  'solution',
])
/** Fewer meaningful words than this, once the generic phrases are gone, means no substance. */
const MIN_SUBSTANCE_WORDS = 5

function genericPhrases(text: string): string[] {
  return [...text.matchAll(GENERIC)].map((m) => m[0])
}

function substanceWords(text: string): number {
  return text
    .replace(GENERIC, ' ')
    .split(/[^\p{L}\p{N}$€£%]+/u)
    .filter((w) => w.length >= 3 && !FILLER.has(w.toLowerCase())).length
}

// ── non-evidence ─────────────────────────────────────────────────────────────────────────────

/** Words written where evidence should be ("not sure", "TBD", "?"): they fill a box, not a fact. */
const NOT_EVIDENCE = [
  'not sure',
  'unsure',
  'not certain',
  'no idea',
  'no clue',
  'idk',
  'dunno',
  "(?:i )?(?:don't|do not|didn't|did not) know",
  'not known',
  'unknown',
  'unclear',
  'tb[dca]',
  'to be (?:confirmed|determined|decided|defined|discussed)',
  'n\\.?/?a\\.?',
  'none',
  'nothing',
  'nil',
  'null',
  'no',
  'nope',
  'empty',
  'blank',
  'x+',
  '-+',
  '\\?+',
  '\\.{2,}',
  '…',
  'later',
  'pending',
  'not yet',
  'not (?:discussed|asked|mentioned|disclosed|shared|given|covered|qualified|confirmed|provided)',
  "(?:didn't|did not|haven't|have not|forgot to) (?:ask|discuss|get|check|confirm|cover)(?: (?:it|that|this))?",
  "(?:didn't|did not) come up",
  "(?:won't|wouldn't|would not|will not|refused to) (?:say|share|tell|disclose)",
  'ask(?: (?:the )?(?:ae|prospect|client|customer|them|him|her))?(?: (?:on|during|in|at) the (?:call|meeting|demo|discovery))?',
  '(?:will|to|need to|needs to|must) (?:check|confirm|ask|find out|follow up|clarify|verify)(?: later| on the call| in the meeting)?',
  'check(?: on the call| later| with (?:the )?(?:prospect|client|them))?',
  'follow up(?: later)?',
  'see (?:crm|notes|above|below)',
  'same as (?:above|before)',
  'no (?:budget|stack|tech stack|trigger|timing|info|information|details|data|signal|answer)',
  'no (?:budget|stack|trigger|timing) (?:info|information|details|signal|given|shared|yet)',
]
const NOT_EVIDENCE_TAIL = [
  'yet',
  'for now',
  'at this point',
  'at the moment',
  'atm',
  'so far',
  'still',
  'currently',
  'mentioned',
  'given',
  'shared',
  'discussed',
  'provided',
  'stated',
  'known',
  'confirmed',
  'really',
  'tbh',
  'honestly',
  'on the call',
  'on call',
]
const NOT_EVIDENCE_CLAUSE = new RegExp(
  `^(?:${NOT_EVIDENCE.join('|')})(?:\\s+(?:${NOT_EVIDENCE_TAIL.join('|')}))*$`,
  'i',
)

/**
 * Whether a field holds words instead of evidence: every clause of it is a "not sure", "TBD",
 * "N/A", "?", "unknown", "none", "-", "no idea", "later" or the like. Such a field never passes a
 * criterion ("Tech stack: not sure" is not a tech stack).
 */
export function isNonEvidence(text: string): boolean {
  const clauses = text
    .replace(/[’‘]/g, "'")
    .trim()
    .split(/[,;()!]|\s[-–—]+\s|\.(?:\s|$)|\s*\n\s*/)
    .map((c) => c.trim().replace(/\s+/g, ' '))
    .filter((c) => c !== '')
  // Punctuation alone ("?", "-", "...") fills a box with nothing.
  if (!/[\p{L}\p{N}]/u.test(text)) return text.trim() !== ''
  return clauses.length > 0 && clauses.every((c) => NOT_EVIDENCE_CLAUSE.test(c))
}

// ── putting it together ──────────────────────────────────────────────────────────────────────

function isBlank(value: string, placeholders: readonly string[]): boolean {
  const t = value.trim().toLowerCase()
  return t === '' || placeholders.some((p) => p.trim().toLowerCase() === t)
}

const quoteEvidence = (s: string): string => `"${excerpt(s)}"`

/**
 * Suggests the five criteria and the red flags for one handoff. `missing` is the checklist's
 * missing required fields for this handoff (the caller passes `missingFields(h, …)`), so
 * criterion 5 and the missing-fields flag follow the team's own checklist settings.
 */
export function suggestRubric(
  h: CarryingHandoff,
  missing: readonly HandoffField[],
  options: SuggestOptions = {},
): RubricSuggestion {
  const ev = new Evidence(h, missing, options.placeholders ?? DEFAULT_PLACEHOLDERS)
  const notes = [ev.filled('discoverySummary'), ev.filled('crmNotes')].filter(Boolean).join('\n')
  const icpFit = ev.filled('icpFit')
  const quote = notes ? prospectQuote(notes) : null
  const trigger = readTrigger(ev, notes)
  const required = options.requiredFields ?? []
  const wordsOnly = required.filter((f) => !missing.includes(f) && ev.isCarried(f) && isWordsOnly(h, f))
  const criteria: Record<CriterionId, CriterionSuggestion> = {
    icp_signal: icpSignalCriterion(ev, icpFit),
    prospect_words: quote
      ? { pass: true, why: `Quotes the prospect: "${excerpt(quote)}"` }
      : { pass: false, why: notes ? 'No quotation of the prospect in the notes.' : 'No discovery notes or CRM notes.' },
    trigger_timing: triggerTimingCriterion(ev, trigger),
    stack_budget: stackBudgetCriterion(ev, notes),
    // 5. Complete: a required field holding "not sure" is not complete either.
    complete:
      missing.length === 0 && wordsOnly.length === 0
        ? { pass: true, why: 'All required fields are filled in.' }
        : { pass: false, why: incompleteWhy(missing, wordsOnly, h) },
  }
  const redFlags = redFlagsOf(ev, { notes, quote, icpFit, trigger, wordsOnly })
  overruleFlagged(criteria, redFlags, [...missing, ...wordsOnly])
  withholdUncarried(criteria, ev, required)
  return { criteria, redFlags }
}

/** One handoff's fields as evidence: filled in, words instead of evidence, or absent. */
class Evidence {
  /** Fields that hold words instead of evidence ("not sure", "TBD"): they pass nothing. */
  private readonly nonEvidence = new Map<HandoffField, string>()
  private readonly carried: number

  constructor(
    readonly h: CarryingHandoff,
    readonly missing: readonly HandoffField[],
    private readonly placeholders: readonly string[],
  ) {
    this.carried = carriedOf(h)
  }

  /** Whether the handoff's import carried the field. */
  isCarried(f: HandoffField): boolean {
    return (this.carried & carriedBit(f)) !== 0
  }

  /** The field's text when it is evidence, else '' (noting words written instead of evidence). */
  filled(f: HandoffField): string {
    const v = this.h[f]
    if (typeof v !== 'string' || this.missing.includes(f) || isBlank(v, this.placeholders)) return ''
    if (isNonEvidence(v)) {
      this.nonEvidence.set(f, v.trim())
      return ''
    }
    return v.trim()
  }

  /** Whether the (already read) field held words instead of evidence. */
  saysNothing(f: HandoffField): boolean {
    return this.nonEvidence.has(f)
  }

  /** "no tech stack" or, when the field holds words instead of one, `tech stack says "not sure"`. */
  absence(f: HandoffField): string {
    const said = this.nonEvidence.get(f)
    return said === undefined
      ? `no ${fieldInSentence(f)}`
      : `${fieldInSentence(f)} says "${excerpt(said, 30)}", which is no evidence`
  }

  /** The field says it has no evidence (words or a checklist miss): other fields may not stand in. */
  isRefused(f: HandoffField): boolean {
    return this.missing.includes(f) || isWordsOnly(this.h, f)
  }
}

/** 1. ICP fit with a signal. */
function icpSignalCriterion(ev: Evidence, icpFit: string): CriterionSuggestion {
  const ownNames = [ev.h.company, ev.h.contactName].flatMap((s) => s.split(/[^\p{L}\p{N}]+/u)).filter(Boolean)
  const signal = icpFit ? icpSignal(icpFit, ownNames) : null
  if (!icpFit) {
    return { pass: false, why: ev.saysNothing('icpFit') ? `${sentence(ev.absence('icpFit'))}.` : 'No ICP fit written.' }
  }
  return signal
    ? { pass: true, why: `ICP fit names a specific signal: "${excerpt(signal, 60)}"` }
    : { pass: false, why: `ICP fit has no specific signal: ${quoteEvidence(icpFit)}` }
}

/** The trigger as written, whether it is only generic words, and the timing found for it. */
interface TriggerReading {
  trigger: string
  isGeneric: boolean
  /** The trigger when it names an event, else ''. */
  named: string
  when: string
}

/**
 * A timing field that says "later" or is missing is not made up for by a date somewhere in the
 * notes; the trigger's own words may still carry the timing.
 */
function readTrigger(ev: Evidence, notes: string): TriggerReading {
  const trigger = ev.filled('triggerEvent')
  const isGeneric = trigger !== '' && genericPhrases(trigger).length > 0 && substanceWords(trigger) < 2
  const timingField = ev.filled('timing')
  const when = timingField || timingPhrase(ev.isRefused('timing') ? trigger : [trigger, notes].join('\n')) || ''
  return { trigger, isGeneric, named: isGeneric ? '' : trigger, when }
}

/** 3. Trigger and timing. */
function triggerTimingCriterion(
  ev: Evidence,
  { trigger, isGeneric, named, when }: TriggerReading,
): CriterionSuggestion {
  if (!named) {
    const why = isGeneric
      ? `Trigger is not an event: ${quoteEvidence(trigger)}`
      : ev.saysNothing('triggerEvent')
        ? `${sentence(ev.absence('triggerEvent'))}.`
        : 'No trigger event named.'
    return { pass: false, why }
  }
  if (when) return { pass: true, why: `Trigger "${excerpt(named, 50)}" with timing "${excerpt(when, 40)}"` }
  const timing = ev.saysNothing('timing') ? ` (${ev.absence('timing')})` : ''
  return { pass: false, why: `Trigger "${excerpt(named, 50)}" has no sense of timing${timing}.` }
}

/**
 * 4. Tech stack and budget: "Budget: TBD" (or a missing budget field) is no budget, whatever the
 * discovery notes say about spend; an empty optional budget field may be made up by the notes.
 */
function stackBudgetCriterion(ev: Evidence, notes: string): CriterionSuggestion {
  const stack = ev.filled('techStack')
  const budgetField = ev.filled('budgetSignal')
  const budget = budgetField || (ev.isRefused('budgetSignal') ? '' : (BUDGET.exec(notes)?.[0] ?? ''))
  if (stack && budget) {
    return { pass: true, why: `Tech stack "${excerpt(stack, 40)}" and budget "${excerpt(budget, 40)}"` }
  }
  const absent = [!stack ? ev.absence('techStack') : '', !budget ? ev.absence('budgetSignal') : '']
  return { pass: false, why: `${sentence(absent.filter(Boolean).join(' and '))}.` }
}

/** Red flags, in RED_FLAG_IDS order. */
function redFlagsOf(
  ev: Evidence,
  read: { notes: string; quote: string | null; icpFit: string; trigger: TriggerReading; wordsOnly: HandoffField[] },
): RedFlag[] {
  const { h, missing } = ev
  const { notes, trigger, wordsOnly } = read
  const redFlags: RedFlag[] = []
  const generic = genericPhrases(notes)
  if (generic.length > 0 && !read.quote && substanceWords(notes) < MIN_SUBSTANCE_WORDS) {
    redFlags.push({ id: 'generic_notes', why: `Notes are generic: ${quoteEvidence(notes)}` })
  }
  if (!trigger.named && ev.isCarried('triggerEvent')) {
    const why = trigger.when
      ? `No trigger event named (timing "${excerpt(trigger.when, 40)}" only).`
      : 'No trigger event and no urgency.'
    redFlags.push({ id: 'no_trigger', why })
  }
  const hedge = HEDGE.exec(read.icpFit)
  if (hedge) {
    redFlags.push({ id: 'icp_assumed', why: `ICP fit is assumed, not verified: "${hedge[0]}"` })
  }
  if (missing.length > 0 || wordsOnly.length > 0) {
    redFlags.push({ id: 'missing_fields', why: incompleteWhy(missing, wordsOnly, h) })
  }
  if (
    ev.isCarried('contactInfluence') &&
    (h.contactInfluence === 'none' || h.contactInfluence === 'user' || h.contactInfluence === 'unknown')
  ) {
    const who =
      [h.contactName, h.contactTitle]
        .map((s) => s.trim())
        .filter(Boolean)
        .join(', ') || 'The contact'
    const what = { none: 'has no influence', user: 'is a user, not a buyer', unknown: 'has unknown influence' }[
      h.contactInfluence
    ]
    redFlags.push({ id: 'no_influence', why: `${who} ${what}.` })
  }
  return redFlags
}

/** A criterion never passes while the same panel raises a red flag against it. */
function overruleFlagged(
  criteria: Record<CriterionId, CriterionSuggestion>,
  redFlags: readonly RedFlag[],
  flagged: readonly HandoffField[],
): void {
  for (const flag of redFlags) {
    const against =
      flag.id === 'missing_fields'
        ? CRITERION_IDS.filter((id) => id === 'complete' || OWN_FIELDS[id].some((f) => flagged.includes(f)))
        : FLAG_AGAINST[flag.id]
    for (const id of against) {
      if (criteria[id].pass) {
        criteria[id] = {
          pass: false,
          why: `Not passed while the red flag "${RED_FLAGS[flag.id].label}" stands: ${flag.why}`,
        }
      }
    }
  }
}

/** A criterion whose evidence the export never carried is not suggested (docs/product.md). */
function withholdUncarried(
  criteria: Record<CriterionId, CriterionSuggestion>,
  ev: Evidence,
  required: readonly HandoffField[],
): void {
  const lacks = (fields: readonly HandoffField[]) => fields.filter((f) => !ev.isCarried(f))
  for (const id of Object.keys(EVIDENCE) as CriterionId[]) {
    const { all, any } = EVIDENCE[id]!
    const absent = [...lacks(all), ...(any.length > 0 && lacks(any).length === any.length ? any : [])]
    if (absent.length > 0) {
      criteria[id] = {
        pass: false,
        notSuggested: true,
        why: `Not suggested: this export has no ${listOfFields(absent, true)}.`,
      }
    }
  }
  if (required.length > 0 && required.every((f) => !ev.isCarried(f))) {
    criteria.complete = {
      pass: false,
      notSuggested: true,
      why: 'Not suggested: this export has none of the required fields.',
    }
  }
}

/** The fields a criterion takes its evidence from: a missing one is a red flag against it. */
const OWN_FIELDS: Record<CriterionId, readonly HandoffField[]> = {
  icp_signal: ['icpFit'],
  prospect_words: ['discoverySummary'],
  trigger_timing: ['triggerEvent', 'timing'],
  stack_budget: ['techStack', 'budgetSignal'],
  complete: [],
}

/** The criteria each red flag (other than missing fields, worked out per field) stands against. */
const FLAG_AGAINST: Record<Exclude<RedFlagId, 'missing_fields'>, readonly CriterionId[]> = {
  generic_notes: ['prospect_words'],
  no_trigger: ['trigger_timing'],
  icp_assumed: ['icp_signal'],
  no_influence: [],
}

const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

function isWordsOnly(h: CarryingHandoff, f: HandoffField): boolean {
  const v = h[f]
  return typeof v === 'string' && v.trim() !== '' && isNonEvidence(v)
}

function incompleteWhy(
  missing: readonly HandoffField[],
  wordsOnly: readonly HandoffField[],
  h: CarryingHandoff,
): string {
  const parts = [
    missing.length > 0 ? `Missing: ${missing.map(fieldInSentence).join(', ')}.` : '',
    ...wordsOnly.map(
      (f) => `${sentence(fieldInSentence(f))} says "${excerpt(String(h[f]), 30)}", which is no evidence.`,
    ),
  ]
  return parts.filter(Boolean).join(' ')
}
