import type { HandoffField, HandoffStatus, RejectionReason } from '../handoff'
import { normalizeHeader } from './mapping'
import { joinAnd, oneOrMany } from '../format'

/**
 * The CRM and scheduler exports the import recognises from their headers alone (docs/product.md,
 * "Known exports"). Pure data: the header strings, stage vocabularies and owner columns come from
 * public material cited per layout in docs/exports.md; nothing here reads a file.
 *
 * `columns` follows the mapping-file semantics (docs/product.md, "Mapping file, more"): a header name,
 * several headers read in order (status: the first cell found in `values` decides), or `null` for
 * "this export has no such column, never match it by name". Only the `signature` headers are
 * guaranteed to be in a file of the layout; a team may drop other columns from its report, so a
 * `columns` header the file lacks means "not carried", not an error. Fields left out are matched
 * the usual way (template names), so a team's custom "Discovery Summary" column still counts.
 */
export interface KnownExport {
  /** Lower-case CRM name written to the report JSON's `importSource`. */
  importSource:
    | 'salesforce'
    | 'hubspot'
    | 'pipedrive'
    | 'zoho'
    | 'dynamics'
    | 'close'
    | 'calendly'
    | 'chilipiper'
    | 'outreach'
    | 'salesloft'
    | 'apollo'
    | 'copper'
    | 'freshsales'
    | 'monday'
  id: string
  label: string
  /** Headers that together identify the layout, compared after `normalizeHeader`. */
  signature: readonly string[]
  columns: Partial<Record<HandoffField, string | readonly string[] | null>>
  /** Raw value → value, per field (matched ignoring case and surrounding spaces, as mapping files are). */
  values?: Partial<Record<HandoffField, Record<string, string>>>
  /** Only when the layout fixes the day/month order whatever the user's locale. */
  dateOrder?: 'MDY' | 'DMY' | 'YMD'
}

type Decisions = Record<string, HandoffStatus>

// ── Stage vocabularies ──────────────────────────────────────────────────────────────────────
// The rule behind every table (docs/exports.md, "From stage to decision"): a meeting booked but
// not yet judged is pending; a record the AE moved past the meeting stage (a working opportunity,
// a converted lead, a won deal, a deal lost to a competitor after real work) was accepted; a record
// closed without becoming real pipeline (disqualified, unqualified, plain "Closed Lost", recycled
// to nurture) was rejected. A weekly huddle reads last week's bookings, so a "Closed Lost" on a
// deal booked days ago is almost always the AE turning the meeting down, not a lost sale.

/** Stage names SDR teams add to any CRM (custom picklist values seen across Salesforce/HubSpot/Pipedrive). */
export const SDR_STAGES: Decisions = {
  'Meeting Booked': 'pending',
  'Meeting Scheduled': 'pending',
  'Meeting Set': 'pending',
  'Appointment Set': 'pending',
  'Appointment Scheduled': 'pending',
  'Demo Booked': 'pending',
  'Demo Scheduled': 'pending',
  'Discovery Scheduled': 'pending',
  'Discovery Call Scheduled': 'pending',
  'Meeting Held': 'pending',
  'Meeting Completed': 'pending',
  'No Show': 'pending',
  'No-Show': 'pending',
  Rescheduled: 'pending',
  SQL: 'pending',
  'SQL - Pending': 'pending',
  'Pending Acceptance': 'pending',
  'Awaiting AE': 'pending',
  'SQL - Accepted': 'accepted',
  'SQL Accepted': 'accepted',
  'Sales Accepted': 'accepted',
  'Sales Accepted Lead': 'accepted',
  SAL: 'accepted',
  Accepted: 'accepted',
  Opportunity: 'accepted',
  'Opportunity Created': 'accepted',
  'Qualified Opportunity': 'accepted',
  'SQL - Rejected': 'rejected',
  'SQL Rejected': 'rejected',
  'Sales Rejected': 'rejected',
  Rejected: 'rejected',
  Disqualified: 'rejected',
  Unqualified: 'rejected',
  'Not Qualified': 'rejected',
  Recycled: 'rejected',
  Nurture: 'rejected',
  'Closed Lost': 'rejected',
  'Closed - Lost': 'rejected',
  'Closed Won': 'accepted',
  'Closed - Won': 'accepted',
}

/** Salesforce's default Opportunity StageName picklist; "Prospecting" is the first stage. */
const SALESFORCE_OPPORTUNITY_STAGES: Decisions = {
  Prospecting: 'pending',
  Qualification: 'accepted',
  'Needs Analysis': 'accepted',
  'Value Proposition': 'accepted',
  'Id. Decision Makers': 'accepted',
  'Perception Analysis': 'accepted',
  'Proposal/Price Quote': 'accepted',
  'Negotiation/Review': 'accepted',
  'Closed Won': 'accepted',
  'Closed Lost': 'rejected',
}

/** Salesforce's default Lead Status values (old and current orgs). */
const SALESFORCE_LEAD_STATUSES: Decisions = {
  'Open - Not Contacted': 'pending',
  'Working - Contacted': 'pending',
  'Closed - Converted': 'accepted',
  'Closed - Not Converted': 'rejected',
  New: 'pending',
  Working: 'pending',
  Qualified: 'pending',
  Nurturing: 'rejected',
  Unqualified: 'rejected',
}

/** HubSpot's default sales pipeline: internal ids (API, imports) and the labels exports show. */
const HUBSPOT_DEAL_STAGES: Decisions = {
  appointmentscheduled: 'pending',
  'Appointment Scheduled': 'pending',
  qualifiedtobuy: 'accepted',
  'Qualified To Buy': 'accepted',
  presentationscheduled: 'accepted',
  'Presentation Scheduled': 'accepted',
  decisionmakerboughtin: 'accepted',
  'Decision Maker Bought-In': 'accepted',
  contractsent: 'accepted',
  'Contract Sent': 'accepted',
  closedwon: 'accepted',
  'Closed Won': 'accepted',
  closedlost: 'rejected',
  'Closed Lost': 'rejected',
}

/**
 * HubSpot contacts: only the decisive Lead Status values (internal ids and labels) and every
 * Lifecycle Stage. Lead Status comes first; "New", "Connected", "In Progress" are left out so the
 * lifecycle stage decides for those ("Opportunity" = a deal exists = accepted).
 */
const HUBSPOT_CONTACT_STATUSES: Decisions = {
  OPEN_DEAL: 'accepted',
  'Open Deal': 'accepted',
  UNQUALIFIED: 'rejected',
  Unqualified: 'rejected',
  BAD_TIMING: 'rejected',
  'Bad Timing': 'rejected',
  subscriber: 'pending',
  Subscriber: 'pending',
  lead: 'pending',
  Lead: 'pending',
  marketingqualifiedlead: 'pending',
  'Marketing Qualified Lead': 'pending',
  salesqualifiedlead: 'pending',
  'Sales Qualified Lead': 'pending',
  opportunity: 'accepted',
  Opportunity: 'accepted',
  customer: 'accepted',
  Customer: 'accepted',
  evangelist: 'accepted',
  Evangelist: 'accepted',
  other: 'pending',
  Other: 'pending',
}

/**
 * Pipedrive: "Deal - Status" first (Won / Lost / Deleted decide; "Open" is left out so the stage
 * decides), then "Deal - Stage" from the default pipelines (old and current).
 */
const PIPEDRIVE_STATUSES: Decisions = {
  Won: 'accepted',
  Lost: 'rejected',
  Deleted: 'rejected',
  'Lead In': 'pending',
  Qualified: 'pending',
  'Contact Made': 'pending',
  'Demo Scheduled': 'pending',
  'Needs Defined': 'accepted',
  'Proposal Made': 'accepted',
  'Negotiations Started': 'accepted',
}

/** Zoho CRM's default Deals (Potentials) stages; "Qualification" is Zoho's first stage. */
const ZOHO_DEAL_STAGES: Decisions = {
  Prospect: 'pending',
  Qualification: 'pending',
  'Needs Analysis': 'accepted',
  'Value Proposition': 'accepted',
  'Id. Decision Makers': 'accepted',
  'Identify Decision Makers': 'accepted',
  'Perception Analysis': 'accepted',
  'Initial Offer': 'accepted',
  'Proposal/Price Quote': 'accepted',
  'Negotiation/Review': 'accepted',
  'Closed Won': 'accepted',
  'Closed Lost': 'rejected',
  'Closed-Lost to Competition': 'accepted',
  'Closed Lost to Competition': 'accepted',
}

/** Zoho lead statuses, every one: a lead file's "No" in CONVERTED must never decide by itself. */
const ZOHO_LEAD_STATUSES: Decisions = {
  Yes: 'accepted',
  'Not Contacted': 'pending',
  'Attempted to Contact': 'pending',
  Contacted: 'pending',
  'Contact in Future': 'rejected',
  'Pre-Qualified': 'pending',
  'Pre Qualified': 'pending',
  'Not Qualified': 'rejected',
  'Junk Lead': 'rejected',
  'Lost Lead': 'rejected',
}

/** Dynamics 365 opportunity Status Reason, then Status (statecode labels). */
const DYNAMICS_STATUSES: Decisions = {
  'In Progress': 'pending',
  'On Hold': 'pending',
  Won: 'accepted',
  Canceled: 'rejected',
  'Out-Sold': 'accepted',
  Open: 'pending',
  Lost: 'rejected',
}

/**
 * Close: status_label only. Value maps ignore case, so the type "active" cannot be told from the
 * default label "Active"; reading the type as a fallback would make every custom active status
 * silently pending. Custom labels (won or lost types included) are listed for confirmation.
 */
const CLOSE_STATUSES: Decisions = {
  Active: 'pending',
  Won: 'accepted',
  Lost: 'rejected',
}

/**
 * Salesforce's default Opportunity stages as a German org exports them. The labels are the
 * translations orgs really hold (seen in public Salesforce metadata: "Geschlossene und gewonnene",
 * "Geschlossen und verloren"); teams' own SDR stages often stay English, so SDR_STAGES apply too.
 */
const SALESFORCE_STAGES_DE: Decisions = {
  Interessent: 'pending',
  Akquise: 'pending',
  Qualifizierung: 'accepted',
  Bedarfsanalyse: 'accepted',
  Wertversprechen: 'accepted',
  'Entscheidungsträger identifizieren': 'accepted',
  Wahrnehmungsanalyse: 'accepted',
  'Angebot/Preisangebot': 'accepted',
  'Verhandlung/Überprüfung': 'accepted',
  'Geschlossene und gewonnene': 'accepted',
  'Geschlossen und gewonnen': 'accepted',
  'Geschlossen und verloren': 'rejected',
  'Geschlossene und verlorene': 'rejected',
  'Termin vereinbart': 'pending',
  Abgelehnt: 'rejected',
  Akzeptiert: 'accepted',
}

/** The same stages as a French org exports them. */
const SALESFORCE_STAGES_FR: Decisions = {
  Prospection: 'pending',
  Qualification: 'accepted',
  'Analyse des besoins': 'accepted',
  'Proposition de valeur': 'accepted',
  'Identification des décideurs': 'accepted',
  'Analyse de perception': 'accepted',
  'Proposition/Devis': 'accepted',
  'Proposition/Offre de prix': 'accepted',
  'Négociation/Révision': 'accepted',
  'Fermée gagnée': 'accepted',
  'Fermée/Gagnée': 'accepted',
  'Fermée perdue': 'rejected',
  'Fermée/Perdue': 'rejected',
  'Rendez-vous fixé': 'pending',
  Acceptée: 'accepted',
  Refusée: 'rejected',
}

/** Copper: the opportunity Status (Open / Won / Lost / Abandoned); "Open" is left to the stage. */
const COPPER_STATUSES: Decisions = {
  Won: 'accepted',
  Lost: 'rejected',
  Abandoned: 'rejected',
  Qualified: 'pending',
  'Follow-up': 'pending',
  Presentation: 'accepted',
  Negotiation: 'accepted',
}

/** Freshsales' default deal stages (Sales pipeline); Won and Lost close a deal. */
const FRESHSALES_STAGES: Decisions = {
  New: 'pending',
  'Demo Scheduled': 'pending',
  Qualification: 'pending',
  Proposal: 'accepted',
  Negotiation: 'accepted',
  Won: 'accepted',
  Lost: 'rejected',
}

/** Attendance words of meeting tools: who turned up, never whether the AE accepted the handoff. */
const MEETING_OUTCOMES: Record<string, string> = {
  Scheduled: '',
  Booked: '',
  Upcoming: '',
  Completed: 'held',
  Held: 'held',
  Attended: 'held',
  'No Show': 'no_show',
  'No-Show': 'no_show',
  Rescheduled: 'rescheduled',
  Canceled: 'cancelled',
  Cancelled: 'cancelled',
}

/** Lost-reason texts seen in CRM picklists → the product's rejection taxonomy. */
const LOST_REASONS: Record<string, RejectionReason> = {
  'Too small': 'too_small',
  'Company too small': 'too_small',
  'Not enough employees': 'too_small',
  'Wrong industry': 'wrong_vertical',
  'Not ICP': 'wrong_vertical',
  'Not a fit': 'wrong_vertical',
  'No decision maker': 'no_authority',
  'Not the decision maker': 'no_authority',
  'Wrong contact': 'no_authority',
  'No need': 'no_pain_or_trigger',
  'No interest': 'no_pain_or_trigger',
  'Not interested': 'no_pain_or_trigger',
  'No pain': 'no_pain_or_trigger',
  'Bad timing': 'bad_timing',
  Timing: 'bad_timing',
  'Not now': 'bad_timing',
  'Bad Timing': 'bad_timing',
  Duplicate: 'duplicate_or_existing',
  'Duplicate deal': 'duplicate_or_existing',
  'Existing customer': 'duplicate_or_existing',
  'Already a customer': 'duplicate_or_existing',
  'Missing information': 'incomplete_handoff',
  'Incomplete handoff': 'incomplete_handoff',
  'No budget': 'other',
  Price: 'other',
  'Lost to competitor': 'other',
  Competitor: 'other',
  'Went dark': 'other',
  'No response': 'other',
}

const withSdr = (own: Decisions): Decisions => ({ ...SDR_STAGES, ...own })

// ── Layouts ─────────────────────────────────────────────────────────────────────────────────

const salesforceOpportunities: KnownExport = {
  importSource: 'salesforce',
  id: 'salesforce-opportunities',
  label: 'Salesforce report: opportunities',
  signature: ['Opportunity Name', 'Opportunity Owner', 'Stage'],
  columns: {
    externalId: 'Opportunity ID',
    // The SDR creates the opportunity when the meeting is booked; the owner is the AE.
    sdr: 'Created By',
    ae: 'Opportunity Owner',
    company: 'Account Name',
    source: 'Lead Source',
    campaign: 'Primary Campaign Source',
    bookedAt: 'Created Date',
    status: 'Stage',
    crmNotes: 'Description',
    pipelineAmount: 'Amount',
  },
  values: { status: withSdr(SALESFORCE_OPPORTUNITY_STAGES) },
}

const salesforceActivities: KnownExport = {
  importSource: 'salesforce',
  id: 'salesforce-activities',
  label: 'Salesforce report: tasks and events',
  signature: ['Subject', 'Assigned', 'Company / Account'],
  columns: {
    externalId: 'Activity ID',
    // The SDR creates the event on the AE's calendar: "Created By" books, "Assigned" takes it.
    sdr: 'Created By',
    ae: 'Assigned',
    company: 'Company / Account',
    contactName: 'Contact',
    bookedAt: 'Created Date',
    meetingAt: 'Date',
    crmNotes: 'Comments',
    // "Status" here is the task's (Not Started / Completed), never the AE's decision.
    status: null,
    outcome: 'Status',
  },
  values: {
    outcome: {
      Completed: 'held',
      'Not Started': '',
      'In Progress': '',
      'Waiting on someone else': '',
      Deferred: 'rescheduled',
    },
  },
}

const salesforceLeads: KnownExport = {
  importSource: 'salesforce',
  id: 'salesforce-leads',
  label: 'Salesforce report: leads',
  signature: ['Lead Owner', 'Lead Status', 'Company / Account'],
  columns: {
    externalId: 'Lead ID',
    // SDRs own leads; an AE appears only once the lead converts to an opportunity.
    sdr: 'Lead Owner',
    ae: null,
    company: 'Company / Account',
    companySize: 'No. of Employees',
    industry: 'Industry',
    source: 'Lead Source',
    contactTitle: 'Title',
    bookedAt: 'Created Date',
    status: 'Lead Status',
    crmNotes: 'Description',
  },
  values: { status: withSdr(SALESFORCE_LEAD_STATUSES) },
}

const hubspotDeals: KnownExport = {
  importSource: 'hubspot',
  id: 'hubspot-deals',
  label: 'HubSpot export: deals',
  signature: ['Record ID', 'Deal Name', 'Deal Stage', 'Pipeline'],
  columns: {
    externalId: 'Record ID',
    sdr: 'Created by user ID',
    ae: 'Deal owner',
    company: 'Associated Company',
    contactName: 'Associated Contact',
    bookedAt: 'Create Date',
    status: 'Deal Stage',
    rejectionReason: 'Closed Lost Reason',
    crmNotes: 'Deal Description',
    pipelineAmount: 'Amount',
  },
  values: { status: withSdr(HUBSPOT_DEAL_STAGES), rejectionReason: LOST_REASONS },
}

const hubspotMeetings: KnownExport = {
  importSource: 'hubspot',
  id: 'hubspot-meetings',
  label: 'HubSpot export: meetings',
  signature: ['Record ID', 'Meeting name', 'Meeting outcome'],
  columns: {
    externalId: 'Record ID',
    sdr: 'Created by',
    ae: 'Activity assigned to',
    company: 'Associated Company',
    contactName: 'Associated Contact',
    bookedAt: 'Create date',
    meetingAt: 'Meeting start time',
    // A meeting record carries no accept/reject: the outcome is attendance, not the AE's verdict.
    status: null,
    outcome: 'Meeting outcome',
    crmNotes: 'Internal meeting notes',
  },
  values: {
    outcome: {
      SCHEDULED: '',
      Scheduled: '',
      COMPLETED: 'held',
      Completed: 'held',
      RESCHEDULED: 'rescheduled',
      Rescheduled: 'rescheduled',
      NO_SHOW: 'no_show',
      'No show': 'no_show',
      CANCELED: 'cancelled',
      Canceled: 'cancelled',
    },
  },
}

const hubspotContacts: KnownExport = {
  importSource: 'hubspot',
  id: 'hubspot-contacts',
  label: 'HubSpot export: contacts',
  signature: ['Record ID', 'First Name', 'Last Name', 'Lifecycle Stage'],
  columns: {
    externalId: 'Record ID',
    // In SDR teams the contact owner is the SDR working the contact; deals carry the AE.
    sdr: 'Contact owner',
    ae: null,
    company: 'Company Name',
    contactTitle: 'Job Title',
    industry: 'Industry',
    companySize: 'Number of Employees',
    source: 'Original Source',
    bookedAt: 'Date of last meeting booked in meetings tool',
    status: ['Lead Status', 'Lifecycle Stage'],
  },
  values: { status: HUBSPOT_CONTACT_STATUSES },
}

const pipedriveDeals: KnownExport = {
  importSource: 'pipedrive',
  id: 'pipedrive-deals',
  label: 'Pipedrive export: deals',
  signature: ['Deal - Title', 'Deal - Stage', 'Deal - Status'],
  columns: {
    externalId: 'Deal - ID',
    sdr: 'Deal - Creator',
    ae: 'Deal - Owner',
    company: 'Deal - Organization',
    contactName: 'Deal - Contact person',
    source: 'Deal - Source channel',
    bookedAt: 'Deal - Deal created',
    status: ['Deal - Status', 'Deal - Stage'],
    rejectionReason: 'Deal - Lost reason',
    pipelineAmount: 'Deal - Value',
  },
  values: { status: withSdr(PIPEDRIVE_STATUSES), rejectionReason: LOST_REASONS },
}

const zohoDeals: KnownExport = {
  importSource: 'zoho',
  id: 'zoho-deals',
  label: 'Zoho CRM export: deals',
  signature: ['Deal Name', 'Deal Owner', 'Stage'],
  columns: {
    externalId: 'Record Id',
    sdr: 'Created By',
    ae: 'Deal Owner',
    company: 'Account Name',
    contactName: 'Contact Name',
    source: 'Lead Source',
    campaign: 'Campaign Source',
    bookedAt: 'Created Time',
    status: 'Stage',
    rejectionReason: 'Reason For Loss',
    crmNotes: 'Description',
    pipelineAmount: 'Amount',
  },
  values: { status: withSdr(ZOHO_DEAL_STAGES), rejectionReason: LOST_REASONS },
}

/** Older Zoho orgs (and the module's API name) still say "Potentials". */
const zohoPotentials: KnownExport = {
  importSource: 'zoho',
  id: 'zoho-potentials',
  label: 'Zoho CRM export: potentials (deals)',
  signature: ['Potential Name', 'Potential Owner', 'Stage'],
  columns: {
    // The only person column: the owner booked and ran the deal; no AE column to read.
    sdr: 'Potential Owner',
    ae: null,
    contactName: 'Potential Name',
    source: 'Lead Source',
    bookedAt: 'Created Time',
    status: 'Stage',
    pipelineAmount: 'Amount',
  },
  values: { status: withSdr(ZOHO_DEAL_STAGES) },
}

const zohoEvents: KnownExport = {
  importSource: 'zoho',
  id: 'zoho-events',
  label: 'Zoho CRM export: events (meetings)',
  signature: ['Event Owner', 'Subject', 'Start DateTime'],
  columns: {
    externalId: 'EVENTID',
    sdr: 'Event Owner',
    ae: null,
    bookedAt: 'Created Time',
    meetingAt: 'Start DateTime',
    status: null,
  },
}

const zohoLeads: KnownExport = {
  importSource: 'zoho',
  id: 'zoho-leads',
  label: 'Zoho CRM export: leads',
  signature: ['Lead Owner', 'Lead Status', 'Created Time'],
  columns: {
    externalId: 'LEADID',
    sdr: 'Lead Owner',
    ae: null,
    company: 'Company',
    industry: 'Industry',
    source: 'Lead Source',
    bookedAt: 'Created Time',
    // CONVERTED "Yes" = the lead became a deal; otherwise the lead status decides.
    status: ['CONVERTED', 'Lead Status'],
  },
  values: { status: ZOHO_LEAD_STATUSES },
}

const dynamicsOpportunities: KnownExport = {
  importSource: 'dynamics',
  id: 'dynamics-opportunities',
  label: 'Dynamics 365 Export to Excel: opportunities',
  signature: ['(Do Not Modify) Opportunity', '(Do Not Modify) Row Checksum', '(Do Not Modify) Modified On'],
  columns: {
    externalId: '(Do Not Modify) Opportunity',
    sdr: 'Created By',
    ae: 'Owner',
    company: 'Potential Customer',
    contactName: 'Contact',
    bookedAt: 'Created On',
    status: ['Status Reason', 'Status'],
    crmNotes: 'Description',
    pipelineAmount: 'Est. Revenue',
  },
  values: { status: withSdr(DYNAMICS_STATUSES) },
}

const closeOpportunities: KnownExport = {
  importSource: 'close',
  id: 'close-opportunities',
  label: 'Close export: opportunities',
  signature: ['lead_name', 'status_label', 'status_type'],
  columns: {
    externalId: 'id',
    sdr: 'created_by_name',
    ae: 'user_name',
    company: 'lead_name',
    contactName: 'contact_name',
    bookedAt: 'date_created',
    status: 'status_label',
    crmNotes: 'note',
    // Close's "value" is in cents; leave the amount to a mapping that knows the currency.
    pipelineAmount: null,
  },
  values: { status: withSdr(CLOSE_STATUSES) },
  dateOrder: 'YMD',
}

const calendlyEvents: KnownExport = {
  importSource: 'calendly',
  id: 'calendly-events',
  label: 'Calendly export: scheduled events',
  signature: ['Invitee Name', 'Event Type Name', 'Start Date & Time'],
  columns: {
    externalId: 'Invitee UUID',
    // Set when a team member booked on the invitee's behalf (the SDR); empty for self-booked.
    sdr: 'Invitee scheduled by',
    ae: 'User Name',
    contactName: 'Invitee Name',
    campaign: 'UTM Campaign',
    source: 'UTM Source',
    bookedAt: 'Event Created Date & Time',
    meetingAt: 'Start Date & Time',
    status: null,
    outcome: 'Canceled',
    crmNotes: 'Meeting Notes',
  },
  values: { outcome: { true: 'cancelled', false: '' } },
  dateOrder: 'YMD',
}

const chiliPiperMeetings: KnownExport = {
  importSource: 'chilipiper',
  id: 'chilipiper-meetings',
  label: 'Chili Piper export: meetings',
  signature: ['Booker Name', 'Assignee Name', 'Meeting Type'],
  columns: {
    externalId: 'Meeting ID',
    // Chili Piper's own words: the booker books on someone's behalf, the assignee takes the meeting.
    sdr: 'Booker Name',
    ae: 'Assignee Name',
    company: 'Guest Company',
    contactName: 'Guest Name',
    bookedAt: 'Booked At',
    meetingAt: 'Meeting Start',
    status: null,
    outcome: 'Meeting Status',
  },
  values: {
    outcome: {
      Booked: '',
      Scheduled: '',
      Completed: 'held',
      Held: 'held',
      'No-Show': 'no_show',
      'No Show': 'no_show',
      Rescheduled: 'rescheduled',
      Canceled: 'cancelled',
      Cancelled: 'cancelled',
    },
  },
}

// ── Sales engagement tools and other CRMs (docs/exports.md cites the field lists) ─────────────

/**
 * Outreach meetings: the booker is the SDR, the organizer the AE who takes the meeting. A meeting
 * carries attendance, never the AE's verdict, so status is not in this export.
 */
const outreachMeetings: KnownExport = {
  importSource: 'outreach',
  id: 'outreach-meetings',
  label: 'Outreach export: meetings',
  signature: ['Meeting Title', 'Meeting Type', 'Booked By', 'Organizer'],
  columns: {
    externalId: 'Meeting ID',
    sdr: 'Booked By',
    ae: 'Organizer',
    company: 'Account',
    contactName: 'Prospect',
    bookedAt: 'Created At',
    meetingAt: 'Start Time',
    status: null,
    outcome: 'Outcome',
    crmNotes: 'Description',
  },
  values: { outcome: MEETING_OUTCOMES },
}

/**
 * Salesloft meetings: "Booked By" books for "Owned By". Its "Status" is the calendar sync state
 * (pending / booked / failed / retry), which reads like a decision and is not one: never read.
 */
const salesloftMeetings: KnownExport = {
  importSource: 'salesloft',
  id: 'salesloft-meetings',
  label: 'Salesloft export: meetings',
  signature: ['Booked By', 'Owned By', 'Recipient Name'],
  columns: {
    externalId: 'Meeting ID',
    sdr: 'Booked By',
    ae: 'Owned By',
    company: 'Account',
    contactName: 'Recipient Name',
    bookedAt: 'Created At',
    meetingAt: 'Start Time',
    status: null,
    outcome: 'No Show',
    crmNotes: 'Description',
  },
  values: { outcome: { true: 'no_show', false: '', Yes: 'no_show', No: '' } },
}

/** Apollo meetings: the SDR who scheduled it and the assignee who holds it; attendance only. */
const apolloMeetings: KnownExport = {
  importSource: 'apollo',
  id: 'apollo-meetings',
  label: 'Apollo export: meetings',
  signature: ['Meeting Title', 'Scheduled By', 'Assigned To', 'Meeting Status'],
  columns: {
    externalId: 'Meeting ID',
    sdr: 'Scheduled By',
    ae: 'Assigned To',
    company: 'Company Name',
    contactName: 'Contact Name',
    contactTitle: 'Contact Title',
    bookedAt: 'Date Scheduled',
    meetingAt: 'Meeting Time',
    status: null,
    outcome: 'Meeting Status',
    crmNotes: 'Notes',
  },
  values: { outcome: MEETING_OUTCOMES },
}

/**
 * Copper opportunities: the owner works the deal (the AE); Copper has no SDR field, so the SDR
 * comes from the team's own column ("SDR", "Booked By", matched as plain headers). Status
 * (Won / Lost / Abandoned) decides first, then the pipeline stage.
 */
const copperOpportunities: KnownExport = {
  importSource: 'copper',
  id: 'copper-opportunities',
  label: 'Copper export: opportunities',
  signature: ['Name', 'Pipeline', 'Pipeline Stage', 'Loss Reason'],
  columns: {
    externalId: 'Opportunity ID',
    ae: 'Owner',
    company: 'Company',
    contactName: 'Primary Contact',
    source: 'Source',
    bookedAt: 'Date Created',
    status: ['Status', 'Pipeline Stage'],
    rejectionReason: 'Loss Reason',
    crmNotes: 'Details',
    pipelineAmount: 'Value',
  },
  values: { status: withSdr(COPPER_STATUSES), rejectionReason: LOST_REASONS },
}

/** Freshsales deals: "Sales owner" is the AE, "Created by" the SDR who opened the deal. */
const freshsalesDeals: KnownExport = {
  importSource: 'freshsales',
  id: 'freshsales-deals',
  label: 'Freshsales export: deals',
  signature: ['Deal stage', 'Sales owner', 'Deal value'],
  columns: {
    externalId: 'Id',
    sdr: 'Created by',
    ae: 'Sales owner',
    company: 'Account name',
    contactName: 'Related contacts',
    source: 'Source',
    campaign: 'Campaign',
    bookedAt: 'Created at',
    status: 'Deal stage',
    rejectionReason: 'Lost reason',
    pipelineAmount: 'Deal value',
  },
  values: { status: withSdr(FRESHSALES_STAGES), rejectionReason: LOST_REASONS },
}

/**
 * monday.com board exported to Excel: the board name on top, then per group a title row and the
 * header again (the repeated headers are skipped). Columns are the board's own, so only the item
 * name and the item id are fixed; the team's "SDR", "AE", "Status", "Date Booked" columns are
 * matched as plain headers and the status column is read or asked about like any other.
 */
const mondayBoard: KnownExport = {
  importSource: 'monday',
  id: 'monday-board',
  label: 'monday.com board export',
  signature: ['Name', 'Subitems', 'Item ID'],
  columns: {
    externalId: 'Item ID',
    company: 'Name',
  },
}

/** A Salesforce opportunity report from a German org (";" separated, dd.mm.yyyy, decimal commas). */
const salesforceOpportunitiesDe: KnownExport = {
  importSource: 'salesforce',
  id: 'salesforce-opportunities-de',
  label: 'Salesforce report (German): opportunities',
  signature: ['Opportunity-Name', 'Opportunity-Inhaber', 'Phase'],
  columns: {
    externalId: 'Opportunity-ID',
    sdr: 'Erstellt von',
    ae: 'Opportunity-Inhaber',
    company: 'Accountname',
    source: 'Lead-Quelle',
    bookedAt: 'Erstelldatum',
    status: 'Phase',
    crmNotes: 'Beschreibung',
    pipelineAmount: 'Betrag',
  },
  values: { status: withSdr(SALESFORCE_STAGES_DE) },
  dateOrder: 'DMY',
}

/** A Salesforce opportunity report from a French org (";" separated, dd/mm/yyyy, decimal commas). */
const salesforceOpportunitiesFr: KnownExport = {
  importSource: 'salesforce',
  id: 'salesforce-opportunities-fr',
  label: 'Salesforce report (French): opportunities',
  signature: ["Nom de l'opportunité", "Propriétaire de l'opportunité", 'Étape'],
  columns: {
    externalId: "ID de l'opportunité",
    sdr: 'Créé par',
    ae: "Propriétaire de l'opportunité",
    company: 'Nom du compte',
    source: 'Origine de la piste',
    bookedAt: 'Date de création',
    status: 'Étape',
    crmNotes: 'Description',
    pipelineAmount: 'Montant',
  },
  values: { status: withSdr(SALESFORCE_STAGES_FR) },
  dateOrder: 'DMY',
}

export const KNOWN_EXPORTS: readonly KnownExport[] = [
  salesforceOpportunities,
  salesforceActivities,
  salesforceLeads,
  hubspotDeals,
  hubspotMeetings,
  hubspotContacts,
  pipedriveDeals,
  zohoDeals,
  zohoPotentials,
  zohoEvents,
  zohoLeads,
  dynamicsOpportunities,
  closeOpportunities,
  calendlyEvents,
  chiliPiperMeetings,
  outreachMeetings,
  salesloftMeetings,
  apolloMeetings,
  copperOpportunities,
  freshsalesDeals,
  mondayBoard,
  salesforceOpportunitiesDe,
  salesforceOpportunitiesFr,
]

const namesOf = (value: string | readonly string[] | null | undefined): readonly string[] =>
  value == null ? [] : typeof value === 'string' ? [value] : value

/** Whether every signature header is among these (normalized) headers. */
export function matchesSignature(known: KnownExport, headers: readonly string[]): boolean {
  const present = new Set(headers.map(normalizeHeader))
  return known.signature.every((h) => present.has(normalizeHeader(h)))
}

/** How many of the layout's column headers the file has: the tie-breaker between full matches. */
function columnsPresent(known: KnownExport, present: ReadonlySet<string>): number {
  const names = new Set(Object.values(known.columns).flatMap(namesOf).map(normalizeHeader))
  let n = 0
  for (const name of names) if (present.has(name)) n++
  return n
}

/**
 * The layout these headers are: every signature header present; the longest signature wins (the
 * more specific layout), then the most of its columns present, then list order. Null when no
 * layout's signature is complete (a template file, an unknown CRM).
 */
export function recogniseExport(headers: readonly string[]): KnownExport | null {
  const present = new Set(headers.map(normalizeHeader).filter((h) => h !== ''))
  let best: { known: KnownExport; score: [number, number] } | null = null
  for (const known of KNOWN_EXPORTS) {
    if (!known.signature.every((h) => present.has(normalizeHeader(h)))) continue
    const score: [number, number] = [known.signature.length, columnsPresent(known, present)]
    if (!best || score[0] > best.score[0] || (score[0] === best.score[0] && score[1] > best.score[1])) {
      best = { known, score }
    }
  }
  return best?.known ?? null
}

/** Every header a known export names: lets the header search find a layout's header row. */
export const KNOWN_EXPORT_HEADERS: ReadonlySet<string> = new Set(
  KNOWN_EXPORTS.flatMap((k) => [...k.signature, ...Object.values(k.columns).flatMap(namesOf)]).map(normalizeHeader),
)

/** What a file's headers say about its layout (docs/product.md, "Recognising an export"). */
export interface Recognition {
  /** The layout whose every signature header is present, or null: the file is `custom`. */
  known: KnownExport | null
  /**
   * With no complete signature: the layout with the largest share of its signature present (at
   * least two headers), and the signature headers the file lacks. Said, never acted on.
   */
  resembles: { label: string; missing: string[] } | null
}

/** The layout these headers are, or the one they resemble (never both). */
export function recognise(headers: readonly string[]): Recognition {
  const known = recogniseExport(headers)
  if (known) return { known, resembles: null }
  const present = new Set(headers.map(normalizeHeader).filter((h) => h !== ''))
  let best: { known: KnownExport; share: number; missing: string[] } | null = null
  for (const k of KNOWN_EXPORTS) {
    const missing = k.signature.filter((h) => !present.has(normalizeHeader(h)))
    const found = k.signature.length - missing.length
    const share = found / k.signature.length
    if (found >= 2 && (!best || share > best.share)) best = { known: k, share, missing }
  }
  return { known: null, resembles: best ? { label: best.known.label, missing: best.missing } : null }
}

/** The source name an import is stored under: the recognised CRM, the app's template, or custom. */
export const sourceNameOf = (recognition: Recognition, isTemplate: boolean): string =>
  recognition.known?.importSource ?? (isTemplate ? 'template' : 'custom')

/** The sentence the app and the report say about a file no layout fully matches; null otherwise. */
export function resemblanceNote(recognition: Recognition): string | null {
  const r = recognition.resembles
  if (recognition.known || !r) return null
  const missing = joinAnd(r.missing.map((h) => `"${h}"`))
  return `Not a layout the app knows, so it is read by its column names: it looks like a ${r.label} but has no ${missing} ${oneOrMany(r.missing.length, 'column')}`
}
