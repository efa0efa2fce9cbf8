import { z } from 'zod'
import { HANDOFF_FIELDS, TEXT_FIELDS, type HandoffField } from '../handoff'
import { ImportError } from './errors'

/**
 * The mapping file (docs/product.md, "Mapping file" and "Mapping file, more"): which header feeds each
 * Handoff field — one header, several headers read together, or `null` for "this export has no
 * such column" — optional value maps per field, and an optional day/month order.
 */
export const DATE_ORDERS = ['MDY', 'DMY', 'YMD'] as const
export type DateOrder = (typeof DATE_ORDERS)[number]

const fieldSchema = z.enum(HANDOFF_FIELDS as [HandoffField, ...HandoffField[]])

/** Enumerated fields read from several columns by "first cell found in the value map decides". */
export const DECIDING_FIELDS = [
  'status',
  'contactInfluence',
  'rejectionReason',
  'triggerCategory',
  'outcome',
] as const satisfies readonly HandoffField[]

/** Fields that may name several columns: the deciding fields, and free text (cells joined). */
export const MULTI_COLUMN_FIELDS: ReadonlySet<HandoffField> = new Set<HandoffField>([
  ...DECIDING_FIELDS,
  ...TEXT_FIELDS,
])

/** One header, several headers in order, or null: "not in this export" (never matched by name). */
export const columnRefSchema = z.union([z.string(), z.array(z.string()).min(1), z.null()])
export type ColumnRef = z.infer<typeof columnRefSchema>

export const mappingSchema = z.object({
  columns: z.partialRecord(fieldSchema, columnRefSchema),
  values: z.partialRecord(fieldSchema, z.record(z.string(), z.string())).optional(),
  dateOrder: z.enum(DATE_ORDERS).optional(),
})
export type Mapping = z.infer<typeof mappingSchema>

/** The headers a column reference names, in order ([] for null or absent). */
export const headersOf = (ref: ColumnRef | undefined): string[] =>
  ref == null ? [] : typeof ref === 'string' ? [ref] : [...ref]

/** The inverse of `headersOf` for one or more headers: a lone header is written as itself. */
export const columnRefOf = (headers: readonly string[]): string | string[] =>
  headers.length > 1 ? [...headers] : headers[0]!

/** A mapping file's JSON (already `JSON.parse`d, so `unknown`) → Mapping, or a readable error. */
export function parseMapping(json: unknown): Mapping {
  const result = mappingSchema.safeParse(json)
  if (!result.success) {
    const reasons = result.error.issues.map((i) => `${i.path.join('.') || 'mapping'}: ${i.message}`)
    throw new ImportError('bad-mapping', `The mapping file is not valid: ${reasons.join('; ')}`)
  }
  const several = (Object.entries(result.data.columns) as [HandoffField, ColumnRef][])
    .filter(([field, ref]) => Array.isArray(ref) && ref.length > 1 && !MULTI_COLUMN_FIELDS.has(field))
    .map(([field]) => field)
  if (several.length > 0) {
    throw new ImportError(
      'bad-mapping',
      `The mapping file is not valid: ${several.join(', ')} can be read from one column only (several columns work for status, contactInfluence, rejectionReason, triggerCategory, outcome and free-text fields)`,
    )
  }
  return result.data
}

/** Header comparison ignores case, spaces (any Unicode white space), underscores and hyphens. */
export const normalizeHeader = (header: string): string => header.toLowerCase().replace(/[\s_-]+/g, '')

export type PresetName = 'template' | 'hubspot' | 'salesforce'

export interface Preset {
  name: PresetName
  /** Headers per field, best first. Template field names always match too. */
  columns: Partial<Record<HandoffField, readonly string[]>>
  /** Headers that identify the CRM without feeding a field (e.g. "Deal Stage"). */
  signature: readonly string[]
}

const template: Preset = { name: 'template', columns: {}, signature: [] }

const hubspot: Preset = {
  name: 'hubspot',
  columns: {
    externalId: ['Record ID', 'Deal ID', 'Meeting ID', 'Activity ID'],
    sdr: [
      'SDR Owner',
      'SDR',
      'BDR Owner',
      'BDR',
      'Meeting Booked By',
      'Booked By',
      'Activity Created By',
      'Created By',
    ],
    ae: ['Deal Owner', 'AE Owner', 'Account Executive', 'AE', 'Contact Owner', 'Company Owner'],
    partner: ['Partner', 'SDR Agency', 'Agency'],
    company: ['Associated Company', 'Company Name', 'Company', 'Associated Company (Primary)'],
    companySize: ['Number of Employees', 'Company Size', 'Employees', 'Employee Count'],
    industry: ['Industry'],
    segment: ['Segment', 'Market Segment', 'Company Segment'],
    campaign: ['Campaign', 'Associated Campaign', 'Original Source Drill-Down 2'],
    source: ['Original Source', 'Lead Source', 'Source', 'Original Source Type'],
    contactName: ['Associated Contact', 'Contact Name', 'Full Name', 'Contact'],
    contactTitle: ['Job Title', 'Contact Title', 'Title'],
    contactInfluence: ['Buying Role', 'Contact Influence', 'Persona'],
    bookedAt: ['Meeting Booked Date', 'Booked Date', 'Date Booked', 'Create Date', 'Created Date', 'Activity Date'],
    meetingAt: ['Meeting Start Time', 'Meeting Date', 'Meeting Start Date', 'First Meeting Date'],
    respondedAt: ['AE Response Date', 'AE Accepted Date', 'Accepted Date', 'Handoff Decision Date', 'Decision Date'],
    status: ['Handoff Status', 'Acceptance Status', 'AE Status', 'AE Acceptance'],
    rejectionReason: ['Rejection Reason', 'Rejected Reason', 'Closed Lost Reason'],
    aeFeedback: ['AE Feedback', 'AE Notes', 'Rejection Notes'],
    crmNotes: ['Notes', 'Meeting Notes', 'Handoff Notes', 'Deal Description', 'Description'],
    discoverySummary: ['Discovery Summary', 'Discovery Notes', 'Pain Points', 'Pain'],
    icpFit: ['ICP Fit', 'ICP Notes', 'Fit Reason'],
    triggerEvent: ['Trigger Event', 'Trigger'],
    triggerCategory: ['Trigger Category', 'Trigger Type'],
    timing: ['Timing', 'Timeline', 'Buying Timeframe'],
    techStack: ['Tech Stack', 'Current Tools', 'Technologies'],
    budgetSignal: ['Budget Signal', 'Budget'],
    recordingUrl: ['Recording URL', 'Call Recording', 'Meeting Recording'],
    outcome: ['Meeting Outcome', 'Outcome', 'Call and meeting outcome'],
    pipelineAmount: ['Amount', 'Pipeline Amount', 'Deal Amount'],
  },
  signature: [
    'Deal Stage',
    'Deal Name',
    'Pipeline',
    'Close Date',
    'Last Activity Date',
    'Deal Type',
    'Lifecycle Stage',
  ],
}

const salesforce: Preset = {
  name: 'salesforce',
  columns: {
    externalId: ['Opportunity ID', 'Lead ID', 'Event ID', 'Activity ID', 'Id', 'Record ID'],
    // "Created By ID" is the API name's spelling (CreatedById) in data-loader and warehouse extracts.
    sdr: [
      'SDR',
      'SDR Name',
      'BDR',
      'Created By',
      'Created By: Full Name',
      'Created By ID',
      'Erstellt von',
      'Créé par',
      'Lead Owner',
      'Assigned',
    ],
    ae: ['Opportunity Owner', 'Owner Name', 'Account Executive', 'AE', 'Opportunity Owner: Full Name'],
    partner: ['Partner', 'Partner Account', 'SDR Agency'],
    company: ['Account Name', 'Company / Account', 'Company', 'Account Name: Account Name'],
    companySize: ['Employees', 'No. of Employees', 'Number of Employees', 'Company Size'],
    industry: ['Industry'],
    segment: ['Segment', 'Market Segment'],
    campaign: ['Primary Campaign Source', 'Campaign', 'Campaign Name'],
    source: ['Lead Source', 'Source'],
    contactName: ['Contact Name', 'Primary Contact', 'Contact', 'Full Name', 'Name'],
    contactTitle: ['Title', 'Contact Title', 'Job Title'],
    contactInfluence: ['Contact Role', 'Role', 'Buying Role'],
    bookedAt: ['Meeting Booked Date', 'Meeting Set Date', 'Booked Date', 'Created Date', 'Create Date', 'Date Created'],
    meetingAt: ['Meeting Date', 'Meeting Date/Time', 'Start Date Time', 'First Meeting Date', 'Start'],
    respondedAt: ['Accepted Date', 'AE Response Date', 'Accepted Decision Date', 'Decision Date', 'SAL Date'],
    status: ['Handoff Status', 'Acceptance Status', 'AE Status', 'Accepted', 'Is Accepted'],
    rejectionReason: [
      'Rejection Reason',
      'Rejected Reason',
      'Disqualified Reason',
      'Loss Reason',
      'Closed Lost Reason',
    ],
    aeFeedback: ['AE Feedback', 'AE Comments', 'Rejection Comments'],
    crmNotes: ['Description', 'Notes', 'Comments', 'Handoff Notes'],
    discoverySummary: ['Discovery Summary', 'Discovery Notes', 'Pain Points'],
    icpFit: ['ICP Fit', 'ICP Notes', 'Fit Reason'],
    triggerEvent: ['Trigger Event', 'Trigger'],
    triggerCategory: ['Trigger Category', 'Trigger Type'],
    timing: ['Timing', 'Timeline', 'Timeframe'],
    techStack: ['Tech Stack', 'Current Systems', 'Technologies'],
    budgetSignal: ['Budget Signal', 'Budget', 'Budget Confirmed'],
    recordingUrl: ['Recording URL', 'Call Recording'],
    outcome: ['Meeting Outcome', 'Outcome', 'Meeting Status'],
    pipelineAmount: ['Amount', 'Opportunity Amount', 'Expected Revenue', 'Pipeline Amount'],
  },
  signature: [
    'Stage',
    'Close Date',
    'Probability (%)',
    'Fiscal Period',
    'Account Owner',
    'Opportunity Name',
    'Lead Status',
    'Type',
  ],
}

const PRESETS: readonly Preset[] = [template, hubspot, salesforce]

/**
 * Plain headers a person maps at a glance (docs/product.md, "Recognising an export"): the words of
 * hand-kept trackers in Google Sheets or Excel. Tried right after a field's own name, before any
 * CRM's aliases, whatever the file is. A bare "Status" is not here: whether it decides is a
 * question for its values (decision-column.ts).
 */
const PLAIN_HEADERS: Partial<Record<HandoffField, readonly string[]>> = {
  externalId: ['ID', 'Record ID', 'Meeting ID', 'Deal ID', 'Row ID'],
  sdr: [
    'SDR',
    'BDR',
    'Setter',
    'Booked By',
    'SDR Name',
    'BDR Name',
    'SDR Owner',
    'BDR Owner',
    'Set By',
    'Appointment Setter',
    'Meeting Setter',
    'Sales Development Rep',
    'Booker',
    'Booker Name',
    'Scheduled By',
    'Meeting Booked By',
  ],
  // A meeting's host or organizer is the AE who takes it (meeting tools' exports).
  ae: [
    'AE',
    'Closer',
    'Account Executive',
    'AE Name',
    'AE Owner',
    'Assigned AE',
    'AE Assigned',
    'Handed To',
    'Owned By',
    'Organizer',
    'Organiser',
    'Host',
    'Meeting Host',
    'Meeting Owner',
    'Assignee',
    'Assigned To',
    'Opportunity-Inhaber',
    "Propriétaire de l'opportunité",
  ],
  partner: ['Partner', 'Agency', 'SDR Agency'],
  // Spanish trackers too: Empresa, Empleados, Fecha agendada, Motivo de rechazo, Comentarios del AE.
  company: ['Company', 'Company Name', 'Account', 'Account Name', 'Organization', 'Organisation', 'Empresa', 'Cuenta'],
  companySize: [
    'Employees',
    'Company Size',
    'Headcount',
    'Employee Count',
    'No. of Employees',
    '# Employees',
    'Empleados',
    'Nº de empleados',
  ],
  industry: ['Industry', 'Vertical'],
  segment: ['Segment'],
  campaign: ['Campaign'],
  source: ['Source', 'Lead Source', 'Channel'],
  contactName: ['Contact', 'Contact Name', 'Prospect', 'Prospect Name', 'Lead Name'],
  contactTitle: ['Title', 'Job Title', 'Contact Title'],
  bookedAt: [
    'Date Booked',
    'Booked On',
    'Booked Date',
    'Set Date',
    'Date Set',
    'Booking Date',
    'Meeting Booked',
    'Meeting Booked Date',
    'Meeting Set Date',
    'Appointment Set Date',
    'Handoff Date',
    'Date Handed Off',
    'Booked At',
    'Created At',
    'Created On',
    'Date Created',
    'Date Scheduled',
    'Scheduled On',
    'Erstelldatum',
    'Erstellt am',
    'Date de création',
    'Fecha agendada',
    'Fecha de agendamiento',
    'Fecha de creación',
  ],
  meetingAt: [
    'Meeting Date',
    'Meeting Time',
    'Meeting On',
    'Meeting Date/Time',
    'Demo Date',
    'Appointment Date',
    'Meeting Start',
    'Meeting Start Time',
    'Start Time',
    'Scheduled For',
    'Fecha de reunión',
    'Fecha de la reunión',
  ],
  respondedAt: ['Decision Date', 'Decided On', 'AE Decision Date', 'Response Date', 'Date Accepted', 'Accepted On'],
  status: [
    'AE Decision',
    'Accepted?',
    'Decision',
    'AE Accepted?',
    'Accepted by AE',
    'Accepted',
    'AE Status',
    'Handoff Status',
    'Acceptance',
    'Accepted / Rejected',
  ],
  rejectionReason: [
    'Rejection Reason',
    'Reason',
    'Reject Reason',
    'Decline Reason',
    'Reason Rejected',
    'Why Rejected',
    'Motivo de rechazo',
  ],
  aeFeedback: ['AE Feedback', 'AE Comments', 'AE Notes', 'Feedback', 'Comentarios del AE'],
  crmNotes: ['Notes', 'Comments', 'Handoff Notes', 'Meeting Notes'],
  outcome: ['Meeting Outcome', 'Show / No Show', 'Showed?', 'Held?'],
  pipelineAmount: ['Amount', 'Deal Amount', 'Pipeline Amount', 'Opportunity Amount'],
}

const FIELD_BY_NORMALIZED = new Map<string, HandoffField>(HANDOFF_FIELDS.map((f) => [normalizeHeader(f), f]))

const KNOWN_HEADERS = new Set<string>([
  ...FIELD_BY_NORMALIZED.keys(),
  ...PRESETS.flatMap((p) => [...Object.values(p.columns).flat(), ...p.signature].map((h) => normalizeHeader(h!))),
  ...Object.values(PLAIN_HEADERS).flatMap((hs) => hs.map(normalizeHeader)),
])

/** Whether a header cell is one any preset knows: used to find the header row under junk lines. */
export const isKnownHeader = (cell: string): boolean => KNOWN_HEADERS.has(normalizeHeader(cell))

function presetHeaders(preset: Preset): Set<string> {
  return new Set([...Object.values(preset.columns).flat(), ...preset.signature].map((h) => normalizeHeader(h!)))
}

/**
 * The preset whose headers overlap the file's the most. A file whose headers are mostly Handoff
 * field names is the template; ties go to the earlier preset (template, HubSpot, Salesforce).
 */
export function detectPreset(headers: readonly string[]): { name: PresetName; matched: number } {
  const normalized = new Set(headers.map(normalizeHeader).filter((h) => h !== ''))
  const templateHits = [...normalized].filter((h) => FIELD_BY_NORMALIZED.has(h)).length
  let best: { name: PresetName; matched: number } = { name: 'template', matched: templateHits }
  for (const preset of PRESETS) {
    if (preset.name === 'template') continue
    const known = presetHeaders(preset)
    const matched = [...normalized].filter((h) => known.has(h)).length
    if (matched > best.matched && !(templateHits >= 3 && templateHits * 2 >= normalized.size)) {
      best = { name: preset.name, matched }
    }
  }
  return best
}

/**
 * A mapping for these headers: each field takes the header equal to its own name (the
 * template rule), else the first header the preset lists for it, else another preset's. One
 * header feeds at most one field (first claim wins, fields in docs/product.md order after exact
 * names).
 */
export function autoMapping(headers: readonly string[], presetName?: PresetName): Mapping {
  const preset = PRESETS.find((p) => p.name === (presetName ?? detectPreset(headers).name)) ?? template
  const byNormalized = new Map<string, string>()
  for (const h of headers) {
    const n = normalizeHeader(h)
    if (n !== '' && !byNormalized.has(n)) byNormalized.set(n, h)
  }
  const columns: Record<string, string> = {}
  const used = new Set<string>()
  const isTemplate = isTemplateLayout(headers)
  for (const field of HANDOFF_FIELDS) {
    const exact = byNormalized.get(normalizeHeader(field))
    // A bare "Status" column in a CRM's export is the record's own status (a task's "Completed"),
    // not the AE's decision: only the app's template means the handoff status by it. Elsewhere
    // its values decide (decision-column.ts).
    if (field === 'status' && !isTemplate) continue
    if (exact !== undefined) {
      columns[field] = exact
      used.add(exact)
    }
  }
  // Then plain headers, then the preset's aliases, then another preset's (a template file with
  // "Meeting Booked Date", say).
  for (const aliases of [PLAIN_HEADERS, ...[preset, ...PRESETS].map((p) => p.columns)])
    claimAliases(aliases, byNormalized, columns, used)
  return { columns: columns as Mapping['columns'] }
}

/** Each field still without a column takes the first of its aliases the file has and no field took. */
function claimAliases(
  aliases: Partial<Record<HandoffField, readonly string[]>>,
  byNormalized: ReadonlyMap<string, string>,
  columns: Record<string, string>,
  used: Set<string>,
): void {
  for (const field of HANDOFF_FIELDS) {
    if (columns[field] !== undefined) continue
    for (const alias of aliases[field] ?? []) {
      const header = byNormalized.get(normalizeHeader(alias))
      if (header !== undefined && !used.has(header)) {
        columns[field] = header
        used.add(header)
        break
      }
    }
  }
}

/**
 * The app's own template: at least three headers are Handoff field names, and they are at least
 * half of the file's headers (what `detectPreset` calls the template).
 */
export function isTemplateLayout(headers: readonly string[]): boolean {
  const normalized = new Set(headers.map(normalizeHeader).filter((h) => h !== ''))
  const hits = [...normalized].filter((h) => FIELD_BY_NORMALIZED.has(h)).length
  return hits >= 3 && hits * 2 >= normalized.size
}

/** Whether a header is the bare word "Status" (any case or spacing). */
export const isBareStatusHeader = (header: string): boolean => normalizeHeader(header) === 'status'

/** Fields whose value the pipeline parses as a date. */
export const DATE_FIELDS = ['bookedAt', 'meetingAt', 'respondedAt'] as const satisfies readonly HandoffField[]
export type DateField = (typeof DATE_FIELDS)[number]
