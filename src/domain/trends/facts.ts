/**
 * One row of facts per handoff: everything the trend charts, scorecards and predictors need,
 * computed ONCE (SLA state and response time, missing checklist fields, vague feedback, rubric
 * result). Every aggregate after that is cheap counting, so a year of 100k handoffs is one pass
 * through the expensive rules, however many charts and tables are drawn from it.
 */
import type { Handoff, HandoffStatus, RejectionReason } from '../handoff'
import type { Settings } from '../settings'
import {
  isChecklistAssessed,
  MASKED_FIELDS,
  missingMask,
  notAssessedMask,
  preparePlaceholders,
} from '../rules/checklist'
import { carriedBit, carriedOf, type Carriage } from '../carried'
import { feedbackVerdict, type FeedbackVerdict } from '../rules/feedback'
import { slaCalendar, slaInto, type SlaResult, type SlaState } from '../rules/sla'
import type { CriterionId } from '../rubric/criteria'

/** A handoff together with the week it counts in (StoredHandoff satisfies it). */
export type WeekedHandoff = Handoff & Carriage & { week: string; id?: string }

const FEEDBACK_CARRIED = carriedBit('aeFeedback')

/** A handoff's rubric result: the mean of its scorers' latest totals and a pass per criterion. */
export interface RubricResult {
  total: number
  criteria: Record<CriterionId, boolean>
}

export interface HandoffFact {
  week: string
  /** The grouping values as stored (scorecards trim the one they group by). */
  sdr: string
  ae: string
  segment: string
  campaign: string
  partner: string
  status: HandoffStatus
  reason: RejectionReason | null
  sla: SlaState
  /** Booking to the AE's decision in the settings' response-time hours (sla.ts); null unless decided with a respondedAt. */
  responseHours: number | null
  /** Bit i is set when the i-th required field (FactSet.requiredFields) is missing. */
  missingMask: number
  /** Bit i is set when the i-th required field was not carried by the import: not assessed. */
  notAssessedMask: number
  /** Rejected with feedback that names no specific fact (always false unless rejected). */
  isVague: boolean
  /** Rejected with no feedback written, by an import that carried feedback (apart from vague). */
  hasNoFeedback: boolean
  /** What the handoff's import carried (carried.ts); what every rate's base is counted from. */
  carried: number
  /** The import carried at least one required field: complete or incomplete can be said. */
  isChecklistAssessed: boolean
  rubric: RubricResult | null
}

export interface FactSet {
  /** The checklist the masks refer to, in bit order. */
  requiredFields: Settings['requiredFields']
  facts: HandoffFact[]
}

export interface FactContext {
  settings: Settings
  /** "Now" for open SLAs (UTC ms). */
  asOf: number
  /** The rubric result of a handoff by its id; absent or null = not scored. */
  rubricOf?: (id: string) => RubricResult | null
}

/** Facts for every handoff, in input order. Checklists longer than MASKED_FIELDS are cut there. */
export function handoffFacts(handoffs: readonly WeekedHandoff[], ctx: FactContext): FactSet {
  const { settings, asOf, rubricOf } = ctx
  const requiredFields = settings.requiredFields.slice(0, MASKED_FIELDS)
  const placeholders = preparePlaceholders(settings.placeholders)
  const calendar = slaCalendar(settings)
  const sla: SlaResult = { deadline: 0, state: 'unknown', responseHours: null }
  const feedbackByText = new Map<string, FeedbackVerdict>()
  const checklistByMask = new Map<number, boolean>()
  const facts = handoffs.map((h): HandoffFact => {
    const carried = carriedOf(h)
    let feedback: FeedbackVerdict | null = null
    if (h.status === 'rejected' && (carried & FEEDBACK_CARRIED) !== 0) {
      feedback = feedbackByText.get(h.aeFeedback) ?? feedbackVerdict(h.aeFeedback)
      feedbackByText.set(h.aeFeedback, feedback)
    }
    let isChecked = checklistByMask.get(carried)
    if (isChecked === undefined) {
      isChecked = isChecklistAssessed(carried, requiredFields)
      checklistByMask.set(carried, isChecked)
    }
    slaInto(h, calendar, asOf, sla)
    return {
      week: h.week,
      sdr: h.sdr,
      ae: h.ae,
      segment: h.segment,
      campaign: h.campaign,
      partner: h.partner,
      status: h.status,
      reason: h.status === 'rejected' ? h.rejectionReason : null,
      sla: sla.state,
      responseHours: sla.responseHours,
      missingMask: missingMask(h, requiredFields, placeholders),
      notAssessedMask: notAssessedMask(h, requiredFields),
      isVague: feedback === 'vague',
      hasNoFeedback: feedback === 'none',
      carried,
      isChecklistAssessed: isChecked,
      rubric: rubricOf && h.id !== undefined ? rubricOf(h.id) : null,
    }
  })
  return { requiredFields, facts }
}
