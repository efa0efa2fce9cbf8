import type { Handoff, HandoffField } from '../handoff'
import { FIELD_LABELS } from '../field-labels'
import { mapRejectionReason, type ReasonRule } from '../rules/reasons'
import { parseDate } from './dates'
import { derivedExternalId } from './derived-id'
import type { DateField, DateOrder } from './mapping'
import { parseCompanySize, parseNumber, type DecimalMark } from './numbers'
import {
  parseContactInfluence,
  parseOutcome,
  parseRejectionReason,
  parseStatus,
  parseTriggerCategory,
} from './vocabulary'

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
  reasonRules: readonly ReasonRule[]
}

/** A row read: a handoff (not yet schema-checked) with its soft issues, or every reason it fails. */
export type RowResult = { handoff: Handoff; soft: SoftIssue[] } | { errors: string[] }

/** "Stage" for a stage column (the word managers use), else the column's own header. */
const stageWord = (header: string): string => (/stage/i.test(header) ? 'Stage' : header)

/** How a field is named in a rejection: the manager's words, never the code name ("Booked date is empty"). */
const SAID: Partial<Record<HandoffField, string>> = {
  bookedAt: 'Booked date',
  meetingAt: 'Meeting date',
  respondedAt: 'Response date',
}
const said = (field: HandoffField): string => SAID[field] ?? FIELD_LABELS[field]
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

export const quote = (raw: string): string => JSON.stringify(raw.length > 80 ? `${raw.slice(0, 80)}…` : raw)

/**
 * One record → a handoff, or its rejection with every reason (hard errors, then soft ones).
 * `get` gives a field's text for this record (its column's cell, or the note template's).
 */
export function readRow(cells: readonly string[], get: (f: HandoffField) => string, ctx: RowContext): RowResult {
  const errors: string[] = []
  const soft: SoftIssue[] = []

  for (let i = ctx.headerWidth; i < cells.length; i++) {
    if (cells[i]!.trim() !== '') {
      errors.push(
        `The row has ${cells.length} cells but the header has ${ctx.headerWidth}; a delimiter inside an unquoted value may have shifted the columns`,
      )
      break
    }
  }

  const date = (field: DateField, required: boolean) => {
    const raw = get(field)
    const value = parseDate(raw, {
      timeZone: ctx.timeZone,
      order: ctx.dateOrders[field],
      excelSerials: ctx.excelSerials,
    })
    if (value === undefined) {
      const message = `${said(field)} ${quote(raw)} is not a date`
      if (required) errors.push(message)
      else soft.push({ key: `${field}:date`, message })
      return null
    }
    if (value === null && required) errors.push(`${said(field)} is empty`)
    return value
  }
  const bookedAt = date('bookedAt', true)
  const meetingAt = date('meetingAt', false)
  const respondedAt = date('respondedAt', false)

  const sdr = get('sdr')
  if (sdr === '') errors.push(`${said('sdr')} is empty`)

  const rawStatus = get('status')
  const status = parseStatus(rawStatus)
  if (!status) {
    errors.push(
      ctx.statusColumn
        ? `${capitalise(stageWord(ctx.statusColumn))} ${quote(rawStatus)} is not a known decision: map it on the mapping screen`
        : `Status ${quote(rawStatus)} is not accepted, rejected or pending`,
    )
  }

  const enumField = <T>(
    field: HandoffField,
    parse: (raw: string) => T | undefined,
    blank: T,
    unknown: T,
    label: string,
  ): T => {
    const raw = get(field)
    if (raw === '') return blank
    const value = parse(raw)
    if (value !== undefined) return value
    soft.push({
      key: `${field}:enum`,
      message: `${said(field)} ${quote(raw)} is not recognised (imported as ${label})`,
    })
    return unknown
  }
  const contactInfluence = enumField('contactInfluence', parseContactInfluence, 'unknown', 'unknown', '"unknown"')
  // The CRM's picklist first, then the team's reason rules; a rejection without a reason is
  // read from the AE's free-text feedback when a rule recognises it.
  const byRules = (raw: string) => parseRejectionReason(raw) ?? mapRejectionReason(raw, ctx.reasonRules) ?? undefined
  let rejectionReason = enumField('rejectionReason', byRules, null, 'other', '"other"')
  if (rejectionReason === null && status === 'rejected')
    rejectionReason = mapRejectionReason(get('aeFeedback'), ctx.reasonRules)
  const triggerCategory = enumField('triggerCategory', parseTriggerCategory, null, 'other', '"other"')
  const outcome = enumField('outcome', parseOutcome, null, null, 'empty')

  const rawSize = get('companySize')
  let companySize = parseCompanySize(rawSize, ctx.mark)
  if (companySize !== null && Number.isNaN(companySize)) {
    soft.push({
      key: 'companySize:number',
      message: `${said('companySize')} ${quote(rawSize)} is not a whole number of employees (left empty)`,
    })
    companySize = null
  }
  const rawAmount = get('pipelineAmount')
  let pipelineAmount = parseNumber(rawAmount, ctx.mark)
  if (pipelineAmount !== null && Number.isNaN(pipelineAmount)) {
    soft.push({
      key: 'pipelineAmount:number',
      message: `${said('pipelineAmount')} ${quote(rawAmount)} is not a number (left empty)`,
    })
    pipelineAmount = null
  }

  if (errors.length > 0 || !bookedAt || !status) return { errors: [...errors, ...soft.map((s) => s.message)] }
  const company = get('company')
  const contactName = get('contactName')
  // One literal in PRODUCT.md order: every handoff gets the same object shape (fast).
  const handoff: Handoff = {
    externalId: get('externalId') || derivedExternalId({ bookedAt, sdr, company, contactName }),
    sdr,
    ae: get('ae'),
    partner: get('partner'),
    company,
    companySize,
    industry: get('industry'),
    segment: get('segment'),
    campaign: get('campaign'),
    source: get('source'),
    contactName,
    contactTitle: get('contactTitle'),
    contactInfluence,
    bookedAt,
    meetingAt,
    respondedAt,
    status,
    rejectionReason,
    aeFeedback: get('aeFeedback'),
    crmNotes: get('crmNotes'),
    discoverySummary: get('discoverySummary'),
    icpFit: get('icpFit'),
    triggerEvent: get('triggerEvent'),
    triggerCategory,
    timing: get('timing'),
    techStack: get('techStack'),
    budgetSignal: get('budgetSignal'),
    recordingUrl: get('recordingUrl'),
    outcome,
    pipelineAmount,
  }
  return { handoff, soft }
}
