/**
 * Carried and not assessed (docs/product.md): a Handoff field is *carried* by an import when the
 * export had a column for it or the handoff note template filled it. What an export never had
 * cannot be held against anyone: a required field that was not carried is neither missing nor
 * present, a quality-bar condition without its input is not a failure.
 *
 * A stored handoff keeps what its import carried as one number (`carried`, bit i =
 * CARRIED_FIELDS[i]) so rules that run over every handoff of a year test a bit, allocating
 * nothing. A handoff without it (older data, the demo) carried everything.
 */
import type { Handoff, HandoffField } from './handoff'
import { FIELD_LABELS, fieldInSentence } from './field-labels'
import { joinAnd, oneOrMany } from './format'

/**
 * The bit order of `carried`. Stored masks depend on it: only ever append (31 bits at most, so
 * the mask stays a small positive integer).
 */
export const CARRIED_FIELDS = [
  'externalId',
  'sdr',
  'ae',
  'partner',
  'company',
  'companySize',
  'industry',
  'segment',
  'campaign',
  'source',
  'contactName',
  'contactTitle',
  'contactInfluence',
  'bookedAt',
  'meetingAt',
  'respondedAt',
  'status',
  'rejectionReason',
  'aeFeedback',
  'crmNotes',
  'discoverySummary',
  'icpFit',
  'triggerEvent',
  'triggerCategory',
  'timing',
  'techStack',
  'budgetSignal',
  'recordingUrl',
  'outcome',
  'pipelineAmount',
] as const satisfies readonly HandoffField[]

/** Every field carried: what a handoff without a `carried` mask stands for. */
export const ALL_CARRIED = 2 ** CARRIED_FIELDS.length - 1

const BITS = Object.fromEntries(CARRIED_FIELDS.map((f, i) => [f, 1 << i])) as Record<HandoffField, number>

/** The bit of `field` in a `carried` mask. */
export const carriedBit = (field: HandoffField): number => BITS[field]

/** What a handoff carries, where it says so: stored handoffs and the CLI's rows. */
export interface Carriage {
  /** Bit i = CARRIED_FIELDS[i] was carried by the import; absent = everything was. */
  carried?: number
}

export type CarryingHandoff = Handoff & Carriage

/** The handoff's mask, everything when it has none. */
export const carriedOf = (h: Carriage): number => h.carried ?? ALL_CARRIED

export function carriedMaskOf(fields: Iterable<HandoffField>): number {
  let mask = 0
  for (const f of fields) mask |= BITS[f] ?? 0
  return mask
}

/** The fields a mask carries, in CARRIED_FIELDS order. */
export const carriedFieldsOf = (mask: number): HandoffField[] => CARRIED_FIELDS.filter((f) => (mask & BITS[f]) !== 0)

/** Absent mask = everything carried. */
export const isCarried = (mask: number | undefined, field: HandoffField): boolean =>
  ((mask ?? ALL_CARRIED) & BITS[field]) !== 0

/** The checklist fields a mask leaves not assessed, in the checklist's order. */
export const notAssessedFields = (mask: number | undefined, checklist: readonly HandoffField[]): HandoffField[] =>
  checklist.filter((f) => !isCarried(mask, f))

/**
 * The fields none of the handoffs carried, in the order of `fields`: what a screen says once
 * ("this export has no discovery summary") instead of listing every SDR as missing it.
 */
export function notCarriedByAny(handoffs: Iterable<Carriage>, fields: readonly HandoffField[]): HandoffField[] {
  let any = 0
  for (const h of handoffs) {
    any |= carriedOf(h)
    if (any === ALL_CARRIED) return []
  }
  return fields.filter((f) => (any & BITS[f]) === 0)
}

/** Union of the fields not carried by some of the handoffs, in the order of `fields`. */
export function notCarriedBySome(handoffs: Iterable<Carriage>, fields: readonly HandoffField[]): HandoffField[] {
  let all = ALL_CARRIED
  for (const h of handoffs) all &= carriedOf(h)
  return fields.filter((f) => (all & BITS[f]) === 0)
}

/** "Discovery summary, Tech stack and Budget signal"; `lower`: "discovery summary, tech stack …" */
export function listOfFields(fields: readonly HandoffField[], lower = false): string {
  const labels = fields.map((f) => (lower ? fieldInSentence(f) : FIELD_LABELS[f]))
  return joinAnd(labels)
}

/**
 * The one sentence a screen shows about what the export did not carry, and what to do about it;
 * null when it carried every field asked about.
 */
export function notCarriedMessage(fields: readonly HandoffField[]): string | null {
  if (fields.length === 0) return null
  const n = fields.length
  const them = oneOrMany(n, 'it', 'them')
  return (
    `Your export has no ${listOfFields(fields)} ${oneOrMany(n, 'column')}: add ${them} to the ` +
    `report, or use the handoff note template (Settings). Until then ${oneOrMany(n, 'this field is', 'these fields are')} ` +
    `not assessed: no SDR counts as missing ${them}.`
  )
}

/** Short form for notes and exports: "this export has no discovery summary". */
export function notCarriedPhrase(fields: readonly HandoffField[]): string | null {
  if (fields.length === 0) return null
  return `this export has no ${listOfFields(fields, true)}`
}

/**
 * The fields a recorded mapping (the mapping file of docs/product.md, as import runs store it) had a
 * column for; null when it records none (the demo, hand-made data). Used to mark handoffs stored
 * before imports recorded what they carried: those imports read nothing but their columns.
 */
export function carriedByMapping(mapping: unknown): HandoffField[] | null {
  if (typeof mapping !== 'object' || mapping === null) return null
  const columns = (mapping as { columns?: unknown }).columns
  if (typeof columns !== 'object' || columns === null) return null
  const has = (v: unknown) =>
    (typeof v === 'string' && v.trim() !== '') || (Array.isArray(v) && v.some((x) => typeof x === 'string'))
  const fields = new Set(Object.keys(columns).filter((k) => has((columns as Record<string, unknown>)[k])))
  return CARRIED_FIELDS.filter((f) => fields.has(f))
}
