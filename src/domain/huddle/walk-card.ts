/**
 * A walked handoff's card (huddle section 2): the package as the AE reads it, only what the export
 * carried, one muted line for the rest, what the AE said about a rejection, and the criteria that
 * could be judged. A thin export is never a wall of "not in this export" on the projector.
 */
import type { HandoffField } from '../handoff'
import { FIELD_LABELS, humanize } from '../field-labels'
import { isCarried, type CarryingHandoff } from '../carried'
import { NOT_IN_EXPORT } from '../assessed'
import { joinAnd } from '../format'
import type { CriterionView } from './walk'

/** The package as the AE reads it, in reading order. */
export const AE_READING_ORDER: HandoffField[] = [
  'crmNotes',
  'discoverySummary',
  'icpFit',
  'triggerEvent',
  'timing',
  'techStack',
  'budgetSignal',
]

export interface ReadingLine {
  field: HandoffField
  label: string
  text: string
  /** False when the export had no column for the field: "not in this export", not "(empty)". */
  isCarried: boolean
}

export function aeReading(h: CarryingHandoff): ReadingLine[] {
  return AE_READING_ORDER.map((field) => ({
    field,
    label: FIELD_LABELS[field],
    text: String(h[field] ?? '').trim(),
    isCarried: isCarried(h.carried, field),
  }))
}

/** The card's rubric heading: "Rubric 3/5", "Rubric 1 of 2 judged", or not in this export. */
export function rubricHeadline(criteria: readonly CriterionView[]): string {
  const judged = criteria.filter((c) => c.isAssessed)
  const passed = judged.filter((c) => c.pass).length
  if (judged.length === 0) return `Rubric: ${NOT_IN_EXPORT}`
  return judged.length === criteria.length ? `Rubric ${passed}/5` : `Rubric ${passed} of ${judged.length} judged`
}

/**
 * The facts under a card's title, only those the export carried (a size column it never had is
 * no "? employees"): segment, industry, company size, the contact and their influence.
 */
export function cardFacts(h: CarryingHandoff): string[] {
  const has = (f: HandoffField): boolean => isCarried(h.carried, f)
  const facts: string[] = []
  if (has('segment')) facts.push(h.segment.trim() || 'no segment')
  if (has('industry')) facts.push(h.industry.trim() || 'no industry')
  if (has('companySize')) facts.push(h.companySize === null ? 'size unknown' : `${h.companySize} employees`)
  const title = has('contactTitle') ? h.contactTitle.trim() : ''
  if (has('contactInfluence')) facts.push(`${title || 'contact'} (${humanize(h.contactInfluence)})`)
  else if (title) facts.push(title)
  return facts
}

/**
 * The card's package: the fields the export carried, in reading order, and one muted line for
 * those it did not ("Not in this export: discovery summary, ICP fit and timing."), so a thin
 * export is not a wall of seven "not in this export" lines on the projector.
 */
export function cardReading(h: CarryingHandoff): { lines: ReadingLine[]; notCarried: string | null } {
  const all = aeReading(h)
  const absent = all.filter((l) => !l.isCarried).map((l) => l.label.replace(/^(?!CRM|ICP)./, (c) => c.toLowerCase()))
  return {
    lines: all.filter((l) => l.isCarried),
    notCarried:
      absent.length === 0 ? null : `${NOT_IN_EXPORT.replace(/^./, (c) => c.toUpperCase())}: ${joinAnd(absent)}.`,
  }
}

/** The criteria the card lists (judged ones) and one line naming those the export could not show. */
export function cardCriteria(criteria: readonly CriterionView[]): {
  judged: CriterionView[]
  notJudged: string | null
} {
  const judged = criteria.filter((c) => c.isAssessed)
  const rest = criteria.filter((c) => !c.isAssessed).map((c) => c.label)
  if (rest.length === 0) return { judged, notJudged: null }
  if (judged.length === 0) return { judged, notJudged: 'This export carries none of what the rubric reads.' }
  return { judged, notJudged: `Not judged (${NOT_IN_EXPORT}): ${rest.join('; ')}.` }
}

/**
 * What the AE said, for a card picked from the decision: the reason and the feedback of a
 * rejection, each only when the export carried it ('' feedback = none written).
 */
export function aeSaid(h: CarryingHandoff): { label: string; text: string; isBlank: boolean }[] {
  if (h.status !== 'rejected' || !isCarried(h.carried, 'status')) return []
  const out: { label: string; text: string; isBlank: boolean }[] = []
  if (isCarried(h.carried, 'rejectionReason'))
    out.push({
      label: 'AE’s reason',
      text: h.rejectionReason ? humanize(h.rejectionReason) : 'no reason recorded',
      isBlank: h.rejectionReason === null,
    })
  if (isCarried(h.carried, 'aeFeedback')) {
    const text = h.aeFeedback.trim()
    out.push({ label: 'AE feedback', text: text || 'no feedback written', isBlank: text === '' })
  }
  return out
}
