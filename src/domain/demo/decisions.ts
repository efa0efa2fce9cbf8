/**
 * How demo AEs decide: the acceptance model (bar, tier, lenient AEs and the two trigger categories
 * whose acceptance moves between quarters), why a package above the bar is still rejected, and
 * what an accepted meeting turned into.
 */
import type { Outcome, RejectionReason, TriggerCategory } from '../handoff'
import type { DemoAe } from './catalog'
import type { Rng } from './prng'
import type { Tier } from './texts'

/** Acceptance of this trigger category rises sharply in endWeek's quarter vs the quarters before. */
export const DEMO_GAINING_TRIGGER: TriggerCategory = 'funding'
/** Acceptance of this trigger category falls sharply in endWeek's quarter. */
export const DEMO_LOSING_TRIGGER: TriggerCategory = 'tool_migration'

export function acceptanceProbability(a: {
  tier: Tier
  ae: DemoAe
  isAboveBar: boolean
  isHardMiss: boolean
  category: TriggerCategory | null
  isCurrentQuarter: boolean
}): number {
  let p = a.isAboveBar ? (a.tier === 'strong' ? 0.92 : 0.8) : a.ae.lenient * (a.isHardMiss ? 0.6 : 1)
  const raise = (factor: number) => 1 - (1 - p) * factor
  if (a.category === DEMO_GAINING_TRIGGER) p = a.isCurrentQuarter ? raise(0.2) : p * 0.4
  if (a.category === DEMO_LOSING_TRIGGER) p = a.isCurrentQuarter ? p * 0.35 : raise(0.3)
  return p
}

/** Why an AE rejects a package that clears the bar: the ICP is stale or the AE is strict. */
export function aboveBarReason(rng: Rng, category: TriggerCategory | null, isCurrentQuarter: boolean): RejectionReason {
  const shifted =
    (category === DEMO_GAINING_TRIGGER && !isCurrentQuarter) || (category === DEMO_LOSING_TRIGGER && isCurrentQuarter)
  if (shifted && rng.chance(0.8)) return 'bad_timing'
  return rng.weighted<RejectionReason>([
    ['bad_timing', 0.4],
    ['other', 0.3],
    ['no_pain_or_trigger', 0.15],
    ['duplicate_or_existing', 0.15],
  ])
}

export function pickOutcome(rng: Rng, tier: Tier): Outcome {
  const opp = { strong: 0.45, middling: 0.3, weak: 0.12 }[tier]
  const noShow = { strong: 0.07, middling: 0.12, weak: 0.25 }[tier]
  return rng.weighted<Outcome>([
    ['opportunity_created', opp],
    ['held', 0.35],
    ['no_show', noShow],
    ['rescheduled', 0.1],
    ['cancelled', 0.07],
  ])
}

export function pipelineAmount(rng: Rng, segment: string): number {
  const [lo, hi] = segment === 'SMB' ? [6_000, 25_000] : segment === 'Mid-Market' ? [25_000, 90_000] : [80_000, 400_000]
  return Math.round(rng.int(lo, hi) / 500) * 500
}
