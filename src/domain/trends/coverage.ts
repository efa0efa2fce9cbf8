/**
 * How much of a span of weeks the numbers really cover, said in the labels a room reads: a
 * quarter still running is "so far", a quarter with bookings in 3 of its 13 weeks says so, and
 * a span holding the current week warns that its numbers will still change. Weeks with data are
 * the weeks with bookings (the week index); `currentWeek` is the ISO week of "now".
 */
import { quarterFromKey, quarterOfWeek, weeksOfQuarter } from '../calendar/quarters'

/**
 * What a span of weeks holds: "so far: week 10 of 13" while it runs, "3 of 13 weeks with data"
 * when it is over but some weeks had no bookings, "not started yet" in the future; null when
 * every week is over and has data (nothing to warn about).
 */
export function coverageNote(
  weeks: readonly string[],
  dataWeeks: ReadonlySet<string>,
  currentWeek: string,
): string | null {
  if (weeks.length === 0) return null
  const elapsed = weeks.filter((w) => w <= currentWeek).length
  if (elapsed === 0) return 'not started yet'
  if (elapsed < weeks.length) return `so far: week ${elapsed} of ${weeks.length}`
  const withData = weeks.filter((w) => dataWeeks.has(w)).length
  return withData < weeks.length ? `${withData} of ${weeks.length} weeks with data` : null
}

/** "this week (2026-W48) is not over" when the span holds the current week, else null. */
export function unfinishedWeekNote(weeks: readonly string[], currentWeek: string): string | null {
  return weeks.includes(currentWeek) ? `this week (${currentWeek}) is not over` : null
}

/** The range's heading with what it covers: "Last 13 weeks (…) · 3 of 13 weeks with data · this week (…) is not over". */
export function rangeCaption(
  label: string,
  weeks: readonly string[],
  dataWeeks: ReadonlySet<string>,
  currentWeek: string,
): string {
  const notes = [coverageNote(weeks, dataWeeks, currentWeek), unfinishedWeekNote(weeks, currentWeek)]
  return [label, ...notes.filter((n) => n !== null)].join(' · ')
}

/** A quarter as a table column or picker names it: "Q1 FY2022 (Jan–Mar) · 3 of 13 weeks with data". */
export function quarterCaption(
  key: string,
  dataWeeks: ReadonlySet<string>,
  currentWeek: string,
  fiscalYearStartMonth: number,
): string {
  const label = quarterFromKey(key, fiscalYearStartMonth).label
  const note = coverageNote(weeksOfQuarter(key, fiscalYearStartMonth), dataWeeks, currentWeek)
  return note === null ? label : `${label} · ${note}`
}

/**
 * The fiscal quarters to choose from, newest first: the current one and every quarter that
 * holds a booking (imported history from years back included), each named with its coverage.
 */
export function fiscalQuarterChoices(
  dataWeeks: readonly string[],
  currentWeek: string,
  fiscalYearStartMonth: number,
): { key: string; label: string }[] {
  const keys = new Set([quarterOfWeek(currentWeek, fiscalYearStartMonth).key])
  for (const w of dataWeeks) keys.add(quarterOfWeek(w, fiscalYearStartMonth).key)
  const withData = new Set(dataWeeks)
  return [...keys]
    .sort()
    .reverse()
    .map((key) => ({ key, label: quarterCaption(key, withData, currentWeek, fiscalYearStartMonth) }))
}
