/**
 * When a kept week summary (week-summary.ts) still holds. Its numbers depend on the handoffs and
 * scores of the week (the app drops the summary when they change), on the settings, and on time
 * in exactly one way: a pending handoff turns from "open, within its window" to "open overdue"
 * when its SLA deadline passes. So a summary made as of `asOf` holds until the first such
 * deadline after `asOf`, with the same settings.
 */
import type { Settings } from '../settings'
import { slaCalendar, slaInto, type SlaResult } from '../rules/sla'
import type { WeekedHandoff } from './facts'

/**
 * The shape of a kept summary: bump it whenever WeekSummary or Tally gains a count, so summaries
 * kept by an older version are made again instead of read with the count missing. 2: the
 * assessed bases (decisions, timed, checked, feedback, carried) of "What the data can show".
 */
export const SUMMARY_FORMAT = 2

/** The settings a summary was made with, and its format, as a string to compare: any change makes it stale. */
export const summaryKey = (settings: Settings): string => `${SUMMARY_FORMAT}:${JSON.stringify(settings)}`

/**
 * Per week, the first instant after `asOf` at which its numbers change by time alone (a pending
 * handoff's deadline); weeks whose numbers no longer change by time are absent.
 */
export function changesAtByWeek(
  handoffs: readonly WeekedHandoff[],
  settings: Settings,
  asOf: number,
): Map<string, number> {
  const calendar = slaCalendar(settings)
  const sla: SlaResult = { deadline: 0, state: 'unknown', responseHours: null }
  const byWeek = new Map<string, number>()
  for (const h of handoffs) {
    if (h.status !== 'pending') continue
    slaInto(h, calendar, asOf, sla)
    if (sla.state !== 'open_within') continue
    const known = byWeek.get(h.week)
    if (known === undefined || sla.deadline < known) byWeek.set(h.week, sla.deadline)
  }
  return byWeek
}

/** Whether a summary made as of `madeAsOf` (changing next at `changesAt`) holds at `asOf`. */
export const holdsAt = (madeAsOf: number, changesAt: number | null, asOf: number): boolean =>
  madeAsOf <= asOf && (changesAt === null || asOf < changesAt)
