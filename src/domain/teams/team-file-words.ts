/**
 * A team file's fields in a leader's words, for refusals that name the record and the field
 * ("week 2026-W47 has a booked count that is not a whole number"), never zod's own text.
 */
import type { z } from 'zod'
import { FIELD_LABELS } from '../field-labels'
import type { HandoffField } from '../handoff'
import type { TeamFileTable } from './team-file'

type Issue = z.core.$ZodIssue

interface Words {
  /** "a booked count" */
  noun: string
  /** "is not a whole number" */
  not: string
}

const WHOLE = 'is not a whole number of 0 or more'
const countOf = (what: string): Words => ({ noun: `a ${what} count`, not: WHOLE })

const WEEK_WORDS: Record<string, Words> = {
  week: { noun: 'a week', not: 'is not an ISO week such as 2026-W47' },
  booked: countOf('booked'),
  accepted: countOf('accepted'),
  rejected: countOf('rejected'),
  pending: countOf('pending'),
  onTime: countOf('on-time'),
  late: countOf('late'),
  openOverdue: countOf('open-overdue'),
  incomplete: countOf('incomplete'),
  vagueFeedback: countOf('vague-feedback'),
  noFeedback: countOf('no-feedback'),
  rubricSum: { noun: 'a rubric total', not: 'is not a number of 0 or more' },
  rubricCount: countOf('rubric-scored'),
  statusAssessed: countOf('decisions-assessed'),
  responseAssessed: countOf('response-times-assessed'),
  checklistAssessed: countOf('checklist-assessed'),
  feedbackAssessed: countOf('feedback-assessed'),
  unknown: { noun: 'a list of what the export could not show', not: 'names a measure this app does not know' },
}

const HUDDLE_WORDS: Record<string, Words> = {
  week: { noun: 'a week', not: 'is not an ISO week such as 2026-W47' },
  date: { noun: 'a date', not: 'is not text' },
  status: { noun: 'a status', not: 'is neither open nor finished' },
  decisions: { noun: 'decisions', not: 'are not a list of texts' },
}

const ITEM_WORDS: Record<string, Words> = {
  huddleWeek: { noun: 'a huddle week', not: 'is not an ISO week such as 2026-W47' },
  text: { noun: 'a text', not: 'is not text' },
  owner: { noun: 'an owner', not: 'is not text' },
  due: { noun: 'a due date', not: 'is not a day such as 2026-11-23' },
  doneAt: { noun: 'a done time', not: 'is not a date and time' },
}

const TABLE_WORDS: Record<TeamFileTable, Record<string, Words>> = {
  weeks: WEEK_WORDS,
  huddles: HUDDLE_WORDS,
  actionItems: ITEM_WORDS,
  handoffs: {},
}

/** "week 2026-W47", "the huddle of week 2026-W47", "action item 3", "handoff 12". */
function teamRecordName(table: TeamFileTable, row: unknown, index: number): string {
  const r = (row ?? {}) as Record<string, unknown>
  const week = typeof r.week === 'string' && r.week.length <= 10 ? r.week : null
  switch (table) {
    case 'weeks':
      return week ? `week ${week}` : `week ${index + 1}`
    case 'huddles':
      return week ? `the huddle of week ${week}` : `huddle ${index + 1}`
    case 'actionItems':
      return `action item ${index + 1}`
    case 'handoffs':
      return `handoff ${index + 1}`
  }
}

const valueAt = (row: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    row,
  )

/** One sentence for one zod issue of a row. */
export function teamRowProblem(table: TeamFileTable, row: unknown, index: number, issue: Issue): string {
  const record = teamRecordName(table, row, index)
  if (issue.path.length === 0) return `${record} is not a record`
  const field = String(issue.path[0])
  const words =
    TABLE_WORDS[table][field] ??
    (table === 'handoffs' && Object.hasOwn(FIELD_LABELS, field)
      ? { noun: `a ${FIELD_LABELS[field as HandoffField].toLowerCase()}`, not: 'is not valid' }
      : { noun: `a field “${field.slice(0, 40)}”`, not: 'is not valid' })
  if (issue.path.length === 1 && valueAt(row, issue.path) === undefined)
    return `${record} has no ${words.noun.replace(/^an? /, '')}`
  return `${record} has ${words.noun} that ${words.not}`
}

/** Settings fields in words: "its settings have a time zone that is not an IANA name". */
export function teamSettingsProblem(issue: Issue): string {
  const field = String(issue.path[0] ?? '')
  const noun =
    {
      timeZone: 'a time zone',
      fiscalYearStartMonth: 'a fiscal year start month',
      slaWindowDays: 'an SLA window',
      holidays: 'holidays',
      requiredFields: 'required fields',
      icpVersions: 'ICP versions',
    }[field] ?? 'a field'
  return `its settings have ${noun} that ${noun === 'holidays' || noun.endsWith('s') ? 'are' : 'is'} not valid`
}
