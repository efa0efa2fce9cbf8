/**
 * The compact record that numbers are computed from (metrics, weekly numbers, trends, scorecards,
 * the huddle's counts). It has every field a rule reads, so the rules run on it unchanged, but
 * not the long texts: reading a week or a year clones a few short strings per handoff instead of
 * whole CRM notes. Texts are loaded with the full handoff (detail page, the walk).
 *
 * A long text is kept as a stub that answers the checklist the same way the text does:
 * - short texts (trimmed, at most CLIP_LENGTH characters) are kept as they are, so a placeholder
 *   ("n/a", "tbd") or a blank is still recognised;
 * - longer ones become their first CLIP_LENGTH characters (trimmed) and "…": longer than any
 *   placeholder can be (settings allow PLACEHOLDER_MAX_LENGTH), so filled, as the text is.
 * AE feedback is kept whole on rejected handoffs: the vague-feedback rule reads it, and the
 * huddle lists it.
 */
import type { StoredHandoff } from './handoff'

export const LONG_TEXT_FIELDS = [
  'crmNotes',
  'discoverySummary',
  'icpFit',
  'triggerEvent',
  'timing',
  'techStack',
  'budgetSignal',
  'aeFeedback',
  'recordingUrl',
] as const satisfies readonly (keyof StoredHandoff)[]

/** Placeholders are at most this long (settings schema), so a clipped stub is never one. */
export const PLACEHOLDER_MAX_LENGTH = 32
export const CLIP_LENGTH = 40

export interface HandoffFacts extends StoredHandoff {
  /** Long texts are stubs (see above): load the handoff to show them. */
  clipped: true
}

/** A long text's stub: the text when short, else its clipped start and "…". */
export function clipText(text: string): string {
  if (text.length <= CLIP_LENGTH) return text
  const trimmed = text.trim()
  return trimmed.length <= CLIP_LENGTH ? text : `${trimmed.slice(0, CLIP_LENGTH)}…`
}

/** The facts of a stored handoff: written with it, in the same transaction. */
export function toFacts(h: StoredHandoff): HandoffFacts {
  const facts = { ...h, clipped: true } as HandoffFacts
  for (const field of LONG_TEXT_FIELDS) {
    if (field === 'aeFeedback' && h.status === 'rejected') continue
    facts[field] = clipText(h[field])
  }
  return facts
}
