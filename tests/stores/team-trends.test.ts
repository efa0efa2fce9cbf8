import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { db } from '@/db/database'
import { NOT_IN_EXPORT, TOO_FEW } from '@/domain/assessed'
import { carriedMaskOf, CARRIED_FIELDS } from '@/domain/carried'
import type { Handoff, HandoffField } from '@/domain/handoff'
import { defaultSettings } from '@/domain/settings'
import { measureOf, type TeamMeasure } from '@/domain/teams/measures'
import { teamWeeks } from '@/domain/teams/team-week'
import type { ComparisonRow } from '@/domain/trends/comparison'
import type { QuarterCounts } from '@/domain/teams/rollup'
import { NOT_IN_TEAM_FILE } from '@/domain/teams/team-trends'
import { useTeamTrendsStore } from '@/stores/team-trends'
import { useTeamsStore } from '@/stores/teams'
import { aHandoff, COMPLETE_PACKAGE } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'
import { teamFileText } from '../domain/teams/team-file-fixture'

const settings = defaultSettings('UTC')
const asOf = Date.parse('2026-12-20T12:00:00.000Z')
const without = (...fields: HandoffField[]) => carriedMaskOf(CARRIED_FIELDS.filter((f) => !fields.includes(f)))

/**
 * A quarter of handoffs (2026-W40 to 2026-W51, Mondays 08:30 UTC): accepted on time, rejected
 * late with vague or specific feedback, pending past the deadline, one with a placeholder.
 */
function quarterOfHandoffs(): (Handoff & { id: string })[] {
  const out: (Handoff & { id: string })[] = []
  for (let i = 0; i < 12; i++) {
    const monday = new Date(Date.UTC(2026, 8, 28 + 7 * i, 8, 30))
    const at = (hours: number) => new Date(monday.getTime() + hours * 3600_000).toISOString()
    const make = (n: number, o: Partial<Handoff>) => {
      const h = aHandoff({ externalId: `w${i}-${n}`, bookedAt: at(0), ...COMPLETE_PACKAGE, ...o })
      out.push({ ...h, id: h.externalId })
    }
    make(1, { status: 'accepted', respondedAt: at(2) })
    make(2, { status: 'rejected', respondedAt: at(50), aeFeedback: 'not a fit' })
    if (i % 2 === 0) make(3, { status: 'rejected', respondedAt: at(3), aeFeedback: 'under 20 employees, min is 50' })
    if (i % 3 === 0) make(4, { status: 'pending', techStack: 'n/a' })
    if (i % 4 === 0) make(5, { status: 'accepted', respondedAt: at(30) })
  }
  return out
}

/** A team file of these handoffs as the manager's app writes it; `carried` stands for the export's columns. */
async function teamFile(name: string, carried?: number): Promise<string> {
  const handoffs = quarterOfHandoffs()
  const scored = new Map(handoffs.filter((_, i) => i % 3 === 0).map((h, i) => [h.id, (i % 5) + 1]))
  const weeks = teamWeeks(handoffs, settings, asOf, {
    ...(carried === undefined ? {} : { carried }),
    rubricOf: (id) => scored.get(id) ?? null,
  })
  return teamFileText({
    name,
    settings,
    weeks,
    createdAt: '2026-12-20T12:00:00.000Z',
    asOf: '2026-12-20T12:00:00.000Z',
  })
}

/** What the quarter table should say for a measure of the team's row on the Teams screen. */
function expectSameAsRow(row: ComparisonRow, counts: QuarterCounts, measure: TeamMeasure): void {
  const m = measureOf(counts, measure)
  switch (m.kind) {
    case 'rate':
      expect(row.current).toBeCloseTo(m.value, 10)
      expect(row.currentBase).toBe(m.base)
      break
    case 'average':
      expect(row.current).toBeCloseTo(m.value, 10)
      expect(row.currentBase).toBe(m.base)
      break
    case 'unknown':
      expect(row.currentNote).toBe(NOT_IN_EXPORT)
      break
    case 'too-few':
      expect(row.currentNote).toBe(m.base === 0 ? null : TOO_FEW)
      break
    default:
      expect(row.current).toBeNull()
  }
}

const ROWS: [string, TeamMeasure][] = [
  ['acceptanceRate', 'acceptance'],
  ['onTimeRate', 'onTime'],
  ['incompleteRate', 'incomplete'],
  ['vagueFeedbackRate', 'vague'],
  ['rubricAverage', 'rubric'],
]

describe("a team's read-only Trends", () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
    vi.useFakeTimers({ now: Date.parse('2027-01-05T12:00:00Z'), toFake: ['Date'] })
  })
  afterEach(() => vi.useRealTimers())

  async function leaderWith(): Promise<ReturnType<typeof useTeamsStore>> {
    const teams = useTeamsStore()
    await teams.ingest(
      [
        { source: 'folder:east.huddle-team.json', name: 'east.huddle-team.json', text: await teamFile('Team East') },
        {
          source: 'folder:west.huddle-team.json',
          name: 'west.huddle-team.json',
          text: await teamFile('Team West', without('respondedAt', 'aeFeedback')),
        },
      ],
      true,
    )
    return teams
  }

  for (const name of ['Team East', 'Team West']) {
    it(`shows ${name}'s quarter with the same numbers as its row on the Teams screen`, async () => {
      const teams = await leaderWith()
      const trends = useTeamTrendsStore()
      await trends.open(name, 'FY2026-Q4')
      const row = teams.rollup!.teams.find((t) => t.name === name)!

      expect(trends.quarters.current).toBe('FY2026-Q4')
      const byKey = new Map(trends.comparison.map((r) => [r.key, r]))
      expect(byKey.get('booked')!.current).toBe(row.booked)
      for (const [key, measure] of ROWS) expectSameAsRow(byKey.get(key)!, row, measure)
      // The weekly bars add up to the row's bookings and decisions.
      const volume = trends.series.volume.datasets
      const sum = (key: string) => volume.find((d) => d.key === key)!.data.reduce((a, b) => a! + b!, 0)
      expect(sum('accepted')).toBe(row.accepted)
      expect(sum('rejected')).toBe(row.rejected)
    })
  }

  it("says the team's export could not show on-time or vague feedback, as the Teams row does", async () => {
    await leaderWith()
    const trends = useTeamTrendsStore()
    await trends.open('Team West', 'FY2026-Q4')
    const byKey = new Map(trends.comparison.map((r) => [r.key, r]))
    expect(byKey.get('onTimeRate')!.currentNote).toBe(NOT_IN_EXPORT)
    expect(byKey.get('vagueFeedbackRate')!.currentNote).toBe(NOT_IN_EXPORT)
    expect(trends.series.onTime.notAssessedNote).not.toBeNull()
    expect(trends.notAssessed[0]).toMatch(/^Team West's export has no decision time/)
  })

  it('says what a team file does not hold instead of a dash or an empty chart', async () => {
    await leaderWith()
    const trends = useTeamTrendsStore()
    await trends.open('Team East', 'FY2026-Q4')
    const median = trends.comparison.find((r) => r.key === 'medianResponseHours')!
    expect(median).toMatchObject({ current: null, currentNote: NOT_IN_TEAM_FILE, previousNote: NOT_IN_TEAM_FILE })
    expect(trends.series.reasons.datasets).toEqual([])
    expect(trends.series.reasons.notAssessedNote).toMatch(/weekly totals/)
  })

  it("names the team, its file and when it was written, and reads the team's settings", async () => {
    await leaderWith()
    const trends = useTeamTrendsStore()
    await trends.open('Team East', 'FY2026-Q4')
    expect(trends.banner).toBe('Team East — read-only, from east.huddle-team.json, updated 20 Dec 2026, 12:00 (UTC)')
    expect(trends.settingsLine).toContain('Time zone UTC')
    expect(trends.fiscalStart).toBe(1)
  })

  it("writes nothing to the leader's own tables and reads none of them", async () => {
    await leaderWith()
    const trends = useTeamTrendsStore()
    await trends.open('Team East', 'FY2026-Q4')
    await trends.setRange({ kind: 'last13' })
    expect(trends.hasRangeData).toBe(true)
    expect(await db().handoffs.count()).toBe(0)
    expect(await db().weekSummaries.count()).toBe(0)
    expect(await db().huddles.count()).toBe(0)
    expect(await db().actionItems.count()).toBe(0)
  })

  it('opens on the latest 13 weeks of the file when no quarter is given, as of when it was written', async () => {
    await leaderWith()
    const trends = useTeamTrendsStore()
    await trends.open('Team East', null)
    expect(trends.range).toEqual({ kind: 'last13' })
    expect(trends.weeks.at(-1)).toBe('2026-W51')
  })

  it('has no file for a team that is not among the team files', async () => {
    await leaderWith()
    const trends = useTeamTrendsStore()
    await trends.open('Team North', 'FY2026-Q4')
    expect(trends.file).toBeNull()
    expect(trends.hasData).toBe(false)
  })
})
