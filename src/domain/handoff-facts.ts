/**
 * The compact record that numbers are computed from (metrics, weekly numbers, trends, scorecards,
 * the huddle's counts). It has every field a rule reads, so the rules run on it unchanged, but
 * not the long texts: reading a week or a year clones a few short strings per handoff instead of
 * whole CRM notes. Texts are loaded with the full handoff (detail page, the walk).
 *
 * A long text is kept as a stub that answers the checklist the same way the text does:
 * - a text that could be a placeholder or blank (at most PLACEHOLDER_MAX_LENGTH characters once
 *   trimmed; settings allow no longer placeholder) is kept as it is, so "n/a" or "  " is still
 *   recognised;
 * - any longer text is filled whatever the placeholders are, and becomes CLIPPED_TEXT: one shared
 *   sentence longer than any placeholder. The week blocks store it as a single null byte, which
 *   keeps the facts a small fraction of the handoffs they come from.
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

/** Placeholders are at most this long (settings schema), so a longer text is always filled. */
export const PLACEHOLDER_MAX_LENGTH = 32

/** What a long text reads as in the facts: longer than any placeholder, with nothing to trim. */
export const CLIPPED_TEXT = '(longer text: open the handoff to read it)'

export interface HandoffFacts extends StoredHandoff {
  /** Long texts are stubs (see above): load the handoff to show them. */
  clipped: true
}

/** A long text's stub: the text when it could be blank or a placeholder, else CLIPPED_TEXT. */
export function clipText(text: string): string {
  if (text.length <= PLACEHOLDER_MAX_LENGTH) return text
  return text.trim().length <= PLACEHOLDER_MAX_LENGTH ? text : CLIPPED_TEXT
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
