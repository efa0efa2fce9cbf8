/**
 * The rubric read against lines SDRs really write: for each criterion, lines that pass, lines
 * that fail, and lines that fill the box without evidence ("not sure", "TBD", "?"), which never
 * pass. Each line is put in the field the criterion reads, inside an otherwise strong handoff.
 */
import { describe, expect, it } from 'vitest'
import { emptyHandoff, type Handoff, type HandoffField } from '@/domain/handoff'
import { defaultSettings } from '@/domain/settings'
import { missingFields } from '@/domain/rules/checklist'
import type { CriterionId } from '@/domain/rubric/criteria'
import { isNonEvidence, suggestRubric } from '@/domain/rubric/suggest'

const settings = defaultSettings('UTC')

const strong = (overrides: Partial<Handoff>): Handoff => ({
  ...emptyHandoff({ externalId: 'T-1', sdr: 'Sam', bookedAt: '2026-11-16' }),
  company: 'Acme Logistics',
  contactName: 'Dana Reyes',
  contactTitle: 'VP Sales',
  contactInfluence: 'decision_maker',
  icpFit: '240 employees, 35 SDRs, hiring 10 more reps this year',
  discoverySummary: 'Dana said "we lose two days per handoff" and wants context up front.',
  crmNotes: 'Handoffs live in Slack threads today.',
  triggerEvent: 'New VP Sales started in October',
  timing: 'Wants a process in place by Q3',
  techStack: 'Salesforce, Outreach, Gong',
  budgetSignal: '$40k approved for sales tooling',
  ...overrides,
})

const verdict = (h: Handoff, id: CriterionId, checklist = settings) =>
  suggestRubric(h, missingFields(h, checklist), { requiredFields: checklist.requiredFields }).criteria[id]
/** A team that does not require a budget field: the notes may carry the budget signal. */
const budgetInNotes = { ...settings, requiredFields: settings.requiredFields.filter((f) => f !== 'budgetSignal') }

/** Lines that hold no evidence, in the spellings SDRs use. Every one must read as non-evidence. */
const NON_EVIDENCE = [
  'not sure',
  'Not sure yet',
  'TBD',
  'tbd - ask on the call',
  'N/A',
  'n.a.',
  '?',
  '??',
  'unknown',
  'Unknown at this point',
  'none',
  'None mentioned',
  '-',
  '—',
  'no idea',
  'No idea tbh',
  'later',
  'will find out later',
  'TBC',
  'to be confirmed',
  "didn't ask",
  'not discussed',
  'Not disclosed',
  'will check on the call',
  'idk',
  '...',
  'pending',
  'ask AE',
]

describe('non-evidence', () => {
  it.each(NON_EVIDENCE)('reads "%s" as no evidence', (line) => {
    expect(isNonEvidence(line)).toBe(true)
  })

  it.each([
    'Not sure about budget, but they run HubSpot',
    'None of their tools talk to Salesforce',
    'TBD (maybe Q3)',
    'Later this quarter, after the Series B closes',
    'No budget until the April renewal',
  ])('reads "%s" as evidence: it says something beside the hedge', (line) => {
    expect(isNonEvidence(line)).toBe(false)
  })
})

interface Table {
  id: CriterionId
  /** The fields one line is written into. */
  put: (line: string) => Partial<Handoff>
  pass: string[]
  fail: string[]
  checklist?: typeof settings
}

const TABLES: Table[] = [
  {
    id: 'icp_signal',
    put: (line) => ({ icpFit: line }),
    pass: [
      '240 employees, 35 SDRs across two offices',
      'Series B in March, doubling the sales team',
      'Runs HubSpot for 60 reps and outgrew it',
      'Hiring 12 SDRs this quarter per their careers page',
      'Migrating off Pipedrive after the merger',
      'Logistics, 800 employees, in our target vertical',
      'SOC 2 audit due, needs an audit trail of handoffs',
      'Raised $25M last month',
      '3 regional offices, each with its own AE team',
      'Uses Salesforce and Outreach, our core integrations',
      'Acquisition of a competitor closed in September',
      'New CRO from Gong wants a handoff process',
      'Opened a new office in Austin with 40 sellers',
      'Expansion into EMEA, 20 new reps',
      'Replacing spreadsheets with a real process, 150 seats',
      '50+ SDRs, outbound-heavy motion',
      'Headcount grew 30% this year',
      'GDPR review flagged their lead routing',
      'Contract ends with their current vendor in June',
      'Team of 18 AEs, 9 SDRs, one RevOps analyst',
      'Launching a partner program with Accenture',
      'Funding round of €8m led by Index',
    ],
    fail: [
      'Good fit',
      'Great fit for us',
      'fits the profile',
      'mid-market, looks right',
      'they need what we sell',
      'Perfect ICP',
      'Strong fit, decision maker engaged',
      'seems like a good fit',
      'probably a fit given their size',
      'ICP yes',
      'right industry, right size',
      'classic ICP account',
      'they would benefit from our product',
      'matches our ideal customer',
      'B2B SaaS, should be a fit',
      'sales team exists',
      'fits well with our offering',
      'they do outbound',
      'a good company for us',
      'interested in the product',
      'they are growing',
      'looks promising',
    ],
  },
  {
    id: 'prospect_words',
    put: (line) => ({ discoverySummary: line, crmNotes: '' }),
    pass: [
      'Dana said "we lose two days per handoff" on the call.',
      'In her words: "our AEs walk in blind every single time".',
      'Quote: "I need the context before the meeting, not after".',
      'He said “nobody reads the CRM notes anyway” twice.',
      'The CFO: "we are paying for seats nobody uses".',
      'Said "we rebuilt the routing three times this year" and laughed.',
      'Pain in her words: "leads sit for a week before anyone calls".',
      '"We have no idea which SDR booked what" was the opener.',
      'Ops lead: "the handoff is a calendar invite and a prayer".',
      'She put it as “our reps re-ask discovery on every first call”.',
      'VP said "I want this fixed before the board meeting".',
      '"Half our meetings are no-shows" according to the team lead.',
      'Told us "the spreadsheet breaks every Monday morning".',
      'Direct quote: "we lost the Henkel deal because of a bad handoff".',
      'He said "our AEs reject a third of what SDRs book".',
      'Mentioned "we cannot see response times at all".',
      'Prospect: "every team keeps its own version of the truth".',
      '"We need one place for the whole handoff" - Dana, head of sales.',
      'Her exact words were "the SLA exists only on paper".',
      'Summed up: "we hire fast and onboard badly".',
      '"Our SDRs game the meeting counts" said the CRO.',
      'Quoted: "nobody owns the handoff between teams".',
    ],
    fail: [
      'Interested, wants demo.',
      'Wants to learn more about the product.',
      'Good call, they want a follow up.',
      'Discussed pain points around handoffs.',
      'Prospect is evaluating options.',
      'They struggle with handoffs between SDRs and AEs.',
      'Pain is slow response times from AEs.',
      'Spoke with Dana about their process.',
      'They said it is a priority.',
      'Team is frustrated with the current tool.',
      'Needs better visibility.',
      'Open to a conversation next week.',
      'Asked for pricing and a deck.',
      'Keen on seeing how it works.',
      'They complained about "data" quality.',
      'Referred by a partner, wants info.',
      'Lots of manual work in spreadsheets.',
      'Wants to see integrations with Salesforce.',
      'They mentioned losing deals.',
      'Call went well, next step is a demo.',
      'Exploring alternatives to their current setup.',
      'Discovery done, see CRM for details.',
    ],
  },
  {
    id: 'trigger_timing',
    put: (line) => ({ triggerEvent: line, timing: '', discoverySummary: 'Dana said "we lose two days per handoff".' }),
    pass: [
      'New VP Sales started in October, wants a process by Q1',
      'Series B closed, hiring 20 reps within 90 days',
      'Salesforce contract renews in March 2027',
      'SOC 2 audit scheduled for next quarter',
      'Merger closes end of the month',
      'New CRO joined 2 weeks ago',
      'Moving off HubSpot before year-end',
      'Board asked for an SLA report by Q2',
      'Opening the Berlin office in January',
      'Hiring freeze lifts next month',
      'Current vendor sunsets the product on 2027-03-31',
      'Compliance deadline of June 30 for call recording',
      'Sales kickoff in February, wants it live before then',
      'Lost two big deals last quarter to bad handoffs, fixing it this quarter',
      'New RevOps lead started this week',
      'Budget year starts in April, deciding by March',
      'Migrating CRM within 6 months',
      'Rolling out outbound in EMEA early next year',
      'Acquired a competitor, integrating teams by H1',
      'Tool renewal due 12/01/2026',
      'Reorg announced, new teams from next quarter',
      'Launching a new product in spring, needs SDR capacity',
    ],
    fail: [
      'Interested',
      'wants a demo',
      'Wants to learn more',
      'New VP Sales started',
      'They are growing fast',
      'Unhappy with current tool',
      'Hiring SDRs',
      'Considering a change of CRM',
      'Pain with handoffs',
      'Budget available',
      'Referral from a customer',
      'Inbound request',
      'Saw our webinar',
      'Competitor lost the account',
      'Outgrowing spreadsheets',
      'Leadership wants better reporting',
      'Reps complain about lead quality',
      'Lost a deal recently',
      'Reorg happening',
      'General interest',
      'Follow up',
      'Checking options',
    ],
  },
  {
    id: 'stack_budget',
    put: (line) => ({ budgetSignal: '', discoverySummary: line, crmNotes: '' }),
    checklist: budgetInNotes,
    pass: [
      'Budget of $30k approved for Q1.',
      'CFO allocated 50k EUR for tooling.',
      'They pay $45 per seat today and would switch.',
      'Pricing is fine at their size, they asked about annual terms.',
      'Budget sits with the VP Sales, already approved.',
      '$120k total spend on sales tools this year.',
      'Has a PO ready once security signs off.',
      'Spending 20k GBP on the current vendor.',
      'Budget owner is the CRO, 25k set aside.',
      'Their ACV expectation is around $18k.',
      'Licences for 40 reps are in the plan.',
      'Contract value for the old tool was $60k.',
      '€15k left in this year’s budget.',
      'Approved headcount and tooling budget in October.',
      'Budgeted 10k USD for a pilot.',
      'They asked for pricing for 60 seats.',
      'Has budget for a Q2 rollout.',
      'Allocated funds from the enablement line.',
      'Will pay $2,500 a month for the pilot.',
      'Budget: $35k, signed off by finance.',
      'Per seat pricing works for them.',
      'Finance approved the spend last week.',
    ],
    fail: [
      'We spend two days per handoff.',
      'They are spending a lot of time on manual entry.',
      'Reps spend hours in spreadsheets.',
      'Interested, wants demo.',
      'Wants to learn more.',
      'Team of reps frustrated with handoffs.',
      'Finance will be involved later.',
      'Dana runs sales ops.',
      'Talked about their process.',
      'They liked the product tour.',
      'Next step is a demo with the AE.',
      'CFO not involved yet.',
      'Spends most of the week chasing AEs.',
      'No tool today, all manual.',
      'Decision sits with the VP.',
      'Evaluating three vendors.',
      'Needs to get buy-in from the team.',
      'Wants better reporting for the board.',
      'They spend too long on onboarding.',
      'Referral from an existing customer.',
      'Expanding the team next year.',
      'Will loop in procurement.',
    ],
  },
  {
    id: 'complete',
    put: (line) => ({ techStack: line }),
    pass: [
      'Salesforce, Outreach, Gong',
      'HubSpot Sales Hub',
      'Pipedrive and Google Sheets',
      'Dynamics 365, Teams',
      'Zoho CRM',
      'Close, Calendly',
      'Salesforce + Salesloft',
      'Spreadsheets only',
      'In-house CRM built on Postgres',
      'HubSpot, Chili Piper, ZoomInfo',
      'SAP C4C',
      'Freshsales',
      'Copper and Gmail',
      'Monday.com for pipeline',
      'Salesforce, Apollo, Slack',
      'Outreach on top of Salesforce',
      'Attio',
      'Excel and Outlook',
      'HubSpot free tier',
      'Salesforce Enterprise, 80 seats',
      'Pipedrive, Aircall',
      'Dynamics with a custom lead routing app',
    ],
    // The checklist's placeholders, in the spellings exports hold them.
    fail: [
      '',
      ' ',
      '-',
      '--',
      'n/a',
      'N/A',
      'na',
      'NA',
      'tbd',
      'TBD',
      'tba',
      'TBA',
      '?',
      'select',
      'Select',
      'SELECT',
      'null',
      'NULL',
      'unknown',
      'Unknown',
      ' tbd ',
      '\t-\t',
    ],
  },
]

describe.each(TABLES)('criterion $id against lines SDRs write', ({ id, put, pass, fail, checklist }) => {
  it('has at least 60 lines: passes, fails and non-evidence', () => {
    expect(pass.length + fail.length + NON_EVIDENCE.length).toBeGreaterThanOrEqual(60)
  })

  it.each(pass)('passes "%s"', (line) => {
    expect(verdict(strong(put(line)), id, checklist)).toMatchObject({ pass: true })
  })

  it.each(fail)('fails "%s"', (line) => {
    expect(verdict(strong(put(line)), id, checklist).pass).toBe(false)
  })

  it.each(NON_EVIDENCE)('never passes on "%s"', (line) => {
    expect(verdict(strong(put(line)), id, checklist).pass).toBe(false)
  })
})

describe('evidence from the right field', () => {
  it('does not take "spend" in a discovery quote as the budget when the budget says TBD', () => {
    const h = strong({
      budgetSignal: 'TBD',
      discoverySummary: 'Dana said "we spend two days per handoff and $40k a year on tools".',
    })
    const reading = suggestRubric(h, missingFields(h, settings), { requiredFields: settings.requiredFields })
    expect(reading.criteria.stack_budget).toEqual({ pass: false, why: 'No budget signal.' })
    expect(reading.redFlags.map((f) => f.id)).toContain('missing_fields')
  })

  it('says a tech stack of "not sure" is no evidence', () => {
    const c = verdict(strong({ techStack: 'not sure' }), 'stack_budget')
    expect(c).toEqual({ pass: false, why: 'Tech stack says "not sure", which is no evidence.' })
  })

  it('fails "complete" on a required field that says "not sure", naming it', () => {
    expect(verdict(strong({ techStack: 'not sure' }), 'complete')).toEqual({
      pass: false,
      why: 'Tech stack says "not sure", which is no evidence.',
    })
  })

  it('does not take a date in the notes for timing when the timing field says "later"', () => {
    const h = strong({ triggerEvent: 'New VP Sales started', timing: 'later', crmNotes: 'Call back on 2026-12-01.' })
    expect(verdict(h, 'trigger_timing').pass).toBe(false)
  })
})

describe('a criterion and a red flag against it', () => {
  it('does not pass the ICP signal while the ICP is flagged as assumed', () => {
    const h = strong({ icpFit: 'probably a fit, 200 employees' })
    const reading = suggestRubric(h, missingFields(h, settings))
    expect(reading.redFlags.map((f) => f.id)).toContain('icp_assumed')
    expect(reading.criteria.icp_signal).toEqual({
      pass: false,
      why: 'Not passed while the red flag "ICP assumed" stands: ICP fit is assumed, not verified: "probably"',
    })
  })

  it('does not pass the prospect words while the discovery summary is flagged missing', () => {
    const h = strong({ discoverySummary: 'n/a', crmNotes: 'She said "we lose two days per handoff".' })
    const reading = suggestRubric(h, missingFields(h, settings))
    expect(reading.redFlags.map((f) => f.id)).toContain('missing_fields')
    expect(reading.criteria.prospect_words.pass).toBe(false)
  })

  it.each(['icp_signal', 'prospect_words', 'trigger_timing', 'stack_budget', 'complete'] as CriterionId[])(
    'never shows %s passing beside a red flag that names its own field',
    (id) => {
      const fields: Record<CriterionId, HandoffField> = {
        icp_signal: 'icpFit',
        prospect_words: 'discoverySummary',
        trigger_timing: 'triggerEvent',
        stack_budget: 'budgetSignal',
        complete: 'techStack',
      }
      const h = strong({ [fields[id]]: 'TBD' })
      const reading = suggestRubric(h, missingFields(h, settings), { requiredFields: settings.requiredFields })
      expect(reading.redFlags.map((f) => f.id)).toContain('missing_fields')
      expect(reading.criteria[id].pass).toBe(false)
    },
  )
})
