/**
 * The huddle's fourth section: where acceptance moved this quarter vs last, by trigger category,
 * segment, industry and company-size band, and where the AEs' decisions disagree with the bar.
 */
import type { Handoff, HandoffField } from '../handoff'
import { humanize } from '../field-labels'
import type { Icp, Settings } from '../settings'
import { NOT_IN_EXPORT, rateOf, rateValue, type Rate } from '../assessed'
import { carriedOf, carriedBit, isCarried, type Carriage, type CarryingHandoff } from '../carried'
import { barDisagreement, evaluateBar, icpInForce, type BarFailure, type IcpVersion } from '../rules/quality-bar'
import { BAR_FAILURE_LABELS } from '../handoff-table'
import { joinAnd } from '../format'

export const CALIBRATION_DIMENSIONS = ['triggerCategory', 'segment', 'industry', 'sizeBand'] as const
export type CalibrationDimension = (typeof CALIBRATION_DIMENSIONS)[number]

export const DIMENSION_LABELS: Record<CalibrationDimension, string> = {
  triggerCategory: 'Trigger category',
  segment: 'Segment',
  industry: 'Industry',
  sizeBand: 'Company size',
}

/** Upper bounds (exclusive) of the company-size bands, in employees. */
const SIZE_BANDS: { below: number; label: string }[] = [
  { below: 50, label: '1–49' },
  { below: 200, label: '50–199' },
  { below: 1000, label: '200–999' },
  { below: Infinity, label: '1,000+' },
]

const SIZE_UNKNOWN = 'Size unknown'

export function sizeBand(companySize: number | null): string {
  if (companySize === null) return SIZE_UNKNOWN
  return SIZE_BANDS.find((b) => companySize < b.below)!.label
}

/** The field each grouping reads: a grouping by a field no export carried is not offered. */
const DIMENSION_FIELDS: Record<CalibrationDimension, HandoffField> = {
  triggerCategory: 'triggerCategory',
  segment: 'segment',
  industry: 'industry',
  sizeBand: 'companySize',
}

/** The values that mean "nothing recorded": shown as a row, never a mover or a finding. */
const BLANK_VALUES: ReadonlySet<string> = new Set(['(no category)', '(no segment)', '(no industry)', SIZE_UNKNOWN])
const isBlankValue = (value: string): boolean => BLANK_VALUES.has(value)

function dimensionValue(h: Handoff, dimension: CalibrationDimension): string {
  switch (dimension) {
    case 'triggerCategory':
      return h.triggerCategory ? humanize(h.triggerCategory) : '(no category)'
    case 'segment':
      return h.segment.trim() || '(no segment)'
    case 'industry':
      return h.industry.trim() || '(no industry)'
    case 'sizeBand':
      return sizeBand(h.companySize)
  }
}

/** The groupings the handoffs' exports can support: those whose field some handoff carried. */
export function offeredDimensions(...periods: readonly (readonly Carriage[])[]): CalibrationDimension[] {
  let any = 0
  for (const handoffs of periods) for (const h of handoffs) any |= carriedOf(h)
  return CALIBRATION_DIMENSIONS.filter((d) => (any & carriedBit(DIMENSION_FIELDS[d])) !== 0)
}

/** Some handoff carried the AE's decision: without it acceptance cannot be compared at all. */
export const isDecisionCarried = (...periods: readonly (readonly Carriage[])[]): boolean =>
  periods.some((handoffs) => handoffs.some((h) => isCarried(h.carried, 'status')))

export interface PeriodStats {
  booked: number
  accepted: number
  rejected: number
  /** Over the bookings whose export carried the AE's decision. */
  acceptanceRate: Rate
}

export interface CalibrationRow {
  dimension: CalibrationDimension
  value: string
  thisQuarter: PeriodStats
  lastQuarter: PeriodStats
  /** Change in acceptance, in percentage points (rounded rates); null without both rates. */
  changePoints: number | null
  /** One of the biggest movers (see `flagMovers`). */
  isMover: boolean
  /** "(no category)", "Size unknown" …: nothing recorded, so never a mover. */
  isBlank: boolean
}

function stats(handoffs: readonly CarryingHandoff[]): PeriodStats {
  let accepted = 0
  let rejected = 0
  let decisionCarried = 0
  for (const h of handoffs) {
    if (!isCarried(h.carried, 'status')) continue
    decisionCarried++
    if (h.status === 'accepted') accepted++
    else if (h.status === 'rejected') rejected++
  }
  return {
    booked: handoffs.length,
    accepted,
    rejected,
    // Not in this export only when there were bookings and none carried the decision.
    acceptanceRate: rateOf(accepted, accepted + rejected, handoffs.length === 0 || decisionCarried > 0),
  }
}

function groupBy(
  handoffs: readonly CarryingHandoff[],
  dimension: CalibrationDimension,
): Map<string, CarryingHandoff[]> {
  const groups = new Map<string, CarryingHandoff[]>()
  for (const h of handoffs) {
    const value = dimensionValue(h, dimension)
    const g = groups.get(value)
    if (g) g.push(h)
    else groups.set(value, [h])
  }
  return groups
}

function pointChange(now: number | null, before: number | null): number | null {
  return now === null || before === null ? null : Math.round(now * 100) - Math.round(before * 100)
}

export interface MoverOptions {
  /** Decided handoffs (accepted + rejected) needed in each quarter before a change counts. */
  minDecided: number
  /** Smallest change, in percentage points, worth flagging. */
  minPoints: number
  /** At most this many movers per dimension. */
  limit: number
}

const DEFAULT_MOVER_OPTIONS: MoverOptions = { minDecided: 5, minPoints: 10, limit: 3 }

const decided = (s: PeriodStats): number => s.accepted + s.rejected

/**
 * Flags the biggest movers: rows with enough decided handoffs in both quarters whose acceptance
 * changed by at least `minPoints`, the largest absolute changes first, at most `limit`. A blank
 * value ("(no category)") is never a mover: nothing recorded is no finding.
 */
function flagMovers(rows: readonly CalibrationRow[], options: MoverOptions = DEFAULT_MOVER_OPTIONS): CalibrationRow[] {
  const movers = new Set(
    rows
      .filter(
        (r) =>
          !r.isBlank &&
          r.changePoints !== null &&
          Math.abs(r.changePoints) >= options.minPoints &&
          decided(r.thisQuarter) >= options.minDecided &&
          decided(r.lastQuarter) >= options.minDecided,
      )
      .sort((a, b) => Math.abs(b.changePoints!) - Math.abs(a.changePoints!) || (a.value < b.value ? -1 : 1))
      .slice(0, options.limit),
  )
  return rows.map((r) => ({ ...r, isMover: movers.has(r) }))
}

/**
 * One row per value of the dimension seen in either quarter: volume and acceptance this quarter
 * vs last, movers flagged. Largest this-quarter volume first, then by value.
 */
export function calibrationTable(
  thisQuarter: readonly CarryingHandoff[],
  lastQuarter: readonly CarryingHandoff[],
  dimension: CalibrationDimension,
  options: MoverOptions = DEFAULT_MOVER_OPTIONS,
): CalibrationRow[] {
  const now = groupBy(thisQuarter, dimension)
  const before = groupBy(lastQuarter, dimension)
  const values = [...new Set([...now.keys(), ...before.keys()])]
  const rows = values.map((value): CalibrationRow => {
    const a = stats(now.get(value) ?? [])
    const b = stats(before.get(value) ?? [])
    return {
      dimension,
      value,
      thisQuarter: a,
      lastQuarter: b,
      changePoints: pointChange(rateValue(a.acceptanceRate), rateValue(b.acceptanceRate)),
      isMover: false,
      isBlank: isBlankValue(value),
    }
  })
  rows.sort(
    (x, y) =>
      y.thisQuarter.booked - x.thisQuarter.booked ||
      y.lastQuarter.booked - x.lastQuarter.booked ||
      (x.value < y.value ? -1 : 1),
  )
  return flagMovers(rows, options)
}

/**
 * Acceptance over all handoffs, this quarter vs last: what the section still shows when the
 * export carried the decision but none of the fields to group by. Never a mover (one row).
 */
export function overallRow(
  thisQuarter: readonly CarryingHandoff[],
  lastQuarter: readonly CarryingHandoff[],
): { thisQuarter: PeriodStats; lastQuarter: PeriodStats; changePoints: number | null } {
  const a = stats(thisQuarter)
  const b = stats(lastQuarter)
  return {
    thisQuarter: a,
    lastQuarter: b,
    changePoints: pointChange(rateValue(a.acceptanceRate), rateValue(b.acceptanceRate)),
  }
}

/** Every dimension's flagged movers, biggest change first: what the notes list. */
export function allMovers(tables: readonly CalibrationRow[][]): CalibrationRow[] {
  return tables
    .flat()
    .filter((r) => r.isMover && !r.isBlank)
    .sort((a, b) => Math.abs(b.changePoints ?? 0) - Math.abs(a.changePoints ?? 0))
}

export interface DisagreementEntry {
  handoffId: string
  company: string
  status: 'accepted' | 'rejected'
  /** The bar's failures (accepted below the bar); empty for rejected above it. */
  failures: string[]
  reasonLabel: string
}

export interface BarDisagreements {
  acceptedBelowBar: DisagreementEntry[]
  rejectedAboveBar: DisagreementEntry[]
  /** Decided handoffs (the export carried the AE's decision and it was accepted or rejected). */
  decided: number
  /** Of those, the ones the bar could assess: the base of both counts. 0 = not in this export. */
  assessed: number
}

/**
 * Decided handoffs where the AE and the bar (the ICP in force in the booking week) disagree. Only
 * handoffs the bar could assess count (a bar with no input carried clears nothing, and a decision
 * the export never carried disagrees with nothing); `assessed` is the base a screen shows.
 */
export function barDisagreements(
  handoffs: readonly (CarryingHandoff & { id: string; week: string })[],
  settings: Pick<Settings, 'icp' | 'requiredFields' | 'placeholders'>,
  versions: readonly IcpVersion[],
): BarDisagreements {
  const out: BarDisagreements = { acceptedBelowBar: [], rejectedAboveBar: [], decided: 0, assessed: 0 }
  const icpByWeek = new Map<string, Icp>()
  for (const h of handoffs) {
    if (h.status === 'pending' || !isCarried(h.carried, 'status')) continue
    out.decided++
    let icp = icpByWeek.get(h.week)
    if (!icp) {
      icp = icpInForce(versions, h.week, settings.icp)
      icpByWeek.set(h.week, icp)
    }
    const bar = evaluateBar(h, icp, settings)
    if (bar.verdict !== 'not_assessed') out.assessed++
    const kind = barDisagreement(h, bar)
    if (!kind) continue
    const entry: DisagreementEntry = {
      handoffId: h.id,
      company: h.company,
      status: h.status,
      failures: bar.failures.map((f: BarFailure) => BAR_FAILURE_LABELS[f]),
      reasonLabel: h.rejectionReason ? humanize(h.rejectionReason) : '',
    }
    if (kind === 'accepted_below_bar') out.acceptedBelowBar.push(entry)
    else out.rejectedAboveBar.push(entry)
  }
  return out
}

/** The ICP as a few readable lines, for the screen and the notes. */
export function describeIcp(icp: Icp): string[] {
  return [
    `Company size at least ${icp.minCompanySize} employees`,
    icp.targetIndustries.length === 0 ? 'Any industry' : `Industries: ${icp.targetIndustries.join(', ')}`,
    `Contact influence: ${icp.influenceLevels.map(humanize).join(', ')}`,
  ]
}

/** What changes between two ICPs, for a decision's text; [] when nothing does. */
export function icpChanges(before: Icp, after: Icp): string[] {
  const changes: string[] = []
  if (before.minCompanySize !== after.minCompanySize)
    changes.push(`minimum company size ${before.minCompanySize} → ${after.minCompanySize}`)
  const list = (xs: readonly string[]): string => (xs.length === 0 ? 'any' : xs.join(', '))
  if (list(before.targetIndustries) !== list(after.targetIndustries)) {
    changes.push(`industries ${list(before.targetIndustries)} → ${list(after.targetIndustries)}`)
  }
  const levels = (xs: readonly string[]): string => xs.map(humanize).join(', ')
  if (levels([...before.influenceLevels].sort()) !== levels([...after.influenceLevels].sort())) {
    changes.push(`contact influence ${levels(before.influenceLevels)} → ${levels(after.influenceLevels)}`)
  }
  return changes
}

/**
 * The decision a calibration proposal records: what would change and why, and whether a new ICP
 * version was made (`versionFrom`, its effective week) or the ICP stays as it is (null).
 */
export function proposalDecisionText(before: Icp, next: Icp, note: string, versionFrom: string | null): string {
  const changes = icpChanges(before, next)
  const what = changes.length > 0 ? changes.join('; ') : 'no change to the ICP fields'
  const text = `${what}${note.trim() ? ` — ${note.trim()}` : ''}`
  return versionFrom === null
    ? `${text} (proposed; ICP unchanged)`
    : `${text} (new ICP version in force from ${versionFrom})`
}

/**
 * What the acceptance table cannot show and why, said once; null when it shows what it should.
 * A grouping the export did not carry is simply not offered (`offeredDimensions`).
 */
export function calibrationNotice(decisionCarried: boolean, offered: readonly CalibrationDimension[]): string | null {
  if (!decisionCarried)
    return 'This export has no AE decision column: acceptance cannot be compared between quarters. Map the stage or decision column when you import.'
  if (offered.length === 0)
    return 'This export has no trigger category, segment, industry or company size: acceptance can only be compared for all handoffs together.'
  const missing = CALIBRATION_DIMENSIONS.filter((d) => !offered.includes(d))
  if (missing.length === 0) return null
  const names = missing.map((d) => DIMENSION_LABELS[d].toLowerCase())
  const list = joinAnd(names)
  return `Not offered: this export has no ${list}.`
}

/** The two disagreement counts as a person reads them: a count of the base, or not in this export. */
export function disagreementTexts(d: BarDisagreements): {
  acceptedBelowBar: string
  rejectedAboveBar: string
  base: string
} {
  if (d.decided === 0 || d.assessed === 0) {
    const base =
      d.decided === 0
        ? 'This export has no AE decision that the bar could be compared with.'
        : 'This export carries none of the bar’s inputs (company size, industry, contact influence, trigger or pain, the checklist): the bar cannot be judged.'
    return { acceptedBelowBar: NOT_IN_EXPORT, rejectedAboveBar: NOT_IN_EXPORT, base }
  }
  const base =
    d.assessed === d.decided
      ? `Of ${d.decided} decided handoffs this quarter.`
      : `Of ${d.assessed} decided handoffs the bar could assess (${d.decided - d.assessed} more had none of its inputs).`
  return {
    acceptedBelowBar: String(d.acceptedBelowBar.length),
    rejectedAboveBar: String(d.rejectedAboveBar.length),
    base,
  }
}
