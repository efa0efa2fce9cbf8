import { HANDOFF_FIELDS, type HandoffField } from '../handoff'
import { DECIDING_FIELDS, type Mapping } from './mapping'
import {
  parseContactInfluence,
  parseOutcome,
  parseRejectionReason,
  parseStatus,
  parseTriggerCategory,
} from './vocabulary'

/** A field's value map as a lookup: exact raw value first, then ignoring case and spaces. */
export function compileValueMap(map: Record<string, string> | undefined): ((raw: string) => string | undefined) | null {
  if (!map) return null
  const exact = new Map(Object.entries(map))
  const loose = new Map<string, string>()
  for (const [k, v] of exact) if (!loose.has(k.trim().toLowerCase())) loose.set(k.trim().toLowerCase(), v)
  return (raw) => exact.get(raw) ?? loose.get(raw.trim().toLowerCase())
}

/** One field's reader for one file (see `fieldReaders`). */
type FieldReader = (cells: readonly string[]) => string

/** Every field's text of one record, read once: what a row is read from. */
export type RowTexts = Record<HandoffField, string>

type DecidingField = (typeof DECIDING_FIELDS)[number]
const BUILT_IN: Record<DecidingField, (raw: string) => unknown> = {
  status: parseStatus,
  contactInfluence: parseContactInfluence,
  rejectionReason: parseRejectionReason,
  triggerCategory: parseTriggerCategory,
  outcome: parseOutcome,
}
const isDeciding = (field: HandoffField): field is DecidingField => field in BUILT_IN

const NOTHING: FieldReader = () => ''

/**
 * The reader of one field for one file. One column: its cell through the value map. Several
 * columns (docs/product.md, "Mapping file, more"): for the deciding fields, the first non-empty cell
 * found in the value map decides, else the first whose built-in words are recognised, else the
 * first non-empty cell (reported as unrecognised); for text, the non-empty cells joined by a
 * blank line. Decided once per field, not per cell: an import reads millions of cells.
 */
function fieldReader(
  field: HandoffField,
  indexes: readonly number[] | undefined,
  map: ((raw: string) => string | undefined) | undefined,
): FieldReader {
  if (indexes === undefined) return NOTHING
  if (indexes.length === 1) {
    const at = indexes[0]!
    if (!map) return (cells) => (cells[at] ?? '').trim()
    return (cells) => {
      const raw = cells[at] ?? ''
      return (map(raw) ?? raw).trim()
    }
  }
  return (cells) => {
    const raws = indexes.map((i) => (cells[i] ?? '').trim()).filter((v) => v !== '')
    if (!isDeciding(field)) return raws.map((v) => (map ? (map(v) ?? v) : v).trim()).join('\n\n')
    if (map) {
      for (const raw of raws) {
        const mapped = map(raw)
        if (mapped !== undefined) return mapped.trim()
      }
    }
    const builtIn = BUILT_IN[field]
    return raws.find((raw) => builtIn(raw) !== undefined) ?? raws[0] ?? ''
  }
}

function fieldReaders(
  mapping: Mapping,
  column: Partial<Record<HandoffField, number[]>>,
): Record<HandoffField, FieldReader> {
  const valueMaps: Partial<Record<HandoffField, (raw: string) => string | undefined>> = {}
  for (const [field, map] of Object.entries(mapping.values ?? {}) as [HandoffField, Record<string, string>][]) {
    const compiled = compileValueMap(map)
    if (compiled) valueMaps[field] = compiled
  }
  const readers = {} as Record<HandoffField, FieldReader>
  for (const field of HANDOFF_FIELDS) readers[field] = fieldReader(field, column[field], valueMaps[field])
  return readers
}

/**
 * Every field's text of a record at once, for one file. Written out field by field, in
 * HANDOFF_FIELDS order, so each row's texts share one object shape and every read is a plain
 * property access (this runs once per row of a 100,000-row import).
 */
export function rowTextsReader(
  mapping: Mapping,
  column: Partial<Record<HandoffField, number[]>>,
): (cells: readonly string[]) => RowTexts {
  const r = fieldReaders(mapping, column)
  return (cells) => ({
    externalId: r.externalId(cells),
    sdr: r.sdr(cells),
    ae: r.ae(cells),
    partner: r.partner(cells),
    company: r.company(cells),
    companySize: r.companySize(cells),
    industry: r.industry(cells),
    segment: r.segment(cells),
    campaign: r.campaign(cells),
    source: r.source(cells),
    contactName: r.contactName(cells),
    contactTitle: r.contactTitle(cells),
    contactInfluence: r.contactInfluence(cells),
    bookedAt: r.bookedAt(cells),
    meetingAt: r.meetingAt(cells),
    respondedAt: r.respondedAt(cells),
    status: r.status(cells),
    rejectionReason: r.rejectionReason(cells),
    aeFeedback: r.aeFeedback(cells),
    crmNotes: r.crmNotes(cells),
    discoverySummary: r.discoverySummary(cells),
    icpFit: r.icpFit(cells),
    triggerEvent: r.triggerEvent(cells),
    triggerCategory: r.triggerCategory(cells),
    timing: r.timing(cells),
    techStack: r.techStack(cells),
    budgetSignal: r.budgetSignal(cells),
    recordingUrl: r.recordingUrl(cells),
    outcome: r.outcome(cells),
    pipelineAmount: r.pipelineAmount(cells),
  })
}
