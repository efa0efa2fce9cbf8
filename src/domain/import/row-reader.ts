import type { DateValue, Handoff, HandoffField, RejectionReason, HandoffStatus } from '../handoff'
import type { RowTexts } from './cells'
import { FIELD_LABELS } from '../field-labels'
import { mapRejectionReason, type ReasonRule } from '../rules/reasons'
import { parseDate } from './dates'
import { clipQuoted } from './errors'
import { outOfRange, outOfRangeWords } from '../calendar/year-range'
import { derivedExternalId } from './derived-id'
import type { DateField, DateOrder } from './mapping'
import { parseCompanySize, parseNumber, type DecimalMark } from './numbers'
import { readReason } from './value-maps'
import { parseContactInfluence, parseOutcome, parseStatus, parseTriggerCategory } from './vocabulary'

/** A problem that does not reject a row on its own; tallied per `key` when the row is imported. */
export interface SoftIssue {
  key: string
  message: string
}

/** What every row of one file is read with. */
export interface RowContext {
  /** The header(s) the status is read from through a value map (a CRM's stages), else null. */
  statusColumn: string | null
  headerWidth: number
  timeZone: string
  dateOrders: Partial<Record<DateField, DateOrder>>
  excelSerials: boolean
  mark: DecimalMark
  /** The team's reason rules applied to a text (see `reasonsByRules`). */
  reasonByRules: (raw: string) => RejectionReason | null
}

/** A row read: a handoff (not yet schema-checked) with its soft issues, or every reason it fails. */
export type RowResult = { handoff: Handoff; soft: SoftIssue[] } | { errors: string[] }

/**
 * "Stage" for a stage column (the word managers use), else the column's own header, cut short:
 * it is named in every rejection of the file, so a 10 MB header must not be.
 */
let stageHeader = ''
let stageText = ''
function stageWord(header: string): string {
  if (header !== stageHeader) {
    stageHeader = header
    stageText = /stage/i.test(header.slice(0, 200)) ? 'Stage' : header.length > 60 ? `${header.slice(0, 60)}…` : header
  }
  return stageText
}

/** How a field is named in a rejection: the manager's words, never the code name ("Booked date is empty"). */
const SAID: Partial<Record<HandoffField, string>> = {
  bookedAt: 'Booked date',
  meetingAt: 'Meeting date',
  respondedAt: 'Response date',
}
const said = (field: HandoffField): string => SAID[field] ?? FIELD_LABELS[field]
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

export const quote = (raw: string): string => clipQuoted(raw)

/** A schema problem the reader did not foresee, in words ("Company size is not valid"), never zod's. */
export function issueWords(path: readonly PropertyKey[]): string {
  const field = String(path[0] ?? '')
  return `${Object.hasOwn(FIELD_LABELS, field) ? said(field as HandoffField) : 'The row'} is not valid`
}

/** A date field's value, or null with the reason added (an error if required or outside the years, else soft). */
function readDate(
  field: DateField,
  raw: string,
  required: boolean,
  ctx: RowContext,
  errors: string[],
  soft: SoftIssue[],
): DateValue | null {
  const value = parseDate(raw, { timeZone: ctx.timeZone, order: ctx.dateOrders[field], excelSerials: ctx.excelSerials })
  if (value === undefined) {
    const message = `${said(field)} ${quote(raw)} is not a date`
    if (required) errors.push(message)
    else soft.push({ key: `${field}:date`, message })
    return null
  }
  if (value === null && required) errors.push(`${said(field)} is empty`)
  // A date outside 1990–2100 rejects its row even when optional: emptying it would hide the typo.
  const side = value === null ? null : outOfRange(value, ctx.timeZone)
  if (side) {
    errors.push(`${said(field)} ${quote(raw)} ${outOfRangeWords(side)}`)
    return null
  }
  return value
}

/** An enumerated field's value: `blank` when empty, `unknown` (with a soft issue) when not recognised. */
function readEnum<T>(
  field: HandoffField,
  raw: string,
  parse: (raw: string, ctx: RowContext) => T | undefined,
  blank: T,
  unknown: T,
  label: string,
  ctx: RowContext,
  soft: SoftIssue[],
): T {
  if (raw === '') return blank
  const value = parse(raw, ctx)
  if (value !== undefined) return value
  soft.push({ key: `${field}:enum`, message: `${said(field)} ${quote(raw)} is not recognised (imported as ${label})` })
  return unknown
}

/** How many distinct texts one import remembers the rules' answer for. */
const REMEMBERED_REASONS = 4096

/**
 * The reason rules as one import applies them: each distinct text (AE feedback repeats a few
 * phrases over thousands of rows) is matched against every rule's expression once.
 */
export function reasonsByRules(rules: readonly ReasonRule[]): (raw: string) => RejectionReason | null {
  const seen = new Map<string, RejectionReason | null>()
  return (raw) => {
    let reason = seen.get(raw)
    if (reason === undefined) {
      reason = mapRejectionReason(raw, rules)
      if (seen.size < REMEMBERED_REASONS) seen.set(raw, reason)
    }
    return reason
  }
}

/**
 * A rejection reason: the CRM's picklist first, then the team's reason rules (a rejection without
 * a reason is read from the AE's free-text feedback, in `readRow`, when a rule recognises it).
 */
const byRules = (raw: string, ctx: RowContext): RejectionReason | undefined => readReason(raw, ctx.reasonByRules)

/** A row wider than its header: a delimiter inside an unquoted value may have shifted the columns. */
function checkWidth(cells: readonly string[], ctx: RowContext, errors: string[]): void {
  for (let i = ctx.headerWidth; i < cells.length; i++) {
    if (cells[i]!.trim() !== '') {
      errors.push(
        `The row has ${cells.length} cells but the header has ${ctx.headerWidth}; a delimiter inside an unquoted value may have shifted the columns`,
      )
      return
    }
  }
}

/** The AE's decision, or null with the reason added. */
function readStatus(raw: string, ctx: RowContext, errors: string[]): HandoffStatus | null {
  const status = parseStatus(raw)
  if (status) return status
  errors.push(
    ctx.statusColumn
      ? `${capitalise(stageWord(ctx.statusColumn))} ${quote(raw)} is not a known decision: map it on the mapping screen`
      : `Status ${quote(raw)} is not accepted, rejected or pending`,
  )
  return null
}

/** A number field's value: null when empty, and null with a soft issue when it is not a number. */
function readNumber(
  field: 'companySize' | 'pipelineAmount',
  raw: string,
  ctx: RowContext,
  soft: SoftIssue[],
): number | null {
  const value = field === 'companySize' ? parseCompanySize(raw, ctx.mark) : parseNumber(raw, ctx.mark)
  if (value === null || !Number.isNaN(value)) return value
  const what = field === 'companySize' ? 'is not a whole number of employees' : 'is not a number'
  soft.push({ key: `${field}:number`, message: `${said(field)} ${quote(raw)} ${what} (left empty)` })
  return null
}

/**
 * One record → a handoff, or its rejection with every reason (hard errors, then soft ones).
 * `t` holds every field's text for this record (its column's cell, or the note template's).
 */
export function readRow(cells: readonly string[], t: RowTexts, ctx: RowContext): RowResult {
  const errors: string[] = []
  const soft: SoftIssue[] = []
  checkWidth(cells, ctx, errors)
  const bookedAt = readDate('bookedAt', t.bookedAt, true, ctx, errors, soft)
  const meetingAt = readDate('meetingAt', t.meetingAt, false, ctx, errors, soft)
  const respondedAt = readDate('respondedAt', t.respondedAt, false, ctx, errors, soft)
  const sdr = t.sdr
  if (sdr === '') errors.push(`${said('sdr')} is empty`)
  const status = readStatus(t.status, ctx, errors)
  const influence = readEnum(
    'contactInfluence',
    t.contactInfluence,
    parseContactInfluence,
    'unknown',
    'unknown',
    '"unknown"',
    ctx,
    soft,
  )
  let rejectionReason = readEnum('rejectionReason', t.rejectionReason, byRules, null, 'other', '"other"', ctx, soft)
  if (rejectionReason === null && status === 'rejected') rejectionReason = ctx.reasonByRules(t.aeFeedback)
  const trigger = readEnum(
    'triggerCategory',
    t.triggerCategory,
    parseTriggerCategory,
    null,
    'other',
    '"other"',
    ctx,
    soft,
  )
  const outcome = readEnum('outcome', t.outcome, parseOutcome, null, null, 'empty', ctx, soft)
  const companySize = readNumber('companySize', t.companySize, ctx, soft)
  const pipelineAmount = readNumber('pipelineAmount', t.pipelineAmount, ctx, soft)

  if (errors.length > 0 || !bookedAt || !status) return { errors: [...errors, ...soft.map((s) => s.message)] }
  const company = t.company
  const contactName = t.contactName
  // One literal in docs/product.md order: every handoff gets the same object shape (fast).
  const handoff: Handoff = {
    externalId: t.externalId || derivedExternalId({ bookedAt, sdr, company, contactName }),
    sdr,
    ae: t.ae,
    partner: t.partner,
    company,
    companySize,
    industry: t.industry,
    segment: t.segment,
    campaign: t.campaign,
    source: t.source,
    contactName,
    contactTitle: t.contactTitle,
    contactInfluence: influence,
    bookedAt,
    meetingAt,
    respondedAt,
    status,
    rejectionReason,
    aeFeedback: t.aeFeedback,
    crmNotes: t.crmNotes,
    discoverySummary: t.discoverySummary,
    icpFit: t.icpFit,
    triggerEvent: t.triggerEvent,
    triggerCategory: trigger,
    timing: t.timing,
    techStack: t.techStack,
    budgetSignal: t.budgetSignal,
    recordingUrl: t.recordingUrl,
    outcome,
    pipelineAmount,
  }
  return { handoff, soft }
}
