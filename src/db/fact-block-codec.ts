import { HANDOFF_FIELDS } from '@/domain/handoff'
import { CLIPPED_TEXT, clipText, LONG_TEXT_FIELDS, type HandoffFacts } from '@/domain/handoff-facts'
import type { StoredHandoff } from '@/domain/handoff'
import { runSteps, type Breathe } from './slices'

/**
 * A week's facts stored as ONE record, column by column: a column is the values of one field in
 * row order, or `{ same }` when every row has the same value (the week, the source, the run, the
 * time it was written). Why one record per week and not one per handoff:
 * - an import writes each handoff once plus a few dozen blocks, instead of every handoff twice
 *   (IndexedDB's cost is per record as much as per byte);
 * - a week is one `get`, a year fifty-two, with no index to walk;
 * - a structured clone of columns writes each field name once per week, not once per handoff;
 * - a long text's stub (CLIPPED_TEXT) is stored as null: one byte instead of a sentence.
 */
export interface FactBlock {
  week: string
  count: number
  columns: Record<FactKey, Column>
}

export type Column = unknown[] | { same: unknown }

/** Every key of a facts record except `week` (the block's) and `clipped` (always true). */
export const FACT_KEYS = [
  ...HANDOFF_FIELDS,
  'id',
  'importSource',
  'importRunId',
  'updatedAt',
  'carried',
  'sdrRaw',
  'aeRaw',
  'partnerRaw',
] as const satisfies readonly (keyof HandoffFacts)[]
export type FactKey = (typeof FACT_KEYS)[number]

const LONG_TEXT = new Set<string>(LONG_TEXT_FIELDS)

/**
 * One column of the block. Rows may be stored handoffs or facts: a long text is clipped here as
 * toFacts clips it (clipping a stub again gives the same stub), so an import encodes its handoffs
 * without making a facts object for each first. Long texts are never null in a handoff, so null
 * stands for the stub.
 */
function encodeColumn(rows: readonly StoredHandoff[], key: FactKey): Column {
  const isLong = LONG_TEXT.has(key)
  const at = (i: number): unknown => {
    const h = rows[i]!
    const v = h[key]
    if (!isLong || (key === 'aeFeedback' && h.status === 'rejected')) return v
    const stub = clipText(v as string)
    return stub === CLIPPED_TEXT ? null : stub
  }
  const first = rows.length > 0 ? at(0) : undefined
  let same = true
  const values = new Array<unknown>(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const v = at(i)
    values[i] = v
    if (same && v !== first) same = false
  }
  return same ? { same: first } : values
}

/** The block of one week's handoffs or facts (every row must be of `week`). */
export function encodeBlock(week: string, facts: readonly StoredHandoff[]): FactBlock {
  const columns = {} as Record<FactKey, Column>
  for (const key of FACT_KEYS) columns[key] = encodeColumn(facts, key)
  return { week, count: facts.length, columns }
}

/**
 * `encodeBlock` a column at a time, breathing between columns (slices.ts): a week of 20,000
 * handoffs is 700,000 values, which held the page 0.2 s in one piece during a large import.
 */
export function encodeBlockSliced(
  week: string,
  facts: readonly StoredHandoff[],
  breathe: Breathe,
): PromiseLike<FactBlock> {
  function* steps(): Generator<void, FactBlock> {
    const columns = {} as Record<FactKey, Column>
    for (const key of FACT_KEYS) {
      columns[key] = encodeColumn(facts, key)
      yield
    }
    return { week, count: facts.length, columns }
  }
  return runSteps(steps(), breathe)
}

/**
 * One column as a value per row, as the facts hold it: a `{ same }` column spread out, a long
 * text's null as its stub. What a caller reads when it needs one field of every row; it may be
 * the block's own array, so copy before changing it.
 */
export function columnValues(block: FactBlock, key: FactKey): unknown[] {
  const column = block.columns[key]
  const stub = LONG_TEXT.has(key) ? CLIPPED_TEXT : null
  if (!Array.isArray(column)) return new Array<unknown>(block.count).fill(column.same === null ? stub : column.same)
  return stub === null ? column : column.map((v) => v ?? stub)
}

/**
 * The facts of a block, each as `toFacts` made it: keys whose value is undefined (a handoff
 * without `carried` or raw owner names) are left out, as they were. Each row is one object
 * literal with its keys in one order, so every row shares one shape: building them key by key
 * across the rows took three times as long as reading the block.
 */
export function decodeBlock(block: FactBlock): HandoffFacts[] {
  const c = Object.fromEntries(FACT_KEYS.map((k) => [k, columnValues(block, k)])) as Record<FactKey, unknown[]>
  const week = block.week
  const rows = new Array<HandoffFacts>(block.count)
  for (let i = 0; i < block.count; i++) {
    const row = {
      externalId: c.externalId[i],
      sdr: c.sdr[i],
      ae: c.ae[i],
      partner: c.partner[i],
      company: c.company[i],
      companySize: c.companySize[i],
      industry: c.industry[i],
      segment: c.segment[i],
      campaign: c.campaign[i],
      source: c.source[i],
      contactName: c.contactName[i],
      contactTitle: c.contactTitle[i],
      contactInfluence: c.contactInfluence[i],
      bookedAt: c.bookedAt[i],
      meetingAt: c.meetingAt[i],
      respondedAt: c.respondedAt[i],
      status: c.status[i],
      rejectionReason: c.rejectionReason[i],
      aeFeedback: c.aeFeedback[i],
      crmNotes: c.crmNotes[i],
      discoverySummary: c.discoverySummary[i],
      icpFit: c.icpFit[i],
      triggerEvent: c.triggerEvent[i],
      triggerCategory: c.triggerCategory[i],
      timing: c.timing[i],
      techStack: c.techStack[i],
      budgetSignal: c.budgetSignal[i],
      recordingUrl: c.recordingUrl[i],
      outcome: c.outcome[i],
      pipelineAmount: c.pipelineAmount[i],
      id: c.id[i],
      importSource: c.importSource[i],
      week,
      importRunId: c.importRunId[i],
      updatedAt: c.updatedAt[i],
      clipped: true,
    } as HandoffFacts
    // The optional keys last, and only when set: a handoff without them had none.
    if (c.carried[i] !== undefined) row.carried = c.carried[i] as number
    if (c.sdrRaw[i] !== undefined) row.sdrRaw = c.sdrRaw[i] as string
    if (c.aeRaw[i] !== undefined) row.aeRaw = c.aeRaw[i] as string
    if (c.partnerRaw[i] !== undefined) row.partnerRaw = c.partnerRaw[i] as string
    rows[i] = row
  }
  return rows
}

/** The ids of a block's handoffs, in row order. */
export const blockIds = (block: FactBlock): string[] => columnValues(block, 'id') as string[]

/** Rows grouped by the week they count in, in first-seen order. */
export function groupByWeek<T extends { week: string }>(rows: Iterable<T>): Map<string, T[]> {
  const byWeek = new Map<string, T[]>()
  for (const r of rows) {
    const list = byWeek.get(r.week)
    if (list) list.push(r)
    else byWeek.set(r.week, [r])
  }
  return byWeek
}
