import type { Handoff } from '../handoff'
import { quarterOfWeek } from '../calendar/quarters'
import { addDays, addWeeks, weekMonday } from '../calendar/weeks'
import { startOfLocalDay } from '../calendar/zoned'
import { draftHandoff, type Draft } from './draft'
import { localClock } from './local-clock'
import { createRng } from './prng'
import type { Company } from './prospects'
import type { WeekContext } from './week-context'

/**
 * Realistic, deterministic demo handoffs for first launch, screenshots and tests: half a year of
 * weekly cohorts with strong and weak packages, SQL inflation, late and vague AEs, and two trigger
 * categories whose acceptance clearly moves between the last two quarters.
 */
export interface DemoOptions {
  /** Same seed, same data on every machine. Default {@link DEMO_DEFAULT_SEED}. */
  seed?: string
  /** ISO week of the last week generated, e.g. `2026-W47`. */
  endWeek: string
  /** How many weeks, ending at endWeek. Default 26. */
  weeks?: number
  /** Team time zone (IANA); bookings happen in its business hours. */
  timeZone: string
  /** Average handoffs per week. Default 40. */
  perWeek?: number
  /** First month (1–12) of the fiscal year, for the quarter-over-quarter trigger shift. Default 1. */
  fiscalYearStartMonth?: number
}

const DEMO_DEFAULT_SEED = 'handoff-huddle-demo'
export { DEMO_GAINING_TRIGGER, DEMO_LOSING_TRIGGER } from './decisions'

export function generateDemoHandoffs(options: DemoOptions): Handoff[] {
  const { endWeek, timeZone } = options
  const weeks = options.weeks ?? 26
  const perWeek = options.perWeek ?? 40
  const fyStart = options.fiscalYearStartMonth ?? 1
  const rng = createRng(options.seed ?? DEMO_DEFAULT_SEED)
  const clock = localClock(timeZone)
  const asOfMs = startOfLocalDay(addDays(weekMonday(endWeek), 7), timeZone)
  const endQuarter = quarterOfWeek(endWeek, fyStart).key
  const seen: Company[] = []
  const names = new Set<string>()

  const out: Handoff[] = []
  for (let i = 0; i < weeks; i++) {
    const weeksAgo = weeks - 1 - i
    const week = addWeeks(endWeek, -weeksAgo)
    const ctx: WeekContext = {
      rng,
      clock,
      monday: weekMonday(week),
      isCurrentQuarter: quarterOfWeek(week, fyStart).key === endQuarter,
      weeksAgo,
      asOfMs,
      seen,
      names,
    }
    const growth = 0.9 + (0.2 * i) / Math.max(1, weeks - 1)
    const count = Math.max(1, Math.round(perWeek * growth * (0.75 + 0.5 * rng.next())))
    const drafts: Draft[] = []
    for (let j = 0; j < count; j++) drafts.push(draftHandoff(ctx))
    drafts.sort((a, b) => a.sortMs - b.sortMs)
    for (const d of drafts) {
      const externalId = `DEMO-${String(out.length + 1).padStart(6, '0')}`
      const recordingUrl = d.hasRecording ? `https://recordings.example.com/calls/${externalId.toLowerCase()}` : ''
      out.push({ ...d.handoff, externalId, recordingUrl })
    }
  }
  return out
}
