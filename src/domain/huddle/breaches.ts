/**
 * The huddle's third section: SLA breaches framed by cause ("Budget signal missing ×7"), then by
 * person, and the rejections whose feedback teaches nothing. "Fix the cause, not the person."
 */
import type { Handoff, HandoffField, RejectionReason } from '../handoff'
import { FIELD_LABELS, humanize } from '../field-labels'
import type { Settings } from '../settings'
import { missingFields } from '../rules/checklist'
import { feedbackVerdict } from '../rules/feedback'
import { slaStateOf, type SlaState } from '../rules/sla'
import { isCarried, notCarriedBySome, notCarriedMessage, notCarriedPhrase, type Carriage } from '../carried'

export type BreachSide = 'ae' | 'sdr'

/** One handoff breaching one rule. A handoff missing three fields is three SDR-side breaches. */
export interface Breach {
  handoffId: string
  side: BreachSide
  /** Stable key of the cause: `ae:late`, `ae:open_overdue`, `sdr:missing:budgetSignal`. */
  causeKey: string
  cause: string
  /** The SDR or AE responsible; '' when the CRM names none. */
  person: string
}

export interface PersonCount {
  person: string
  count: number
}

export interface BreachGroup {
  causeKey: string
  cause: string
  side: BreachSide
  count: number
  /** Most breaches first, then by name. */
  people: PersonCount[]
  handoffIds: string[]
}

type BreachSettings = Pick<Settings, 'timeZone' | 'holidays' | 'slaWindowDays' | 'requiredFields' | 'placeholders'>
type WithId = Handoff & Carriage & { id: string }

/**
 * The AE response SLA as far as the export can tell (docs/product.md, "What the data can show"):
 * without the decision carried nothing is known (the file holds bookings, not decisions); late
 * and on time also need the decision time carried.
 */
export function aeSlaState(h: Handoff & Carriage, settings: BreachSettings, asOf: number): SlaState {
  if (!isCarried(h.carried, 'status')) return 'unknown'
  const state = slaStateOf(h, settings, asOf)
  if ((state === 'late' || state === 'on_time') && !isCarried(h.carried, 'respondedAt')) return 'unknown'
  return state
}

const AE_CAUSES = {
  late: 'AE responded after the SLA deadline',
  open_overdue: 'AE response overdue (still pending)',
} as const

function missingFieldCause(field: HandoffField): string {
  return `${FIELD_LABELS[field]} missing`
}

/**
 * Every breach of the handoffs: AE-side from the response SLA as of `asOf`, SDR-side from the
 * checklist. A required field the export never carried is no SDR's breach (see `notCarried`), and
 * no AE is in breach for a decision or a decision time the export never carried (`aeSlaState`).
 */
export function findBreaches(handoffs: readonly WithId[], settings: BreachSettings, asOf: number): Breach[] {
  const out: Breach[] = []
  for (const h of handoffs) {
    const state = aeSlaState(h, settings, asOf)
    if (state === 'late' || state === 'open_overdue') {
      out.push({ handoffId: h.id, side: 'ae', causeKey: `ae:${state}`, cause: AE_CAUSES[state], person: h.ae.trim() })
    }
    for (const field of missingFields(h, settings)) {
      out.push({
        handoffId: h.id,
        side: 'sdr',
        causeKey: `sdr:missing:${field}`,
        cause: missingFieldCause(field),
        person: h.sdr.trim(),
      })
    }
  }
  return out
}

const byCountThenName = (a: PersonCount, b: PersonCount): number =>
  b.count - a.count || (a.person < b.person ? -1 : a.person > b.person ? 1 : 0)

/** Groups breaches by cause (largest first; ties by cause text), each with its people. */
export function groupByCause(breaches: readonly Breach[]): BreachGroup[] {
  const groups = new Map<string, { first: Breach; people: Map<string, number>; ids: string[] }>()
  for (const b of breaches) {
    let g = groups.get(b.causeKey)
    if (!g) {
      g = { first: b, people: new Map(), ids: [] }
      groups.set(b.causeKey, g)
    }
    g.people.set(b.person, (g.people.get(b.person) ?? 0) + 1)
    g.ids.push(b.handoffId)
  }
  return [...groups.values()]
    .map(({ first, people, ids }) => ({
      causeKey: first.causeKey,
      cause: first.cause,
      side: first.side,
      count: ids.length,
      people: [...people].map(([person, count]) => ({ person, count })).sort(byCountThenName),
      handoffIds: ids,
    }))
    .sort((a, b) => b.count - a.count || (a.cause < b.cause ? -1 : a.cause > b.cause ? 1 : 0))
}

/** `Budget signal missing ×7` */
export function causeHeadline(group: Pick<BreachGroup, 'cause' | 'count'>): string {
  return `${group.cause} \u00d7${group.count}`
}

export interface VagueRejection {
  handoffId: string
  company: string
  ae: string
  sdr: string
  reason: RejectionReason | null
  reasonLabel: string
  /** The feedback as written; '' when the AE left none. */
  feedback: string
  /** 'none' when nothing was written, 'vague' when the words name no fact. */
  verdict: 'none' | 'vague'
}

/**
 * The required fields some of the handoffs' exports did not carry, said once for the section
 * ("this export has no discovery summary") instead of once per SDR.
 */
export function notCarried(
  handoffs: readonly Carriage[],
  settings: Pick<Settings, 'requiredFields'>,
): { fields: HandoffField[]; phrase: string | null } {
  const fields = notCarriedBySome(handoffs, settings.requiredFields)
  return { fields, phrase: notCarriedPhrase(fields) }
}

/**
 * What the breaches section says once about what the export did not carry, each with what to do:
 * the AE's decision, its time, the AE's feedback, then the checklist fields (notCarriedMessage).
 */
export function breachNotices(handoffs: readonly Carriage[], settings: Pick<Settings, 'requiredFields'>): string[] {
  if (handoffs.length === 0) return []
  const absent = new Set(notCarriedBySome(handoffs, ['status', 'respondedAt', 'aeFeedback']))
  const out: string[] = []
  if (absent.has('status')) {
    out.push(
      'This export has no AE decision column: the file holds bookings, not decisions, so no AE is counted in breach. ' +
        'Map the stage or decision column when you import.',
    )
  } else if (absent.has('respondedAt')) {
    out.push(
      'This export has no AE decision time: on time and late are not in this export, only pending handoffs past ' +
        'their deadline. Add the date the AE decided (Salesforce: "Last Stage Change Date") to the export.',
    )
  }
  if (!absent.has('status') && absent.has('aeFeedback')) {
    out.push('This export has no AE feedback column: vague feedback is not in this export.')
  }
  const checklist = notCarriedMessage(notCarried(handoffs, settings).fields)
  if (checklist) out.push(checklist)
  return out
}

/**
 * Rejections that give the SDR nothing to learn from, for coaching the AE: vague feedback and no
 * feedback, each marked as which (they are counted apart). Feedback the export never carried is
 * not the AE's to answer for: left out.
 */
export function vagueRejections(handoffs: readonly WithId[]): VagueRejection[] {
  return handoffs
    .filter(
      (h) =>
        h.status === 'rejected' &&
        isCarried(h.carried, 'status') &&
        isCarried(h.carried, 'aeFeedback') &&
        feedbackVerdict(h.aeFeedback) !== 'specific',
    )
    .map((h) => ({
      verdict: feedbackVerdict(h.aeFeedback) as 'none' | 'vague',
      handoffId: h.id,
      company: h.company,
      ae: h.ae.trim(),
      sdr: h.sdr.trim(),
      reason: h.rejectionReason,
      reasonLabel: h.rejectionReason ? humanize(h.rejectionReason) : 'No reason recorded',
      feedback: h.aeFeedback.trim(),
    }))
}

/** How much of the AE response SLA a week's export can show (see `aeSlaState`). */
export type AeSlaCoverage = 'all' | 'no_decision_time' | 'no_decision'

export function aeSlaCoverage(handoffs: readonly Carriage[]): AeSlaCoverage {
  const absent = notCarriedBySome(handoffs, ['status', 'respondedAt'])
  return absent.includes('status') ? 'no_decision' : absent.includes('respondedAt') ? 'no_decision_time' : 'all'
}
