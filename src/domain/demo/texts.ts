import type { RejectionReason, TriggerCategory } from '../handoff'
import { PLACEHOLDERS, TOOLS, VAGUE_FEEDBACK } from './catalog'
import { MONTH_NAMES } from '../calendar/months'
import type { Rng } from './prng'

/**
 * The free text of a demo handoff. A strong package reads like a real discovery call (the
 * prospect's own words, a named signal, a dated trigger); a weak one like a calendar invite.
 */
export type Tier = 'strong' | 'middling' | 'weak'

export interface TextContext {
  rng: Rng
  tier: Tier
  company: string
  companySize: number
  industry: string
  contactFirst: string
  contactTitle: string
  /** 0–11, local month of the booking. */
  month: number
}

const monthName = (m: number): string => MONTH_NAMES[((m % 12) + 12) % 12]!
const quarterAfter = (m: number): string => `Q${((Math.floor(m / 3) + 1) % 4) + 1}`

/** Empty or a placeholder the checklist treats as missing. */
export function blank(rng: Rng): string {
  return rng.chance(0.45) ? '' : rng.pick(PLACEHOLDERS)
}

/** Weak text: generic filler most of the time, otherwise missing. */
function weakOr(rng: Rng, generic: readonly string[]): string {
  return rng.chance(0.55) ? rng.pick(generic) : blank(rng)
}

const QUOTES = [
  'we lose two days every time a deal moves to an AE',
  'our AEs walk into calls blind',
  "half our meetings are with people who can't buy",
  "I can't tell which SDR notes to trust",
  'we booked 300 meetings last quarter and closed nine',
  'every rep keeps their own spreadsheet and none of it reaches Salesforce',
  'our reps spend Friday afternoons cleaning up the CRM',
  'I have no playbook for the SDRs we are hiring',
  "the board asked why pipeline doubled and revenue didn't",
  'prospects tell our AE the same story twice and it kills the deal',
]

const GENERIC_DISCOVERY = [
  'wants to learn more',
  'interested, wants demo',
  'Call went well',
  'seems like a good fit',
  'Good convo',
]

export function discoverySummary(c: TextContext): string {
  const { rng } = c
  if (c.tier === 'weak') return weakOr(rng, GENERIC_DISCOVERY)
  if (c.tier === 'middling') {
    return rng.pick([
      'Handoffs between SDRs and AEs are manual; looking at options.',
      'Some frustration with lead quality from the SDR team.',
      `Talked about their sales process at ${c.company}; they want more visibility.`,
      'wants to learn more about reporting',
    ])
  }
  const quote = rng.pick(QUOTES)
  const quoted = rng.chance(0.5) ? `“${quote}”` : `"${quote}"`
  const follow = rng.pick([
    ' Wants AEs to see the discovery notes before the first call.',
    ' Measures SDR→AE conversion monthly and it is dropping.',
    ` ${rng.int(4, 15)} AEs, ${rng.int(3, 20)} SDRs, no shared handoff template.`,
    '',
  ])
  return rng.chance(0.5)
    ? `${c.contactFirst} (${c.contactTitle || 'contact'}): ${quoted}.${follow}`
    : `In ${c.contactFirst}'s words, ${quoted}.${follow}`
}

export function icpFit(c: TextContext): string {
  const { rng } = c
  if (c.tier === 'weak') return weakOr(rng, ['seems like a good fit', 'good fit', 'fits ICP', 'right size'])
  if (c.tier === 'middling') return rng.pick([`${c.industry} company, decent size`, 'Mid-sized sales team', 'fits ICP'])
  return rng.pick([
    `${c.companySize} employees, hiring ${rng.int(3, 15)} SDRs per LinkedIn`,
    `${c.companySize} employees, ${c.industry}; ${rng.int(5, 40)}-person sales team on ${rng.pick(TOOLS.crm)}`,
    `${c.companySize} employees; ${rng.int(2, 12)} open AE roles on their careers page`,
    `${c.industry}, ${c.companySize} employees, SDR team of ${rng.int(4, 25)} per the org chart`,
  ])
}

export interface Trigger {
  triggerEvent: string
  timing: string
  triggerCategory: TriggerCategory | null
}

export function trigger(c: TextContext, category: TriggerCategory): Trigger {
  const { rng, month } = c
  if (c.tier === 'weak') {
    const triggerEvent = weakOr(rng, ['none mentioned', 'exploring options', 'just curious'])
    return { triggerEvent, timing: blank(rng), triggerCategory: rng.chance(0.3) ? category : null }
  }
  if (c.tier === 'middling') {
    const vague: Record<TriggerCategory, string> = {
      new_hire: 'New sales leader',
      funding: 'Raised money recently',
      tool_migration: 'Changing tools soon',
      compliance_deadline: 'Has an audit coming up',
      leadership_change: 'Leadership changes',
      other: 'Reorganising the team',
    }
    return { triggerEvent: vague[category], timing: rng.pick(['soon', 'this year', '']), triggerCategory: category }
  }
  const past = monthName(month - rng.int(0, 2))
  const ahead = monthName(month + rng.int(2, 4))
  const nextQ = quarterAfter(month)
  const other = `${rng.pick(['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'])}`
  const events: Record<TriggerCategory, Omit<Trigger, 'triggerCategory'>> = {
    funding: {
      triggerEvent:
        `Closed a $${rng.int(8, 60)}M Series ${rng.pick(['A', 'B', 'C'])} in ${past}; ` +
        'plans to double the sales team',
      timing: `Hiring plan starts in ${nextQ}`,
    },
    new_hire: {
      triggerEvent: `New VP Sales started in ${past}; wants a new process before ${nextQ} planning`,
      timing: `Before ${nextQ} planning`,
    },
    tool_migration: {
      triggerEvent: `Moving off ${rng.pick(TOOLS.engagement)} when the contract ends in ${ahead}`,
      timing: `Contract ends in ${ahead}`,
    },
    compliance_deadline: {
      triggerEvent: `SOC 2 audit in ${ahead} requires call recordings and notes to be retained`,
      timing: `Before the ${ahead} audit`,
    },
    leadership_change: {
      triggerEvent: `New CRO joined from ${other} in ${past}; reviewing the whole funnel`,
      timing: `90-day plan due in ${ahead}`,
    },
    other: {
      triggerEvent: `Merging two sales teams after acquiring ${other}`,
      timing: `Integration done by end of ${nextQ}`,
    },
  }
  return { ...events[category], triggerCategory: category }
}

export function techStack(c: TextContext): string {
  const { rng } = c
  if (c.tier === 'weak') return weakOr(rng, ['not sure', 'some CRM'])
  if (c.tier === 'middling') return rng.pick(TOOLS.crm)
  const stack: string[] = [rng.pick(TOOLS.crm), rng.pick(TOOLS.engagement)]
  if (rng.chance(0.6)) stack.push(rng.pick(TOOLS.conversation))
  return stack.join(', ')
}

export function budgetSignal(c: TextContext): string {
  const { rng } = c
  if (c.tier === 'weak') return weakOr(rng, ["didn't ask", 'will find budget if it works'])
  if (c.tier === 'middling') return rng.pick(['Would need to find budget', 'Budget after the demo', 'Has some budget'])
  const k = rng.int(2, 12) * 5
  return rng.pick([
    `Budget approved for ${quarterAfter(c.month)}, ~$${k}k`,
    `$${k}k earmarked in next year's sales tooling budget`,
    `${c.contactFirst} owns a ~$${k}k discretionary budget and can sign this quarter`,
    `Spending ~$${k}k/yr on the tool they want to replace`,
  ])
}

export function crmNotes(c: TextContext): string {
  const { rng } = c
  if (c.tier === 'weak') {
    return weakOr(rng, ['interested, wants demo', 'see email thread', 'booked from sequence', 'call back'])
  }
  if (c.tier === 'middling') return `Intro call with ${c.contactFirst}. Interested in handoff tooling.`
  return rng.pick([
    `Discovery call, ${rng.int(20, 45)} min with ${c.contactFirst} (${c.contactTitle || 'contact'}). ` +
      'Next step: AE demo on handoff templates and SLA reporting.',
    `${c.contactFirst} confirmed the pain and the trigger; ` +
      `wants ${rng.int(2, 4)} colleagues on the AE call. Agenda sent.`,
    `Two calls with ${c.contactFirst}. Walked their current SDR→AE process; demo should show CRM sync.`,
  ])
}

export interface FeedbackFacts {
  companySize: number
  industry: string
  contactTitle: string
  company: string
  otherAe: string
  triggerCategory: TriggerCategory | null
}

/** Feedback that teaches: names the specific fact behind the rejection. */
export function specificFeedback(rng: Rng, reason: RejectionReason, f: FeedbackFacts): string {
  switch (reason) {
    case 'too_small':
      return rng.pick([
        `Under ${f.companySize < 20 ? 20 : 50} employees, our minimum is 50`,
        `Only ${f.companySize} employees; our minimum is 50`,
      ])
    case 'wrong_vertical':
      return `${f.industry} is outside our ICP; we have no case studies or integrations there`
    case 'no_authority':
      return /intern|student/i.test(f.contactTitle)
        ? 'Contact is an intern, no budget authority'
        : `${f.contactTitle || 'Contact'} has no say over tooling; need the VP Sales or RevOps`
    case 'no_pain_or_trigger':
      return 'No pain or trigger captured; "wants to learn more" is not a reason to meet'
    case 'incomplete_handoff':
      return 'No discovery notes, tech stack or budget signal; I cannot prep from a calendar invite'
    case 'bad_timing':
      if (f.triggerCategory === 'tool_migration') {
        return rng.pick([
          'They just renewed their current tool for 3 years; revisit next fiscal year',
          'Migration is on hold until after their year-end close; revisit in two quarters',
        ])
      }
      if (f.triggerCategory === 'funding') {
        return 'Hiring freeze announced after the raise; nothing moves until the plan is approved'
      }
      return 'Evaluating next year at the earliest; their planning cycle closed last month'
    case 'duplicate_or_existing':
      return `${f.company} already has an open opportunity owned by ${f.otherAe}`
    case 'other':
      return 'Prospect asked for pricing only by email and declined a call'
  }
}

export function vagueFeedback(rng: Rng): string {
  return rng.pick(VAGUE_FEEDBACK)
}
