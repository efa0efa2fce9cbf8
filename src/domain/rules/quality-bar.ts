/**
 * The SDR quality bar (docs/product.md, "Quality bar (ICP)"). A handoff clears the bar when it has no
 * failure; each failure is named so the huddle can talk about causes.
 *
 * Choices the contract leaves open, made here:
 * - Unknown company size (null) fails `too_small`: the size was not verified, and the bar is about
 *   what the SDR proved. The one exception is a minimum of 0, where no size can fail.
 * - Industry matches the target list ignoring case and surrounding spaces; an empty list accepts any
 *   industry, including a blank one.
 * - "A trigger or pain exists" when the trigger event is filled in, or the discovery summary is
 *   (discovery is where the prospect's pain is written down). Placeholders count as empty.
 * - A condition whose input the import did not carry (no company-size column, no industry, no
 *   contact influence, neither trigger nor discovery) is not assessed: never a failure.
 */
import { type Handoff, type HandoffField } from '../handoff'
import { type Icp } from '../settings'
import { carriedBit, carriedOf, type CarryingHandoff } from '../carried'
import {
  isChecklistAssessed,
  isFilled,
  isIncomplete,
  preparePlaceholders,
  type ChecklistSettings,
  type Placeholders,
} from './checklist'

export const BAR_FAILURES = ['too_small', 'wrong_industry', 'no_influence', 'no_trigger_or_pain', 'incomplete'] as const
export type BarFailure = (typeof BAR_FAILURES)[number]

/**
 * Three-valued (docs/product.md, "What the data can show"): a handoff clears the bar only when at
 * least one condition was assessed and none failed; with none assessed it is neither above nor
 * below the bar.
 */
export type BarVerdict = 'cleared' | 'below' | 'not_assessed'

export interface BarResult {
  verdict: BarVerdict
  /** verdict === 'cleared' */
  cleared: boolean
  failures: BarFailure[]
}

export type BarDisagreement = 'accepted_below_bar' | 'rejected_above_bar'

/** Effective week of the ICP that judged everything before the first recalibration. */
export const ORIGINAL_ICP_WEEK = '0001-W01'

/** One version of the ICP, in force from its effective week (inclusive) until the next version. */
export interface IcpVersion {
  /** ISO week, e.g. `2026-W14` */
  effectiveWeek: string
  icp: Icp
}

const industrySets = new WeakMap<readonly string[], ReadonlySet<string>>()

function industrySet(industries: readonly string[]): ReadonlySet<string> {
  let set = industrySets.get(industries)
  if (!set) {
    set = new Set(industries.map((i) => i.trim().toLowerCase()))
    industrySets.set(industries, set)
  }
  return set
}

/** Bit i set = BAR_FAILURES[i] failed. */
const failureBit = (f: BarFailure): number => 1 << BAR_FAILURES.indexOf(f)
const TOO_SMALL = failureBit('too_small')
const WRONG_INDUSTRY = failureBit('wrong_industry')
const NO_INFLUENCE = failureBit('no_influence')
const NO_TRIGGER_OR_PAIN = failureBit('no_trigger_or_pain')
const INCOMPLETE = failureBit('incomplete')
const SIZE_CARRIED = carriedBit('companySize')
const INDUSTRY_CARRIED = carriedBit('industry')
const INFLUENCE_CARRIED = carriedBit('contactInfluence')
const TRIGGER_OR_PAIN_CARRIED = carriedBit('triggerEvent') | carriedBit('discoverySummary')

/**
 * The bar's failures as a bit mask (bit i = BAR_FAILURES[i]); 0 clears the bar. Metrics judge
 * every handoff of a year, so this allocates nothing; `isIncomplete` comes from the caller, who
 * has the checklist result already.
 */
export function barFailureMask(
  h: CarryingHandoff,
  icp: Icp,
  placeholders: Placeholders,
  isIncomplete: boolean,
): number {
  let mask = 0
  const carried = carriedOf(h)
  if (
    icp.minCompanySize > 0 &&
    (carried & SIZE_CARRIED) !== 0 &&
    (h.companySize === null || h.companySize < icp.minCompanySize)
  ) {
    mask |= TOO_SMALL
  }
  if (
    icp.targetIndustries.length > 0 &&
    (carried & INDUSTRY_CARRIED) !== 0 &&
    !industrySet(icp.targetIndustries).has(h.industry.trim().toLowerCase())
  ) {
    mask |= WRONG_INDUSTRY
  }
  if ((carried & INFLUENCE_CARRIED) !== 0 && !icp.influenceLevels.includes(h.contactInfluence)) mask |= NO_INFLUENCE
  if (
    (carried & TRIGGER_OR_PAIN_CARRIED) !== 0 &&
    !isFilled(h.triggerEvent, placeholders) &&
    !isFilled(h.discoverySummary, placeholders)
  ) {
    mask |= NO_TRIGGER_OR_PAIN
  }
  if (isIncomplete) mask |= INCOMPLETE
  return mask
}

/**
 * True when the import carried the input of at least one bar condition (company size, industry,
 * contact influence, trigger or pain) or at least one required checklist field: only then can the
 * bar say anything about the handoff.
 */
export function isBarAssessed(h: CarryingHandoff, requiredFields: readonly HandoffField[]): boolean {
  const carried = carriedOf(h)
  if ((carried & (SIZE_CARRIED | INDUSTRY_CARRIED | INFLUENCE_CARRIED | TRIGGER_OR_PAIN_CARRIED)) !== 0) return true
  return isChecklistAssessed(carried, requiredFields)
}

/** The verdict of a failure mask for a handoff whose bar inputs were (or were not) carried. */
export const barVerdictOf = (failureMask: number, assessed: boolean): BarVerdict =>
  !assessed ? 'not_assessed' : failureMask === 0 ? 'cleared' : 'below'

/**
 * Judge a handoff against an ICP. `missing` may pass the handoff's `missingFields` when the caller
 * already has them, to skip checking the checklist twice.
 */
export function evaluateBar(
  h: CarryingHandoff,
  icp: Icp,
  checklistSettings: ChecklistSettings,
  missing?: readonly HandoffField[],
): BarResult {
  const incomplete = missing ? missing.length > 0 : isIncomplete(h, checklistSettings)
  const mask = barFailureMask(h, icp, preparePlaceholders(checklistSettings.placeholders), incomplete)
  const verdict = barVerdictOf(mask, isBarAssessed(h, checklistSettings.requiredFields))
  return { verdict, cleared: verdict === 'cleared', failures: BAR_FAILURES.filter((_, i) => (mask & (1 << i)) !== 0) }
}

/**
 * Where a decision and a bar verdict disagree; see `barDisagreement`. A handoff the bar could not
 * assess disagrees with nothing.
 */
export function disagreementOf(status: Handoff['status'], verdict: BarVerdict): BarDisagreement | null {
  if (status === 'accepted' && verdict === 'below') return 'accepted_below_bar'
  if (status === 'rejected' && verdict === 'cleared') return 'rejected_above_bar'
  return null
}

/**
 * Where the AE's decision and the bar disagree: accepted below the bar (SQL inflation) or
 * rejected above it (AE too strict, or the ICP is stale). Pending handoffs never disagree.
 */
export function barDisagreement(h: Pick<Handoff, 'status'>, result: BarResult): BarDisagreement | null {
  return disagreementOf(h.status, result.verdict)
}

/**
 * The ICP a handoff booked in `week` is judged by: the latest version whose effectiveWeek is on or
 * before the week, else the fallback (the ICP before any recorded recalibration). Versions may come
 * in any order; on equal effective weeks the later entry in the list wins.
 */
export function icpInForce(versions: readonly IcpVersion[], week: string, fallback: Icp): Icp {
  let best: IcpVersion | null = null
  for (const v of versions) {
    if (v.effectiveWeek <= week && (best === null || v.effectiveWeek >= best.effectiveWeek)) best = v
  }
  return best ? best.icp : fallback
}
