import type { HandoffField } from './handoff'

/** How each Handoff field reads in the UI, the docs and exported reports. */
export const FIELD_LABELS: Record<HandoffField, string> = {
  externalId: 'CRM record ID',
  sdr: 'SDR',
  ae: 'AE',
  partner: 'Partner',
  company: 'Company',
  companySize: 'Company size',
  industry: 'Industry',
  segment: 'Segment',
  campaign: 'Campaign',
  source: 'Source',
  contactName: 'Contact name',
  contactTitle: 'Contact title',
  contactInfluence: 'Contact influence',
  bookedAt: 'Booked at',
  meetingAt: 'Meeting at',
  respondedAt: 'Responded at',
  status: 'Status',
  rejectionReason: 'Rejection reason',
  aeFeedback: 'AE feedback',
  crmNotes: 'CRM notes',
  discoverySummary: 'Discovery summary',
  icpFit: 'ICP fit',
  triggerEvent: 'Trigger event',
  triggerCategory: 'Trigger category',
  timing: 'Timing',
  techStack: 'Tech stack',
  budgetSignal: 'Budget signal',
  recordingUrl: 'Recording URL',
  outcome: 'Outcome',
  pipelineAmount: 'Pipeline amount',
}

/** Fields a checklist may require: everything but the ones a row cannot be imported without. */
export const CHECKLIST_CANDIDATES: HandoffField[] = (Object.keys(FIELD_LABELS) as HandoffField[]).filter(
  (f) => !['externalId', 'sdr', 'bookedAt', 'status'].includes(f),
)

export const humanize = (value: string): string => value.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase())

/** The label of a field named by code (from a mapping file, an error), or the name as given. */
export const fieldLabel = (name: string): string =>
  Object.hasOwn(FIELD_LABELS, name) ? FIELD_LABELS[name as HandoffField] : name

/** A field's label inside a sentence: "discovery summary", but "CRM notes" and "recording URL". */
export const fieldInSentence = (field: HandoffField): string =>
  FIELD_LABELS[field].replace(/\b([A-Z])([a-z])/g, (_, a: string, b: string) => a.toLowerCase() + b)
