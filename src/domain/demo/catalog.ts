import type { ContactInfluence } from '../handoff'

/**
 * The cast and vocabulary of the demo data set. Profiles drive the story the demo tells:
 * partner SDRs book more meetings with thinner packages, one AE answers late and vaguely, one
 * accepts almost anything (SQL inflation).
 */
export interface DemoSdr {
  name: string
  /** Outsourced agency; '' = in-house. */
  partner: string
  /** Relative booking volume. */
  volume: number
  /** Probability a package is strong / weak (the rest is middling). */
  strong: number
  weak: number
}

const NORTHBEAM = 'Northbeam Outsourcing'
const PIPELINE_FORGE = 'Pipeline Forge'

export const DEMO_SDRS: readonly DemoSdr[] = [
  { name: 'Maya Chen', partner: '', volume: 1.0, strong: 0.7, weak: 0.05 },
  { name: 'Luis Ortega', partner: '', volume: 1.0, strong: 0.5, weak: 0.12 },
  { name: 'Priya Raman', partner: '', volume: 0.9, strong: 0.6, weak: 0.08 },
  { name: 'Jordan Blake', partner: '', volume: 0.8, strong: 0.3, weak: 0.25 },
  { name: 'Tomasz Nowak', partner: NORTHBEAM, volume: 1.4, strong: 0.15, weak: 0.45 },
  { name: 'Aisha Bello', partner: NORTHBEAM, volume: 1.3, strong: 0.25, weak: 0.35 },
  { name: 'Ethan Park', partner: PIPELINE_FORGE, volume: 1.2, strong: 0.15, weak: 0.5 },
]

export interface DemoAe {
  name: string
  /** Probability of answering late (2–4 business days), and of a decision without a date. */
  late: number
  missing: number
  /** Probability that rejection feedback names a specific fact. */
  specific: number
  /** Probability of accepting a handoff below the bar. */
  lenient: number
}

export const DEMO_AES: readonly DemoAe[] = [
  { name: 'Rachel Morgan', late: 0.05, missing: 0.02, specific: 0.9, lenient: 0.12 },
  { name: 'Daniel Kim', late: 0.1, missing: 0.03, specific: 0.75, lenient: 0.2 },
  { name: 'Sofia Alvarez', late: 0.2, missing: 0.05, specific: 0.55, lenient: 0.25 },
  { name: 'Marcus Reed', late: 0.35, missing: 0.12, specific: 0.15, lenient: 0.55 },
  { name: 'Hannah Weiss', late: 0.12, missing: 0.08, specific: 0.65, lenient: 0.2 },
]

export interface DemoCampaign {
  name: string
  source: 'Outbound' | 'Inbound' | 'Event' | 'Referral'
  weight: number
}

export const DEMO_CAMPAIGNS: readonly DemoCampaign[] = [
  { name: 'Series B Founders Outbound', source: 'Outbound', weight: 3 },
  { name: 'Switch & Save', source: 'Outbound', weight: 2 },
  { name: 'RevOps Benchmark Report', source: 'Inbound', weight: 2 },
  { name: 'Website Demo Request', source: 'Inbound', weight: 1.5 },
  { name: 'SaaStr Annual Follow-up', source: 'Event', weight: 1 },
  { name: 'Customer Referral Program', source: 'Referral', weight: 0.8 },
]

/** Verticals the team sells to, and a few it does not (wrong_vertical rejections). */
export const CORE_INDUSTRIES = [
  'SaaS',
  'Fintech',
  'Healthcare',
  'Logistics',
  'Manufacturing',
  'Retail',
  'Education',
] as const
export const OFF_TARGET_INDUSTRIES = ['Government', 'Non-profit', 'Hospitality'] as const

export const COMPANY_PREFIXES = [
  'Brightwell',
  'Corvid',
  'Northwind',
  'Lumen',
  'Harbor',
  'Quarry',
  'Tessellate',
  'Bluefin',
  'Kestrel',
  'Meridian',
  'Oakline',
  'Parallax',
  'Redwood',
  'Silverline',
  'Tidewater',
  'Vantage',
  'Wayfare',
  'Zenith',
  'Alder',
  'Cobalt',
  'Driftwood',
  'Ember',
  'Foxglove',
  'Granite',
  'Ironbark',
  'Juniper',
  'Larkspur',
  'Mosaic',
  'Nimbus',
  'Orchard',
  'Pinecrest',
  'Quill',
  'Sable',
  'Trellis',
  'Aurora',
  'Beacon',
  'Cascade',
  'Dovetail',
  'Evergreen',
  'Fathom',
  'Glacier',
  'Helix',
  'Inlet',
  'Jetstream',
  'Keystone',
  'Lighthouse',
  'Monarch',
  'Northstar',
  'Onyx',
  'Prairie',
  'Ridgeway',
  'Summit',
  'Tundra',
  'Upland',
  'Verdant',
  'Westbrook',
  'Yardley',
  'Zephyr',
  'Aspen',
  'Bramble',
  'Copperleaf',
  'Delta',
]

export const COMPANY_SUFFIXES: Record<string, readonly string[]> = {
  SaaS: ['Labs', 'Cloud', 'Software', 'HQ', '.io'],
  Fintech: ['Pay', 'Capital', 'Ledger', 'Finance'],
  Healthcare: ['Health', 'Care', 'Clinics', 'Medical'],
  Logistics: ['Logistics', 'Freight', 'Supply', 'Shipping'],
  Manufacturing: ['Industries', 'Manufacturing', 'Works', 'Components'],
  Retail: ['Goods', 'Outfitters', 'Market', 'Brands'],
  Education: ['Learning', 'Academy', 'EdTech', 'Schools'],
  Government: ['County Services', 'Public Works'],
  'Non-profit': ['Foundation', 'Alliance'],
  Hospitality: ['Hotels', 'Hospitality Group'],
}

export const FIRST_NAMES = [
  'Dana',
  'Alex',
  'Morgan',
  'Sam',
  'Jamie',
  'Chris',
  'Taylor',
  'Riley',
  'Casey',
  'Jordan',
  'Elena',
  'Marco',
  'Nadia',
  'Omar',
  'Grace',
  'Henrik',
  'Ines',
  'Kofi',
  'Lena',
  'Mateo',
  'Noor',
  'Oliver',
  'Paula',
  'Ravi',
  'Sara',
  'Tobias',
  'Uma',
  'Victor',
  'Wen',
  'Yuki',
]
export const LAST_NAMES = [
  'Fischer',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Patel',
  'Sullivan',
  'Tanaka',
  'Novak',
  'Haddad',
  'Jensen',
  'Kowalski',
  'Delgado',
  'Brennan',
  'Achterberg',
  'Silva',
  'Nguyen',
  'Rossi',
  'Cohen',
  'Mensah',
  'Walsh',
  'Ibrahim',
  'Larsen',
  'Becker',
  'Romero',
  'Shah',
  'Duarte',
  'Keller',
  'Ward',
]

export const TITLES: Record<ContactInfluence, readonly string[]> = {
  decision_maker: ['VP Sales', 'Chief Revenue Officer', 'Head of Sales', 'COO', 'VP Revenue Operations'],
  influencer: ['Director of Sales Development', 'Sales Operations Manager', 'RevOps Lead', 'Head of Sales Enablement'],
  user: ['Account Executive', 'SDR Team Lead', 'Sales Development Rep'],
  none: ['Marketing Intern', 'Office Manager', 'Student', 'Sales Intern'],
  unknown: ['', 'Operations', 'Team member'],
}

export const TOOLS = {
  crm: ['Salesforce', 'HubSpot', 'Pipedrive', 'Dynamics 365'],
  engagement: ['Outreach', 'Salesloft', 'Apollo', 'HubSpot Sequences'],
  conversation: ['Gong', 'Chorus', 'Fireflies'],
} as const

export const PLACEHOLDERS = ['TBD', 'n/a', '-', '?', 'tba', 'N/A', 'unknown', '--'] as const

export const VAGUE_FEEDBACK = ['not qualified', 'not a fit', 'bad lead', 'no', 'not interested', 'meh', 'pass'] as const
