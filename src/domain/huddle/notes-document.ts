import type { AgendaSection } from '@/domain/settings'
import { sectionTitle } from './agenda'
import { formatCountOrAverage, formatPercent, formatPointChange, NONE } from '../format'
import { NOT_IN_EXPORT } from '../assessed'
import { numberText, reasonsRemark, type HuddleNumbers, type NumberKind } from './numbers'
import type { AeSlaCoverage } from './breaches'

export type { HuddleNumbers } from './numbers'

export interface WalkedHandoff {
  company: string
  sdr: string
  ae: string
  summary: string
  /** Why it was walked: the suggestion's reason, or that the facilitator chose it. */
  why?: string
  /** pass null: the export did not carry the criterion's evidence (not in this export). */
  criteria: { label: string; pass: boolean | null }[]
  /** What was said about it in the huddle. */
  notes: string
}

/** Everything the notes need, already computed and chosen: exporting does no lookups. */
export interface HuddleExportInput {
  week: string
  date: string
  facilitator: string
  attendees: string[]
  numbers: HuddleNumbers & {
    lastWeek?: HuddleNumbers
    fourWeekAvg?: HuddleNumbers
    reasonMix: { reason: string; label: string; count: number }[]
    /** Rejections whose export had no reason column (not charted as "No reason recorded"). */
    reasonsWithoutColumn?: number
  }
  strong?: WalkedHandoff
  weak?: WalkedHandoff
  breachesByCause: { cause: string; count: number; people?: string[] }[]
  /**
   * How much of the AE response SLA the export could show: all of it, no decision time (on time
   * and late unknown), or no decision at all (no AE breach can be known). Absent = all.
   */
  aeSla?: AeSlaCoverage
  /** What the week's export did not carry, said once at the top ("this export has no …"). */
  notCarried?: string | null
  calibration: {
    /** False when acceptance cannot be grouped: no decision, or no grouping field carried. */
    isComparable?: boolean
    decisions: string[]
    /** Acceptance rates (0–1, null = nothing decided) of a dimension value, this quarter vs last. */
    movers: { dimension: string; value: string; thisQuarter: number | null; lastQuarter: number | null }[]
  }
  sectionNotes: Partial<Record<AgendaSection, string>>
  decisions: string[]
  actionItems: { text: string; owner: string; due: string | null; done: boolean }[]
  changedSinceLast: string[]
}

/**
 * The notes as a small document model, rendered to Markdown and to HTML by notes-export.ts, so
 * both formats always say the same thing. Every string in a block is plain text: renderers escape.
 */
export type NotesBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'fields'; fields: [label: string, value: string][] }
  | { kind: 'table'; head: string[]; rows: string[][]; numeric: boolean[] }
  | { kind: 'list'; items: string[] }
  /** User-written text that may span lines and paragraphs. */
  | { kind: 'text'; label?: string; text: string }
  /** The app's own remark, such as an empty state. */
  | { kind: 'remark'; text: string }

const hasText = (s: string | undefined): s is string => s !== undefined && s.trim() !== ''

function sectionNotes(input: HuddleExportInput, section: AgendaSection): NotesBlock[] {
  const notes = input.sectionNotes[section]
  return hasText(notes) ? [{ kind: 'text', label: 'Notes', text: notes }] : []
}

function numbersBlocks(input: HuddleExportInput): NotesBlock[] {
  const { numbers } = input
  const columns: { title: string; values: HuddleNumbers }[] = [{ title: 'This week', values: numbers }]
  if (numbers.lastWeek) columns.push({ title: 'Last week', values: numbers.lastWeek })
  if (numbers.fourWeekAvg) columns.push({ title: '4-week avg', values: numbers.fourWeekAvg })
  const row = (label: string, kind: NumberKind): string[] => [
    label,
    ...columns.map((c, i) => numberText(c.values, kind, i === 0)),
  ]
  const remark = reasonsRemark(numbers, numbers.reasonMix.length, numbers.reasonsWithoutColumn ?? 0)
  const reasons: NotesBlock[] = [
    ...(numbers.reasonMix.length === 0
      ? []
      : [
          {
            kind: 'table' as const,
            head: ['Reason', 'Count'],
            rows: numbers.reasonMix.map((r) => [r.label, formatCountOrAverage(r.count)]),
            numeric: [false, true],
          },
        ]),
    ...(remark ? [{ kind: 'remark' as const, text: remark }] : []),
  ]
  return [
    { kind: 'heading', level: 2, text: `1. ${sectionTitle('numbers')}` },
    {
      kind: 'table',
      head: ['', ...columns.map((c) => c.title)],
      rows: [
        row('Booked', 'booked'),
        row('Accepted', 'accepted'),
        row('Rejected', 'rejected'),
        row('Pending', 'pending'),
        row('Acceptance rate', 'acceptanceRate'),
      ],
      numeric: [false, ...columns.map(() => true)],
    },
    { kind: 'heading', level: 3, text: 'Rejection reasons' },
    ...reasons,
    ...sectionNotes(input, 'numbers'),
  ]
}

function handoffBlocks(kind: 'Strong' | 'Weak', handoff: WalkedHandoff | undefined): NotesBlock[] {
  if (!handoff) return [{ kind: 'remark', text: `No ${kind.toLowerCase()} handoff was chosen.` }]
  const blocks: NotesBlock[] = [
    { kind: 'heading', level: 3, text: `${kind} handoff: ${handoff.company || NONE}` },
    {
      kind: 'fields',
      fields: [
        ['SDR', handoff.sdr || NONE],
        ['AE', handoff.ae || NONE],
        ...(hasText(handoff.why) ? [['Why', handoff.why] as [string, string]] : []),
      ],
    },
  ]
  if (hasText(handoff.summary)) blocks.push({ kind: 'text', label: 'Summary', text: handoff.summary })
  // As on the card: the criteria judged, then the rest named once (or the whole rubric, once).
  const judged = handoff.criteria.filter((c) => c.pass !== null)
  const notJudged = handoff.criteria.filter((c) => c.pass === null).map((c) => c.label)
  if (judged.length > 0) blocks.push({ kind: 'list', items: judged.map(criterionLine) })
  if (notJudged.length > 0) {
    blocks.push({
      kind: 'remark',
      text:
        judged.length === 0
          ? `Rubric: ${NOT_IN_EXPORT} (this export carries none of what the rubric reads).`
          : `Not judged (${NOT_IN_EXPORT}): ${notJudged.join('; ')}.`,
    })
  }
  if (hasText(handoff.notes)) blocks.push({ kind: 'text', label: 'What was said', text: handoff.notes })
  return blocks
}

const criterionLine = (c: { label: string; pass: boolean | null }): string =>
  `${c.pass ? '✓ Pass' : '✗ Fail'}: ${c.label}`

/** What the breaches table cannot show of the AE side, in words; null when it shows it all. */
const AE_SLA_REMARKS: Record<AeSlaCoverage, string | null> = {
  all: null,
  no_decision_time: `AE responses on time or late: ${NOT_IN_EXPORT} (only pending handoffs past their deadline count).`,
  no_decision: `AE response breaches: ${NOT_IN_EXPORT} (the file holds bookings, not decisions).`,
}

function breachBlocks(input: HuddleExportInput): NotesBlock[] {
  const breaches = input.breachesByCause
  const withPeople = breaches.some((b) => (b.people ?? []).length > 0)
  const aeRemark = AE_SLA_REMARKS[input.aeSla ?? 'all']
  const table: NotesBlock =
    breaches.length === 0
      ? { kind: 'remark', text: aeRemark ? 'No other SLA breaches this week.' : 'No SLA breaches this week.' }
      : {
          kind: 'table',
          head: withPeople ? ['Cause', 'Count', 'Who'] : ['Cause', 'Count'],
          rows: breaches.map((b) => {
            const row = [b.cause, formatCountOrAverage(b.count)]
            return withPeople ? [...row, (b.people ?? []).join(', ') || NONE] : row
          }),
          numeric: withPeople ? [false, true, false] : [false, true],
        }
  return [
    { kind: 'heading', level: 2, text: `3. ${sectionTitle('breaches')}` },
    { kind: 'remark', text: 'Fix the cause, not the person.' },
    ...(aeRemark ? [{ kind: 'remark' as const, text: aeRemark }] : []),
    table,
    ...sectionNotes(input, 'breaches'),
  ]
}

function calibrationBlocks(input: HuddleExportInput): NotesBlock[] {
  const { movers, decisions } = input.calibration
  return [
    { kind: 'heading', level: 2, text: `4. ${sectionTitle('calibration')}` },
    { kind: 'heading', level: 3, text: 'Acceptance that moved, this quarter vs last' },
    input.calibration.isComparable === false
      ? { kind: 'remark', text: `Acceptance by trigger category, segment, industry or company size: ${NOT_IN_EXPORT}.` }
      : movers.length === 0
        ? { kind: 'remark', text: 'Nothing moved enough to discuss.' }
        : {
            kind: 'table',
            head: ['Dimension', 'Value', 'This quarter', 'Last quarter', 'Change'],
            rows: movers.map((m) => [
              m.dimension,
              m.value,
              formatPercent(m.thisQuarter),
              formatPercent(m.lastQuarter),
              formatPointChange(m.thisQuarter, m.lastQuarter),
            ]),
            numeric: [false, false, true, true, true],
          },
    { kind: 'heading', level: 3, text: 'Calibration decisions' },
    decisions.length === 0 ? { kind: 'remark', text: 'No change to the ICP.' } : { kind: 'list', items: decisions },
    ...sectionNotes(input, 'calibration'),
  ]
}

/** Said once, at the top: what the export did not carry, so no number below is read as a finding. */
function notCarriedBlocks(input: HuddleExportInput): NotesBlock[] {
  if (!hasText(input.notCarried ?? undefined)) return []
  const phrase = input.notCarried!.trim()
  return [
    {
      kind: 'remark',
      text:
        `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}: what needs it reads "${NOT_IN_EXPORT}" below, ` +
        'and no one is counted against it.',
    },
  ]
}

function listOr(items: string[], empty: string): NotesBlock {
  return items.length === 0 ? { kind: 'remark', text: empty } : { kind: 'list', items }
}

export function huddleTitle(input: Pick<HuddleExportInput, 'week'>): string {
  return `Handoff huddle ${input.week}`
}

export function huddleDocument(input: HuddleExportInput): NotesBlock[] {
  return [
    { kind: 'heading', level: 1, text: huddleTitle(input) },
    {
      kind: 'fields',
      fields: [
        ['Date', input.date || NONE],
        ['Facilitator', input.facilitator || NONE],
        ['Attendees', input.attendees.join(', ') || NONE],
      ],
    },
    ...notCarriedBlocks(input),
    ...numbersBlocks(input),
    { kind: 'heading', level: 2, text: `2. ${sectionTitle('handoffs')}` },
    ...handoffBlocks('Strong', input.strong),
    ...handoffBlocks('Weak', input.weak),
    ...sectionNotes(input, 'handoffs'),
    ...breachBlocks(input),
    ...calibrationBlocks(input),
    { kind: 'heading', level: 2, text: 'Decisions' },
    listOr(input.decisions, 'No decisions recorded.'),
    { kind: 'heading', level: 2, text: 'Action items' },
    input.actionItems.length === 0
      ? { kind: 'remark', text: 'No action items.' }
      : {
          kind: 'table',
          head: ['Action', 'Owner', 'Due', 'Status'],
          rows: input.actionItems.map((a) => [a.text, a.owner, a.due ?? NONE, a.done ? 'Done' : 'Open']),
          numeric: [false, false, false, false],
        },
    { kind: 'heading', level: 2, text: 'What changed since last huddle' },
    listOr(input.changedSinceLast, 'Nothing recorded.'),
  ]
}
