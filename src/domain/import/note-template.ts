/**
 * The handoff note template (docs/product.md): SDRs keep the package in one CRM notes field, as lines
 * that start with a label and a colon. This reads such a note into fields and writes the template
 * SDRs copy. Pure: the import reads every crmNotes cell through `parseNote`.
 *
 * Choices the contract leaves open, made here:
 * - A label may be indented; it is a short form below or a Handoff field name matched the way
 *   template headers are (ignoring case, spaces, underscores, hyphens). Only the fields an SDR
 *   writes can be labels: ids, people, dates, the AE's decision and feedback cannot come from a
 *   note, so an ordinary "Status: call back" line stays text.
 * - A label given twice: its texts are joined with a blank line, like several columns.
 * - Line endings are read as `\n` (CRLF and CR included).
 */
import type { HandoffField } from '../handoff'
import { FIELD_LABELS } from '../field-labels'

/** Fields a note may fill (by their own name or a short form). */
export const NOTE_FIELDS = [
  'crmNotes',
  'discoverySummary',
  'icpFit',
  'triggerEvent',
  'triggerCategory',
  'timing',
  'techStack',
  'budgetSignal',
  'recordingUrl',
  'contactInfluence',
  'company',
  'companySize',
  'industry',
  'segment',
  'campaign',
  'source',
  'contactName',
  'contactTitle',
] as const satisfies readonly HandoffField[]
export type NoteField = (typeof NOTE_FIELDS)[number]

/**
 * The template SDRs copy, in order: label → field. Every field here is carried by an import as
 * soon as one of its notes uses the template (a row leaving a label out is missing that field).
 */
const TEMPLATE_LABELS = [
  ['Discovery', 'discoverySummary'],
  ['ICP fit', 'icpFit'],
  ['Trigger', 'triggerEvent'],
  ['Timing', 'timing'],
  ['Tech stack', 'techStack'],
  ['Budget', 'budgetSignal'],
  ['Influence', 'contactInfluence'],
  ['Recording', 'recordingUrl'],
  ['Notes', 'crmNotes'],
] as const satisfies readonly (readonly [string, NoteField])[]

/** The fields the template fills: carried by a whole import once one note uses it. */
export const TEMPLATE_FIELDS: readonly NoteField[] = TEMPLATE_LABELS.map(([, f]) => f)

const normalize = (label: string): string => label.toLowerCase().replace(/[\s_-]+/g, '')

const LABELS = new Map<string, NoteField>([
  ...NOTE_FIELDS.map((f) => [normalize(f), f] as const),
  ...NOTE_FIELDS.map((f) => [normalize(FIELD_LABELS[f]), f] as const),
  ['notes', 'crmNotes'],
  ['discovery', 'discoverySummary'],
  ['icp', 'icpFit'],
  ['icpfit', 'icpFit'],
  ['whyicp', 'icpFit'],
  ['trigger', 'triggerEvent'],
  ['timing', 'timing'],
  ['stack', 'techStack'],
  ['techstack', 'techStack'],
  ['budget', 'budgetSignal'],
  ['recording', 'recordingUrl'],
  ['influence', 'contactInfluence'],
])

/** A label at the start of a line: up to 4 words of letters, then a colon. */
const LABEL_LINE = /^[ \t]*([A-Za-z][A-Za-z _-]{0,40}?)[ \t]*:(.*)$/

/** The field a line's label names, with the text after the colon; null for an ordinary line. */
function labelOf(line: string): { field: NoteField; rest: string } | null {
  if (line.indexOf(':') === -1) return null
  const m = LABEL_LINE.exec(line)
  if (!m) return null
  const field = LABELS.get(normalize(m[1]!))
  return field ? { field, rest: m[2]! } : null
}

export interface ParsedNote {
  /** True when at least one line starts with a label. */
  usesTemplate: boolean
  /**
   * Text per labelled field, trimmed; crmNotes = the text before the first label plus the Notes
   * section. Empty when the note does not use the template.
   */
  fields: Partial<Record<NoteField, string>>
}

const NONE: ParsedNote = { usesTemplate: false, fields: {} }

/** Reads one crmNotes cell. */
export function parseNote(text: string): ParsedNote {
  if (text.indexOf(':') === -1) return NONE
  const lines = text.split(/\r\n|\r|\n/)
  // Each label line opens a section; its lines run to the next label line.
  const sections = new Map<NoteField, string[][]>()
  const before: string[] = []
  let current: string[] | null = null
  for (const line of lines) {
    const label = labelOf(line)
    if (label) {
      current = [label.rest]
      const list = sections.get(label.field)
      if (list) list.push(current)
      else sections.set(label.field, [current])
    } else if (current) {
      current.push(line)
    } else {
      before.push(line)
    }
  }
  if (sections.size === 0) return NONE
  const fields: Partial<Record<NoteField, string>> = {}
  for (const [field, list] of sections) {
    fields[field] = list
      .map((p) => p.join('\n').trim())
      .filter((t) => t !== '')
      .join('\n\n')
  }
  const intro = before.join('\n').trim()
  const notes = [intro, fields.crmNotes ?? ''].filter((t) => t !== '').join('\n\n')
  fields.crmNotes = notes
  return { usesTemplate: true, fields }
}

/**
 * A package as note text in the template's order (fields it leaves out are left out); `parseNote`
 * reads it back to the same fields when each text is trimmed and no line of it starts with a label.
 */
export function formatNote(fields: Partial<Record<NoteField, string>>): string {
  const known = new Set<NoteField>(TEMPLATE_FIELDS)
  const order: [string, NoteField][] = [
    ...TEMPLATE_LABELS.filter(([, f]) => f !== 'crmNotes').map(([l, f]) => [l, f] as [string, NoteField]),
    ...NOTE_FIELDS.filter((f) => !known.has(f)).map((f) => [FIELD_LABELS[f], f] as [string, NoteField]),
    ['Notes', 'crmNotes'],
  ]
  return order
    .filter(([, f]) => fields[f] !== undefined && fields[f] !== '')
    .map(([label, f]) => `${label}: ${fields[f]}`)
    .join('\n')
}

/** The empty template shown in Settings for SDRs to copy into their CRM. */
export const NOTE_TEMPLATE = TEMPLATE_LABELS.map(([label]) => `${label}: `).join('\n')
