/**
 * Assembles the notes' input (HuddleExportInput) from what the huddle screen already computed,
 * so exporting does no lookups and every format says the same thing.
 */
import { endSentence } from '../text/sentence'
import type { Handoff } from '../handoff'
import { rateValue } from '../assessed'
import { type HuddleExportInput, type HuddleNumbers, type WalkedHandoff } from './notes-document'
import type { Huddle } from './huddle'
import type { ActionItem } from './action-items'
import { isOpen } from './action-items'
import { isDecisionless, numberChange, numberText, type WeekComparison, type ReasonSlice } from './numbers'
import type { AeSlaCoverage, BreachGroup } from './breaches'
import { DIMENSION_LABELS, type CalibrationRow } from './calibration'
import type { CriterionView } from './walk'
import { walkSummary } from './walk'
import { splitDecisions } from './decisions'
import { shownName, type RoleLabels } from './roles'
import { AGENDA_SECTIONS } from '../settings'

export interface WalkInput {
  handoff: Pick<Handoff, 'company' | 'sdr' | 'ae' | 'discoverySummary' | 'crmNotes'> & { id?: string }
  criteria: readonly CriterionView[]
  /** Why it is walked (the suggestion's reason, or that the facilitator chose it). */
  why?: string
}

export interface ExportSources {
  huddle: Huddle
  comparison: WeekComparison
  reasons: readonly ReasonSlice[]
  strong: WalkInput | null
  weak: WalkInput | null
  breaches: readonly BreachGroup[]
  /** How much of the AE response SLA the week's export could show (breaches.ts). */
  aeSla?: AeSlaCoverage
  /** huddleGaps(…).phrase for the week's handoffs: what the export did not carry. */
  notCarried?: string | null
  /** Rejections whose export had no reason column. */
  reasonsWithoutColumn?: number
  /** False when acceptance could not be grouped at all (no decision or no grouping carried). */
  isCalibrationComparable?: boolean
  movers: readonly CalibrationRow[]
  /** Items agreed in this huddle. */
  items: readonly ActionItem[]
  /** Open items from earlier huddles, still carried. */
  carried: readonly ActionItem[]
  /** Items from earlier huddles ticked done since the last huddle. */
  doneSinceLast: readonly ActionItem[]
  /** The previous huddle's week, or null for the first huddle. */
  lastHuddleWeek: string | null
  /** ICP versions that took effect after the last huddle, up to this week: `effectiveWeek` each. */
  icpVersionsSinceLast: readonly { effectiveWeek: string; note: string }[]
  labels: RoleLabels
  /** Names become role labels ("SDR A"), as on the shared screen in blameless mode. */
  isBlameless: boolean
}

function walked(
  input: WalkInput | null,
  notes: string,
  labels: RoleLabels,
  isBlameless: boolean,
): WalkedHandoff | undefined {
  if (!input) return undefined
  const h = input.handoff
  return {
    company: h.company,
    sdr: shownName('SDR', h.sdr, labels, isBlameless),
    ae: shownName('AE', h.ae, labels, isBlameless),
    summary: walkSummary(h),
    ...(input.why ? { why: input.why } : {}),
    criteria: input.criteria.map((c) => ({
      label: c.source === 'suggested' && c.isAssessed ? `${c.label} (suggested, not scored)` : c.label,
      pass: c.isAssessed ? c.pass : null,
    })),
    notes,
  }
}

/** "What changed since last huddle": items done, the acceptance rate's move, ICP versions. */
export function changesSinceLast(
  sources: Pick<ExportSources, 'comparison' | 'doneSinceLast' | 'lastHuddleWeek' | 'icpVersionsSinceLast'>,
): string[] {
  const out: string[] = []
  if (sources.lastHuddleWeek === null) out.push('First huddle recorded in this app.')
  else out.push(`Last huddle: ${sources.lastHuddleWeek}.`)
  for (const item of sources.doneSinceLast) out.push(`Done: ${item.text} (${item.owner}, agreed ${item.huddleWeek})`)
  const { thisWeek, lastWeek } = sources.comparison
  if (lastWeek) {
    // The rate's move only when both weeks carried the AE's decision; bookings always.
    const rate = (n: HuddleNumbers) => numberText(n, 'acceptanceRate')
    const canCompare = !isDecisionless(thisWeek) && !isDecisionless(lastWeek)
    out.push(
      canCompare
        ? `Acceptance rate ${rate(lastWeek)} → ${rate(thisWeek)} (${numberChange(thisWeek, lastWeek, 'acceptanceRate')}) vs last week; bookings ${lastWeek.booked} → ${thisWeek.booked}.`
        : `Bookings ${lastWeek.booked} → ${thisWeek.booked} vs last week.`,
    )
  }
  for (const v of sources.icpVersionsSinceLast)
    out.push(
      endSentence(`New ICP version in force from ${v.effectiveWeek}${v.note.trim() ? `: ${v.note.trim()}` : ''}`),
    )
  return out
}

const isSameHandoff = (a: WalkInput | null, b: WalkInput | null): boolean =>
  a !== null && b !== null && (a.handoff === b.handoff || (a.handoff.id !== undefined && a.handoff.id === b.handoff.id))

export function buildExportInput(sources: ExportSources): HuddleExportInput {
  const { huddle, comparison, labels, isBlameless } = sources
  const { general, calibration } = splitDecisions(huddle.decisions)
  const people = (group: BreachGroup): string[] =>
    group.people.map(
      (p) => `${shownName(group.side === 'ae' ? 'AE' : 'SDR', p.person, labels, isBlameless)} ×${p.count}`,
    )
  return {
    week: huddle.week,
    date: huddle.date,
    facilitator: huddle.facilitator,
    attendees: [...huddle.attendees],
    numbers: {
      ...comparison.thisWeek,
      ...(comparison.lastWeek ? { lastWeek: comparison.lastWeek } : {}),
      ...(comparison.fourWeekAvg ? { fourWeekAvg: comparison.fourWeekAvg } : {}),
      reasonMix: sources.reasons.map((r) => ({ reason: r.reason, label: r.label, count: r.count })),
      ...(sources.reasonsWithoutColumn ? { reasonsWithoutColumn: sources.reasonsWithoutColumn } : {}),
    },
    strong: walked(sources.strong, huddle.notes.strong ?? '', labels, isBlameless),
    // The same handoff is never listed twice: as strong it is not also the weak one.
    weak: isSameHandoff(sources.strong, sources.weak)
      ? undefined
      : walked(sources.weak, huddle.notes.weak ?? '', labels, isBlameless),
    breachesByCause: sources.breaches.map((g) => ({ cause: g.cause, count: g.count, people: people(g) })),
    ...(sources.aeSla && sources.aeSla !== 'all' ? { aeSla: sources.aeSla } : {}),
    ...(sources.notCarried ? { notCarried: sources.notCarried } : {}),
    calibration: {
      ...(sources.isCalibrationComparable === false ? { isComparable: false } : {}),
      decisions: calibration,
      movers: sources.movers
        .filter((m) => !m.isBlank)
        .map((m) => ({
          dimension: DIMENSION_LABELS[m.dimension],
          value: m.value,
          thisQuarter: rateValue(m.thisQuarter.acceptanceRate),
          lastQuarter: rateValue(m.lastQuarter.acceptanceRate),
        })),
    },
    sectionNotes: Object.fromEntries(AGENDA_SECTIONS.map((s) => [s, huddle.notes[s] ?? ''])),
    decisions: general,
    actionItems: [
      ...sources.items.map((i) => ({ text: i.text, owner: i.owner, due: i.due, done: !isOpen(i) })),
      ...sources.carried.map((i) => ({
        text: `${i.text} (carried over from ${i.huddleWeek})`,
        owner: i.owner,
        due: i.due,
        done: false,
      })),
    ],
    changedSinceLast: changesSinceLast(sources),
  }
}

/** `huddle-2026-W47.md` */
export const exportFileName = (week: string, extension: 'md' | 'html' | 'pdf'): string => `huddle-${week}.${extension}`

/** ICP versions that took effect after the last huddle, up to this huddle's week (not the baseline). */
export function icpVersionsSince<V extends { effectiveWeek: string }>(
  versions: readonly V[],
  lastHuddleWeek: string | null,
  week: string,
): V[] {
  return versions.filter(
    (v) =>
      (lastHuddleWeek === null || v.effectiveWeek > lastHuddleWeek) &&
      v.effectiveWeek <= week &&
      v.effectiveWeek !== '0001-W01',
  )
}
