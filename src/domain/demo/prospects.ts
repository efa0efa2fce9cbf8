/** Demo prospects: which campaign, which company, which contact, which segment. */
import type { ContactInfluence } from '../handoff'
import {
  COMPANY_PREFIXES,
  COMPANY_SUFFIXES,
  CORE_INDUSTRIES,
  DEMO_CAMPAIGNS,
  OFF_TARGET_INDUSTRIES,
  type DemoSdr,
} from './catalog'
import type { Rng } from './prng'
import type { Tier } from './texts'

export interface Company {
  company: string
  industry: string
  companySize: number
}

export function pickCampaign(rng: Rng, sdr: DemoSdr) {
  // Outsourced partners work outbound sequences almost exclusively.
  const pool = sdr.partner && rng.chance(0.85) ? DEMO_CAMPAIGNS.filter((c) => c.source === 'Outbound') : DEMO_CAMPAIGNS
  return rng.weighted(pool.map((c) => [c, c.weight] as const))
}

export function newCompany(rng: Rng, tier: Tier, taken: ReadonlySet<string>): Company {
  const pOff = { strong: 0.02, middling: 0.06, weak: 0.14 }[tier]
  const pSmall = { strong: 0.03, middling: 0.1, weak: 0.3 }[tier]
  const industry = rng.chance(pOff) ? rng.pick(OFF_TARGET_INDUSTRIES) : rng.pick(CORE_INDUSTRIES)
  const suffixes = COMPANY_SUFFIXES[industry] ?? ['Inc']
  let company = ''
  // Redraw a few times so unrelated prospects rarely share a name (duplicates are deliberate).
  for (let tries = 0; tries < 8 && (company === '' || taken.has(company)); tries++) {
    const prefix = rng.pick(COMPANY_PREFIXES)
    const suffix = rng.pick(suffixes)
    company = suffix.startsWith('.') ? `${prefix}${suffix}` : `${prefix} ${suffix}`
  }
  let companySize: number
  if (rng.chance(pSmall)) companySize = rng.int(5, 48)
  else {
    const raw = 50 * Math.pow(100, rng.next())
    companySize = raw < 200 ? Math.round(raw) : Math.round(raw / 10) * 10
  }
  return { company, industry, companySize }
}

export function pickInfluence(rng: Rng, tier: Tier): ContactInfluence {
  const weights: Record<Tier, [ContactInfluence, number][]> = {
    strong: [
      ['decision_maker', 0.6],
      ['influencer', 0.37],
      ['user', 0.03],
    ],
    middling: [
      ['decision_maker', 0.35],
      ['influencer', 0.4],
      ['user', 0.12],
      ['none', 0.03],
      ['unknown', 0.1],
    ],
    weak: [
      ['decision_maker', 0.15],
      ['influencer', 0.25],
      ['user', 0.25],
      ['none', 0.15],
      ['unknown', 0.2],
    ],
  }
  return rng.weighted(weights[tier])
}

export function segmentOf(companySize: number): string {
  return companySize < 200 ? 'SMB' : companySize < 1000 ? 'Mid-Market' : 'Enterprise'
}
