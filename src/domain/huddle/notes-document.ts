import type { AgendaSection } from '@/domain/settings'
import { sectionTitle } from './agenda'
import { formatCountOrAverage, formatPercent, formatPointChange, NONE } from '../format'

/** Counts for one week (or an average of weeks: counts may then be fractional). */
export interface HuddleNumbers {
  booked: number
  accepted: number
  rejected: number
  pending: number
  /** accepted ÷ (accepted + rejected), 0–1; null when nothing was decided. */
  acceptanceRate: number | null
}

export interface WalkedHandoff {
  company: string
  sdr: string
  ae: string
  summary: string
  criteria: { label: string; pass: boolean }[]
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
  }
  strong?: WalkedHandoff
  weak?: WalkedHandoff
  breachesByCause: { cause: string; count: number; people?: string[] }[]
  /** Required fields the week's export did not carry, said once ("this export has no …"). */
  notCarried?: string | null
  calibration: {
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
  const row = (label: string, pick: (n: HuddleNumbers) => string): string[] => [
    label,
    ...columns.map((c) => pick(c.values)),
  ]
  const reasons: NotesBlock =
    numbers.reasonMix.length === 0
      ? { kind: 'remark', text: 'No rejections this week.' }
      : {
          kind: 'table',
          head: ['Reason', 'Count'],
          rows: numbers.reasonMix.map((r) => [r.label, formatCountOrAverage(r.count)]),
          numeric: [false, true],
        }
  return [
    { kind: 'heading', level: 2, text: `1. ${sectionTitle('numbers')}` },
    {
      kind: 'table',
      head: ['', ...columns.map((c) => c.title)],
      rows: [
        row('Booked', (n) => formatCountOrAverage(n.booked)),
        row('Accepted', (n) => formatCountOrAverage(n.accepted)),
        row('Rejected', (n) => formatCountOrAverage(n.rejected)),
        row('Pending', (n) => formatCountOrAverage(n.pending)),
        row('Acceptance rate', (n) => formatPercent(n.acceptanceRate)),
      ],
      numeric: [false, ...columns.map(() => true)],
    },
    { kind: 'heading', level: 3, text: 'Rejection reasons' },
    reasons,
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
      ],
    },
  ]
  if (hasText(handoff.summary)) blocks.push({ kind: 'text', label: 'Summary', text: handoff.summary })
  if (handoff.criteria.length > 0) {
    blocks.push({ kind: 'list', items: handoff.criteria.map((c) => `${c.pass ? '✓ Pass' : '✗ Fail'}: ${c.label}`) })
  }
  if (hasText(handoff.notes)) blocks.push({ kind: 'text', label: 'What was said', text: handoff.notes })
  return blocks
}

function breachBlocks(input: HuddleExportInput): NotesBlock[] {
  const breaches = input.breachesByCause
  const withPeople = breaches.some((b) => (b.people ?? []).length > 0)
  const table: NotesBlock =
    breaches.length === 0
      ? { kind: 'remark', text: 'No SLA breaches this week.' }
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
    ...(input.notCarried
      ? [{ kind: 'remark' as const, text: `Not assessed: ${input.notCarried}; no SDR is counted as missing it.` }]
      : []),
    table,
    ...sectionNotes(input, 'breaches'),
  ]
}

function calibrationBlocks(input: HuddleExportInput): NotesBlock[] {
  const { movers, decisions } = input.calibration
  return [
    { kind: 'heading', level: 2, text: `4. ${sectionTitle('calibration')}` },
    { kind: 'heading', level: 3, text: 'Acceptance that moved, this quarter vs last' },
    movers.length === 0
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
