/**
 * The handoff package as the AE reads it before the call: what is missing, the quality bar under
 * the ICP in force in its booking week, the SLA timeline and the rubric suggestion. Pure: the
 * detail store calls it once per load and the view only renders the result.
 */
import { isDateOnly, type HandoffField, type StoredHandoff } from './handoff'
import { FIELD_LABELS } from './field-labels'
import { isoWeekday, formatDay, pad2 } from './calendar/weeks'
import { localParts } from './calendar/zoned'
import type { Settings } from './settings'
import { missingFields } from './rules/checklist'
import {
  barDisagreement,
  evaluateBar,
  icpInForce,
  type BarDisagreement,
  type BarFailure,
  type IcpVersion,
} from './rules/quality-bar'
import { instantOf, slaOf, type SlaState } from './rules/sla'
import { hasNoFeedback, isVagueFeedback } from './rules/feedback'
import { suggestRubric, type RubricSuggestion } from './rubric/suggest'
import { BAR_FAILURE_LABELS } from './handoff-table'
import { CARRIED_FIELDS, isCarried, notAssessedFields, notCarriedMessage } from './carried'
import type { BarVerdict } from './rules/quality-bar'
import { NO_DECISION_TIME, NO_DECISIONS } from './metrics/not-assessed'
import { joinAnd } from './format'

export type DetailSettings = Pick<
  Settings,
  'requiredFields' | 'placeholders' | 'timeZone' | 'holidays' | 'slaWindowDays' | 'icp' | 'responseTime'
>

export interface TimelinePoint {
  kind: 'booked' | 'deadline' | 'responded' | 'now' | 'meeting'
  label: string
  /** Formatted in the team time zone, e.g. "Tue 2026-11-17 10:00". */
  when: string
  at: number
}

export interface HandoffDetail {
  missing: { field: HandoffField; label: string }[]
  /** Required fields its export did not carry: neither missing nor present. */
  notAssessed: { field: HandoffField; label: string }[]
  /** What to do about them, said once; null when the export carried the whole checklist. */
  notCarriedMessage: string | null
  /** Every field its import did not carry: shown as "not in this export" (muted), never as empty. */
  absent: HandoffField[]
  /** True when no required field was carried: the package is neither complete nor incomplete. */
  isChecklistNotAssessed: boolean
  bar: {
    verdict: BarVerdict
    cleared: boolean
    failures: { id: BarFailure; label: string }[]
    icpWeek: string | null
    disagreement: BarDisagreement | null
    /**
     * The bar's inputs the export did not carry, in a sentence ("this export has no company size
     * and industry"); null when it carried them all.
     */
    notCarried: string | null
  }
  sla: {
    state: SlaState
    responseHours: number | null
    timeline: TimelinePoint[]
    /** Why the SLA is not assessed and what to add to the export; null when it is assessed. */
    notAssessedNote: string | null
  }
  /** Written feedback that names no specific fact. */
  isFeedbackVague: boolean
  /** A rejection without any feedback: no feedback, counted apart from vague. */
  isFeedbackMissing: boolean
  suggestion: RubricSuggestion
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

/** An instant as the team reads it: weekday, local date and time (date only when `dateOnly`). */
export function formatInstant(ms: number, timeZone: string, dateOnly = false): string {
  const p = localParts(ms, timeZone)
  const day = formatDay(p.year, p.month, p.day)
  const weekday = WEEKDAYS[isoWeekday(day) - 1]
  return dateOnly ? `${weekday} ${day}` : `${weekday} ${day} ${pad2(p.hour)}:${pad2(p.minute)}`
}

/** The bar's inputs as a manager names them, in the order the bar checks them. */
const BAR_INPUTS: { fields: HandoffField[]; label: string }[] = [
  { fields: ['companySize'], label: 'company size' },
  { fields: ['industry'], label: 'industry' },
  { fields: ['contactInfluence'], label: 'contact influence' },
  { fields: ['triggerEvent', 'discoverySummary'], label: 'trigger' },
]

/** "this export has no company size, industry, contact influence or trigger"; null when all were carried. */
function barNotCarried(carried: number | undefined, verdict: BarVerdict): string | null {
  const labels = BAR_INPUTS.filter((i) => i.fields.every((f) => !isCarried(carried, f))).map((i) => i.label)
  if (labels.length === 0) return null
  // "or" when nothing could be judged (none of them), "and" when these parts were left out.
  return `this export has no ${joinAnd(labels, verdict === 'not_assessed' ? 'or' : 'and')}`
}

/** The effective week of the version that judges `week`, or null when the current ICP does. */
function icpVersionWeek(versions: readonly IcpVersion[], week: string): string | null {
  let best: string | null = null
  for (const v of versions)
    if (v.effectiveWeek <= week && (best === null || v.effectiveWeek >= best)) best = v.effectiveWeek
  return best
}

export function handoffDetail(
  h: StoredHandoff,
  settings: DetailSettings,
  icpVersions: readonly IcpVersion[],
  asOf: number,
): HandoffDetail {
  const tz = settings.timeZone
  const missing = missingFields(h, settings)
  const notAssessed = notAssessedFields(h.carried, settings.requiredFields)
  const bar = evaluateBar(h, icpInForce(icpVersions, h.week, settings.icp), settings)
  const sla = slaOf(h, settings, asOf)

  const booked = instantOf(h.bookedAt, tz)
  const timeline: TimelinePoint[] = [
    { kind: 'booked', label: 'Booked', at: booked, when: formatInstant(booked, tz, isDateOnly(h.bookedAt)) },
    { kind: 'deadline', label: 'AE deadline', at: sla.deadline, when: formatInstant(sla.deadline, tz) },
  ]
  if (h.status !== 'pending' && h.respondedAt !== null) {
    const at = instantOf(h.respondedAt, tz)
    timeline.push({
      kind: 'responded',
      label: h.status === 'accepted' ? 'Accepted' : 'Rejected',
      at,
      when: formatInstant(at, tz, isDateOnly(h.respondedAt)),
    })
  } else if (h.status === 'pending' && isCarried(h.carried, 'status')) {
    // Without a decision column "pending" is only the default: nothing is still waiting.
    timeline.push({ kind: 'now', label: 'Now (still pending)', at: asOf, when: formatInstant(asOf, tz) })
  }
  if (h.meetingAt !== null) {
    const at = instantOf(h.meetingAt, tz)
    timeline.push({ kind: 'meeting', label: 'Meeting', at, when: formatInstant(at, tz, isDateOnly(h.meetingAt)) })
  }
  timeline.sort((a, b) => a.at - b.at)

  return {
    missing: missing.map((field) => ({ field, label: FIELD_LABELS[field] })),
    notAssessed: notAssessed.map((field) => ({ field, label: FIELD_LABELS[field] })),
    notCarriedMessage: notCarriedMessage(notAssessed),
    absent: CARRIED_FIELDS.filter((f) => !isCarried(h.carried, f)),
    isChecklistNotAssessed: settings.requiredFields.length > 0 && notAssessed.length === settings.requiredFields.length,
    bar: {
      verdict: bar.verdict,
      cleared: bar.cleared,
      failures: bar.failures.map((id) => ({ id, label: BAR_FAILURE_LABELS[id] })),
      icpWeek: icpVersionWeek(icpVersions, h.week),
      disagreement: barDisagreement(h, bar),
      notCarried: barNotCarried(h.carried, bar.verdict),
    },
    sla: {
      state: sla.state,
      responseHours: sla.responseHours,
      timeline,
      notAssessedNote:
        sla.state !== 'not_assessed' ? null : isCarried(h.carried, 'status') ? NO_DECISION_TIME : NO_DECISIONS,
    },
    isFeedbackVague: isCarried(h.carried, 'aeFeedback') && isVagueFeedback(h.aeFeedback),
    isFeedbackMissing: h.status === 'rejected' && isCarried(h.carried, 'aeFeedback') && hasNoFeedback(h.aeFeedback),
    suggestion: suggestRubric(h, missing, {
      placeholders: settings.placeholders,
      requiredFields: settings.requiredFields,
    }),
  }
}
