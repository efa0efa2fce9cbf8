/**
 * What a set's numbers could not be assessed on, said once in a manager's words with what to do
 * (docs/product.md, "What the data can show"): screens show these as muted notes beside "not in this
 * export", never a 0 % or a red zero.
 */
import type { AssessedCounts } from './metrics'

/** Why the decision numbers are absent, and the fix. */
export const NO_DECISIONS =
  "Your export has no AE decision: add the decision column ('Stage' or 'Status') to the report, or map it (import screen or mapping file). " +
  'The file holds bookings, not decisions: acceptance and SLA breaches are not shown, and no AE is in breach.'

/** Why on time and late are absent, and the fix. */
export const NO_DECISION_TIME =
  "Your export has no decision time: add the date the AE accepted or rejected each meeting (Salesforce: 'Last Stage Change Date') to the export. " +
  'Until then on time, late and response times are not shown.'

/** Why the quality bar says nothing, and the fix. */
const NO_BAR_INPUTS =
  'Your export has no company size, industry, contact influence or trigger: add them to the report to compare decisions with the quality bar.'

/** Why the incomplete rate is absent, and the fix (the checklist's own note names the fields). */
export const NO_PACKAGE =
  'Your export has none of the required package fields: add them to the report, or use the handoff note template (Settings).'

/** Why vague feedback is not counted, and the fix. */
const NO_FEEDBACK_COLUMN =
  "Your export has no AE feedback column: add the AE's rejection notes to the report to see which feedback teaches."

/**
 * The notes for a set of `booked` handoffs with these assessed counts, in the order the screen
 * reads them; none when the export carried everything its numbers need. The checklist's own
 * note (which fields, the note template) is carried.ts's `notCarriedMessage`.
 */
export function notAssessedNotes(
  assessed: Omit<AssessedCounts, 'bar'> & { bar?: number },
  counts: { booked: number; rejected: number },
): string[] {
  if (counts.booked === 0) return []
  const notes: string[] = []
  if (assessed.decisions === 0) notes.push(NO_DECISIONS)
  else if (assessed.timed === 0) notes.push(NO_DECISION_TIME)
  // Trends counts no bar inputs (the bar is not one of its numbers): `bar` absent says nothing.
  if (assessed.decisions > 0 && assessed.bar === 0) notes.push(NO_BAR_INPUTS)
  if (counts.rejected > 0 && assessed.feedback === 0) notes.push(NO_FEEDBACK_COLUMN)
  return notes
}
