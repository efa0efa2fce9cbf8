import type { HandoffField, HandoffStatus, StoredHandoff } from './handoff'
import { FIELD_LABELS } from './field-labels'
import type { Icp, Settings } from './settings'
import { isFilled, preparePlaceholders } from './rules/checklist'
import { carriedBit, carriedOf } from './carried'
import { evaluateBar, icpInForce, type BarFailure, type BarVerdict, type IcpVersion } from './rules/quality-bar'
import { NOT_IN_EXPORT } from './assessed'
import { NO_DECISION_TIME, NO_DECISIONS } from './metrics/not-assessed'
import { slaOf, type SlaState } from './rules/sla'

/** What one line of the Handoffs table shows; derived once per load, not per render. */
export interface HandoffRow {
  id: string
  week: string
  bookedAt: string
  sdr: string
  ae: string
  company: string
  status: HandoffStatus
  /** The import carried a decision: without one, `status` is only the default "pending". */
  hasDecision: boolean
  /** Required fields left empty, in the settings' order (shared between rows: do not mutate). */
  missing: HandoffField[]
  /** One mark per required field: ● filled, ○ missing. */
  checklistMarks: string
  /** "Complete" or "Missing: Budget signal, Tech stack": the marks' accessible name. */
  checklistLabel: string
  sla: SlaState
  /** The checklist could be assessed (its import carried a required field): complete or not. */
  isChecklistAssessed: boolean
  /** Quality-bar failures under the ICP in force in the booking week. */
  barFailures: BarFailure[]
  /** Cleared, below, or not assessed (the export carried none of the bar's inputs). */
  barVerdict: BarVerdict
  /** "Cleared", "Below the bar: Company too small, No trigger or pain" or "Not in this export". */
  barLabel: string
}

/** Everything a row's derived columns depend on besides the handoff itself. */
export interface RowContext {
  settings: Pick<Settings, 'requiredFields' | 'placeholders' | 'timeZone' | 'holidays' | 'slaWindowDays' | 'icp'>
  /** Instant (UTC ms) that "now" means for open handoffs. */
  asOf: number
  icpVersions: readonly IcpVersion[]
}

export const SLA_LABELS: Record<SlaState, string> = {
  on_time: 'On time',
  late: 'Late',
  open_overdue: 'Open, overdue',
  open_within: 'Open, within SLA',
  unknown: 'Unknown',
  not_assessed: 'Not in this export',
}

export const BAR_FAILURE_LABELS: Record<BarFailure, string> = {
  too_small: 'Company too small',
  wrong_industry: 'Industry not in ICP',
  no_influence: 'Contact has no influence',
  no_trigger_or_pain: 'No trigger or pain',
  incomplete: 'Package incomplete',
}

/** What the checklist marks mean, and which field each mark stands for, in order. */
export const checklistLegend = (requiredFields: readonly HandoffField[]): string =>
  `Checklist marks: ● filled, ○ missing, · not in this export — one per required field: ${requiredFields
    .map((f) => FIELD_LABELS[f])
    .join(', ')}.`

export const checklistLabel = (
  missing: readonly HandoffField[],
  notAssessed: readonly HandoffField[] = [],
  isAssessed = true,
): string =>
  !isAssessed
    ? 'Not assessed: this export has none of the required fields'
    : missing.length > 0
      ? `Missing: ${missing.map((f) => FIELD_LABELS[f]).join(', ')}`
      : notAssessed.length === 0
        ? 'Complete'
        : `Not in this export: ${notAssessed.map((f) => FIELD_LABELS[f]).join(', ')}`

/**
 * Builds a function that derives table rows. Per-week lookups (the ICP in force) are cached, so
 * 100k handoffs cost one checklist, one bar and one SLA evaluation each and nothing more.
 */
export const barLabel = (failures: readonly BarFailure[], verdict: BarVerdict = 'below'): string =>
  verdict === 'not_assessed'
    ? upperFirst(NOT_IN_EXPORT)
    : failures.length === 0
      ? 'Cleared'
      : `Below the bar: ${failures.map((f) => BAR_FAILURE_LABELS[f]).join(', ')}`

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

export function rowDeriver(context: RowContext): (h: StoredHandoff) => HandoffRow {
  const { settings, asOf, icpVersions } = context
  const placeholders = preparePlaceholders(settings.placeholders)
  const icpByWeek = new Map<string, Icp>()
  const icpFor = (week: string): Icp => {
    let icp = icpByWeek.get(week)
    if (!icp) {
      icp = icpInForce(icpVersions, week, settings.icp)
      icpByWeek.set(week, icp)
    }
    return icp
  }
  // The marks determine the missing fields, so rows with the same marks share one array and label.
  const byMarks = new Map<string, { missing: HandoffField[]; label: string; isAssessed: boolean }>()
  const barLabels = new Map<string, string>()
  return (h) => {
    let marks = ''
    // ● present, ○ missing, · not carried by the export (not assessed).
    const carried = carriedOf(h)
    for (const field of settings.requiredFields) {
      marks += (carried & carriedBit(field)) === 0 ? '·' : isFilled(h[field], placeholders) ? '●' : '○'
    }
    let checklist = byMarks.get(marks)
    if (!checklist) {
      const missing = settings.requiredFields.filter((_, i) => marks[i] === '○')
      const notAssessed = settings.requiredFields.filter((_, i) => marks[i] === '·')
      // With no required field carried the checklist says nothing: neither complete nor incomplete.
      const isAssessed = notAssessed.length < settings.requiredFields.length
      checklist = { missing, label: checklistLabel(missing, notAssessed, isAssessed), isAssessed }
      byMarks.set(marks, checklist)
    }
    const { failures: barFailures, verdict: barVerdict } = evaluateBar(h, icpFor(h.week), settings, checklist.missing)
    const barKey = `${barVerdict}:${barFailures.join(',')}`
    let bar = barLabels.get(barKey)
    if (bar === undefined) {
      bar = barLabel(barFailures, barVerdict)
      barLabels.set(barKey, bar)
    }
    return {
      id: h.id,
      week: h.week,
      bookedAt: h.bookedAt,
      sdr: h.sdr,
      ae: h.ae,
      company: h.company,
      status: h.status,
      hasDecision: (carried & carriedBit('status')) !== 0,
      missing: checklist.missing,
      checklistMarks: marks,
      checklistLabel: checklist.label,
      isChecklistAssessed: checklist.isAssessed,
      sla: slaOf(h, settings, asOf).state,
      barFailures,
      barVerdict,
      barLabel: bar,
    }
  }
}

export const toRows = (handoffs: readonly StoredHandoff[], context: RowContext): HandoffRow[] =>
  handoffs.map(rowDeriver(context))

export interface RowFilters {
  week: string
  sdr: string
  ae: string
  status: HandoffStatus | ''
  checklist: 'complete' | 'incomplete' | ''
  sla: SlaState | ''
  bar: 'cleared' | 'below' | ''
  /** Case-insensitive match on company, SDR or AE. */
  text: string
}

export const NO_FILTERS: RowFilters = {
  week: '',
  sdr: '',
  ae: '',
  status: '',
  checklist: '',
  sla: '',
  bar: '',
  text: '',
}

export type SortKey = 'week' | 'bookedAt' | 'sdr' | 'ae' | 'company' | 'status'
export interface RowSort {
  key: SortKey
  direction: 'asc' | 'desc'
}

export function filterRows(rows: readonly HandoffRow[], f: RowFilters): HandoffRow[] {
  const text = f.text.trim().toLowerCase()
  return rows.filter(
    (r) =>
      (!f.week || r.week === f.week) &&
      (!f.sdr || r.sdr === f.sdr) &&
      (!f.ae || r.ae === f.ae) &&
      // "Pending" is never a finding about a row whose export carried no decision.
      (!f.status || (r.hasDecision && r.status === f.status)) &&
      // A row the export could not assess is neither complete nor incomplete, neither cleared nor below.
      (!f.checklist || (r.isChecklistAssessed && (f.checklist === 'complete') === (r.missing.length === 0))) &&
      (!f.sla || r.sla === f.sla) &&
      (!f.bar || r.barVerdict === f.bar) &&
      (!text ||
        r.company.toLowerCase().includes(text) ||
        r.sdr.toLowerCase().includes(text) ||
        r.ae.toLowerCase().includes(text)),
  )
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** Sorts a copy; ties fall back to booking time so the order is stable across reloads. */
export function sortRows(rows: readonly HandoffRow[], sort: RowSort): HandoffRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  const key = sort.key
  const compare =
    key === 'week' || key === 'bookedAt'
      ? (a: HandoffRow, b: HandoffRow) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0)
      : (a: HandoffRow, b: HandoffRow) => collator.compare(a[key], b[key])
  return [...rows].sort(
    (a, b) => sign * compare(a, b) || (a.bookedAt < b.bookedAt ? -1 : a.bookedAt > b.bookedAt ? 1 : 0),
  )
}

export interface FilterOptions {
  weeks: string[]
  sdrs: string[]
  aes: string[]
}

export function filterOptions(rows: readonly HandoffRow[]): FilterOptions {
  const weeks = new Set<string>()
  const sdrs = new Set<string>()
  const aes = new Set<string>()
  for (const r of rows) {
    weeks.add(r.week)
    sdrs.add(r.sdr)
    if (r.ae) aes.add(r.ae)
  }
  return {
    weeks: [...weeks].sort().reverse(),
    sdrs: [...sdrs].sort(collator.compare),
    aes: [...aes].sort(collator.compare),
  }
}

const FILTER_KEYS = Object.keys(NO_FILTERS) as (keyof RowFilters)[]
const ALLOWED: Partial<Record<keyof RowFilters, readonly string[]>> = {
  status: ['pending', 'accepted', 'rejected'],
  checklist: ['complete', 'incomplete'],
  sla: Object.keys(SLA_LABELS),
  bar: ['cleared', 'below'],
}

/** The filters that are set, as a URL query (so a reload or a back link keeps them). */
export function filtersToQuery(f: RowFilters): Record<string, string> {
  const query: Record<string, string> = {}
  for (const key of FILTER_KEYS) if (f[key] !== '') query[key] = f[key]
  return query
}

/** Filters from a URL query: unknown keys and values outside a closed list are ignored. */
export function filtersFromQuery(query: Readonly<Record<string, unknown>>): RowFilters {
  const f: Record<string, string> = { ...NO_FILTERS }
  for (const key of FILTER_KEYS) {
    const raw = query[key]
    const value = Array.isArray(raw) ? raw[0] : raw
    if (typeof value !== 'string') continue
    const allowed = ALLOWED[key]
    if (!allowed || allowed.includes(value)) f[key] = value
  }
  return f as unknown as RowFilters
}

/**
 * What the rows' exports could not show about the AE's decision, said once above the table with
 * what to do (each row then reads "Not in this export"); none when every export carried it.
 */
export function decisionNotes(rows: readonly Pick<HandoffRow, 'hasDecision' | 'sla'>[]): string[] {
  const notes: string[] = []
  if (rows.some((r) => !r.hasDecision)) notes.push(NO_DECISIONS)
  if (rows.some((r) => r.hasDecision && r.sla === 'not_assessed')) notes.push(NO_DECISION_TIME)
  return notes
}
