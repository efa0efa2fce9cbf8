/**
 * The SDR quality bar (PRODUCT.md, "Quality bar (ICP)"). A handoff clears the bar when it has no
 * failure; each failure is named so the huddle can talk about causes.
 *
 * Choices the contract leaves open, made here:
 * - Unknown company size (null) fails `too_small`: the size was not verified, and the bar is about
 *   what the SDR proved. The one exception is a minimum of 0, where no size can fail.
 * - Industry matches the target list ignoring case and surrounding spaces; an empty list accepts any
 *   industry, including a blank one.
 * - "A trigger or pain exists" when the trigger event is filled in, or the discovery summary is
 *   (discovery is where the prospect's pain is written down). Placeholders count as empty.
 */
import { type Handoff, type HandoffField } from '../handoff'
import { type Icp } from '../settings'
import { isFilled, isIncomplete, preparePlaceholders, type ChecklistSettings } from './checklist'

export const BAR_FAILURES = ['too_small', 'wrong_industry', 'no_influence', 'no_trigger_or_pain', 'incomplete'] as const
export type BarFailure = (typeof BAR_FAILURES)[number]

export interface BarResult {
  cleared: boolean
  failures: BarFailure[]
}

export type BarDisagreement = 'accepted_below_bar' | 'rejected_above_bar'

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

/**
 * Judge a handoff against an ICP. `missing` may pass the handoff's `missingFields` when the caller
 * already has them (metrics do), to skip checking the checklist twice.
 */
export function evaluateBar(
  h: Handoff,
  icp: Icp,
  checklistSettings: ChecklistSettings,
  missing?: readonly HandoffField[],
): BarResult {
  const placeholders = preparePlaceholders(checklistSettings.placeholders)
  const failures: BarFailure[] = []
  const hasMinimum = icp.minCompanySize > 0
  if (hasMinimum && (h.companySize === null || h.companySize < icp.minCompanySize)) failures.push('too_small')
  if (icp.targetIndustries.length > 0 && !industrySet(icp.targetIndustries).has(h.industry.trim().toLowerCase())) {
    failures.push('wrong_industry')
  }
  if (!icp.influenceLevels.includes(h.contactInfluence)) failures.push('no_influence')
  if (!isFilled(h.triggerEvent, placeholders) && !isFilled(h.discoverySummary, placeholders)) {
    failures.push('no_trigger_or_pain')
  }
  if (missing ? missing.length > 0 : isIncomplete(h, checklistSettings)) failures.push('incomplete')
  return { cleared: failures.length === 0, failures }
}

/**
 * Where the AE's decision and the bar disagree: accepted below the bar (SQL inflation) or
 * rejected above it (AE too strict, or the ICP is stale). Pending handoffs never disagree.
 */
export function barDisagreement(h: Pick<Handoff, 'status'>, result: BarResult): BarDisagreement | null {
  if (h.status === 'accepted' && !result.cleared) return 'accepted_below_bar'
  if (h.status === 'rejected' && result.cleared) return 'rejected_above_bar'
  return null
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
