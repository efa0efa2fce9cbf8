import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { quartersOf, rollupQuarter, teamQuarter, type RollupTeam } from '@/domain/teams/rollup'
import { teamChartSeries } from '@/domain/teams/team-charts'
import { TEAM_WEEK_COUNTS, UNKNOWABLE_KEYS, type TeamWeek } from '@/domain/teams/team-week'
import { week } from './team-file-fixture'

const team = (name: string, weeks: TeamWeek[], actionItems: RollupTeam['actionItems'] = []): RollupTeam => ({
  name,
  weeks,
  actionItems,
})

describe('teamQuarter', () => {
  it('counts a week in the quarter that holds its Thursday', () => {
    // 2025-W01 runs Mon 2024-12-30 to Sun 2025-01-05: its Thursday is 2 January 2025.
    const east = team('East', [week('2025-W01', { booked: 2 }), week('2024-W52', { booked: 5 })])
    expect(teamQuarter(east, 'FY2025-Q1', 1).booked).toBe(2)
    expect(teamQuarter(east, 'FY2024-Q4', 1).booked).toBe(5)
  })

  it('follows a fiscal year that starts in February', () => {
    // 2025-W05's Thursday is 30 January 2025: the last month of Q4 of FY2025 (Feb 2024 – Jan 2025).
    const east = team('East', [week('2025-W05', { booked: 1 }), week('2025-W06', { booked: 4 })])
    expect(quartersOf([east], 2)).toEqual(['FY2025-Q4', 'FY2026-Q1'])
    expect(teamQuarter(east, 'FY2026-Q1', 2).booked).toBe(4)
  })

  it('leaves a week that could not show a count out of that count, and keeps the others', () => {
    const east = team('East', [
      week('2025-W02', { booked: 4, accepted: 3, rejected: 1, statusAssessed: 4 }),
      week('2025-W03', { booked: 2, pending: 2, unknown: ['accepted', 'rejected', 'pending', 'openOverdue'] }),
    ])
    const q = teamQuarter(east, 'FY2025-Q1', 1)
    expect(q).toMatchObject({ booked: 6, accepted: 3, rejected: 1, pending: 0 })
    expect(q.unknown).toEqual([])
  })

  it('calls a count unknown for the quarter when no week with bookings could show it', () => {
    const east = team('East', [week('2025-W02', { booked: 4, unknown: ['onTime', 'late'] })])
    expect(teamQuarter(east, 'FY2025-Q1', 1).unknown).toEqual(['onTime', 'late'])
  })

  it('counts action items still open at the quarter end', () => {
    const items = [
      { huddleWeek: '2025-W02', text: 'a', owner: 'Ana', due: null, doneAt: '' },
      { huddleWeek: '2025-W03', text: 'b', owner: 'Ana', due: null, doneAt: '2025-04-02T10:00:00.000Z' },
      { huddleWeek: '2025-W04', text: 'c', owner: 'Ana', due: null, doneAt: '2025-02-02T10:00:00.000Z' },
      { huddleWeek: '2025-W20', text: 'd', owner: 'Ana', due: null, doneAt: '' },
    ]
    expect(teamQuarter(team('East', [], items), 'FY2025-Q1', 1).openActionItems).toBe(2)
  })
})

describe('rollupQuarter', () => {
  it('leaves a team whose export could not show a count out of that total, and says which', () => {
    const r = rollupQuarter(
      [
        team('East', [week('2025-W02', { booked: 4, onTime: 3, late: 1, responseAssessed: 4 })]),
        team('West', [week('2025-W02', { booked: 6, unknown: ['onTime', 'late'] })]),
      ],
      'FY2025-Q1',
      1,
    )
    expect(r.total).toMatchObject({ booked: 10, onTime: 3, late: 1, unknown: [] })
    expect(r.total.leftOut).toEqual({ onTime: ['West'], late: ['West'] })
  })

  const counts = fc.record(Object.fromEntries(TEAM_WEEK_COUNTS.map((k) => [k, fc.nat({ max: 500 })])) as never)
  const weekArb = fc
    .tuple(fc.integer({ min: 1, max: 26 }), counts, fc.subarray([...UNKNOWABLE_KEYS]))
    .map(([n, c, unknown]) => ({ ...(c as object), week: `2025-W${String(n).padStart(2, '0')}`, unknown }) as TeamWeek)
  const teamArb = fc.uniqueArray(weekArb, { selector: (w) => w.week, maxLength: 8 })

  it('adds up every total from the teams that could show it: never an average of their rates', () => {
    fc.assert(
      fc.property(fc.array(teamArb, { minLength: 1, maxLength: 6 }), (teams) => {
        const r = rollupQuarter(
          teams.map((weeks, i) => team(`Team ${i}`, weeks)),
          'FY2025-Q1',
          1,
        )
        for (const k of TEAM_WEEK_COUNTS) {
          const sum = r.teams.filter((t) => !t.unknown.includes(k as never)).reduce((s, t) => s + t[k], 0)
          expect(r.total[k]).toBe(sum)
        }
        for (const k of UNKNOWABLE_KEYS) {
          expect(r.total.unknown.includes(k)).toBe(
            r.teams.some((t) => t.booked > 0) && r.teams.every((t) => t.booked === 0 || t.unknown.includes(k)),
          )
        }
      }),
    )
  })
})

describe('teamChartSeries', () => {
  it("draws a team's line per week, with gaps where its file says nothing or its export could not show the measure", () => {
    const east = team('East', [
      week('2025-W02', { booked: 4, accepted: 3, rejected: 1, statusAssessed: 4 }),
      week('2025-W04', { booked: 2, unknown: ['accepted', 'rejected', 'pending', 'openOverdue'] }),
    ])
    const weeks = ['2025-W01', '2025-W02', '2025-W03', '2025-W04', '2025-W05']
    expect(teamChartSeries([east], weeks, 'booked').datasets[0]!.data).toEqual([null, 4, 0, 2, null])
    expect(teamChartSeries([east], weeks, 'acceptance')).toMatchObject({
      unit: 'percent',
      max: 100,
      datasets: [{ key: 'team-0', label: 'East', data: [null, 75, null, null, null] }],
    })
  })
})
