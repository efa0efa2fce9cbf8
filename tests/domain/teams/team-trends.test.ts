import { describe, expect, it } from 'vitest'
import { DEFAULT_ICP, defaultSettings } from '@/domain/settings'
import { teamNote, teamSettingsLine, teamTrendRange, teamWeekSummaries, updatedText } from '@/domain/teams/team-trends'
import { weeksOfQuarter } from '@/domain/calendar/quarters'
import { week } from './team-file-fixture'

const settings = { ...defaultSettings('Europe/Berlin'), icpVersions: [{ effectiveWeek: '0001-W01', icp: DEFAULT_ICP }] }

describe('teamTrendRange', () => {
  it("opens the leader's quarter as the team's own when both fiscal years start in the same month", () => {
    expect(teamTrendRange('FY2026-Q4', 1, 1)).toEqual({ kind: 'fiscalQuarter', quarter: 'FY2026-Q4' })
  })

  it("opens the same weeks as a custom range when the team's fiscal year starts in another month", () => {
    const weeks = weeksOfQuarter('FY2026-Q4', 1)
    expect(teamTrendRange('FY2026-Q4', 1, 2)).toEqual({ kind: 'custom', from: weeks[0], to: weeks.at(-1) })
  })

  it('opens the latest 13 weeks without a quarter or with one it cannot read', () => {
    expect(teamTrendRange(null, 1, 1)).toEqual({ kind: 'last13' })
    expect(teamTrendRange('next quarter', 1, 1)).toEqual({ kind: 'last13' })
  })
})

describe('teamWeekSummaries', () => {
  it('marks every checklist field not carried in a week whose export could not assess the checklist', () => {
    const summaries = teamWeekSummaries({
      settings,
      data: {
        weeks: [
          week('2026-W46', { booked: 2, pending: 2, unknown: ['accepted', 'rejected', 'pending', 'incomplete'] }),
          week('2026-W47', { booked: 2, accepted: 2, statusAssessed: 2, checklistAssessed: 2 }),
        ],
        huddles: [],
        actionItems: [],
        handoffs: [],
      },
    })
    expect(summaries.get('2026-W46')!.notAssessedMask).toBe((1 << settings.requiredFields.length) - 1)
    expect(summaries.get('2026-W46')!.tally.decisions).toBe(0)
    expect(summaries.get('2026-W47')!.notAssessedMask).toBe(0)
    expect(summaries.get('2026-W47')!.tally).toMatchObject({ booked: 2, accepted: 2, decisions: 2, checked: 2 })
  })
})

describe('the read-only banner', () => {
  it("says when the file was written in the team's own time", () => {
    expect(updatedText('2026-11-24T10:00:00.000Z', 'Europe/Berlin')).toBe('24 Nov 2026, 11:00 (Europe/Berlin)')
  })

  it("lists the settings the team's numbers were worked out with", () => {
    expect(
      teamSettingsLine({
        ...settings,
        fiscalYearStartMonth: 4,
        slaWindowDays: 2,
        icpVersions: [...settings.icpVersions, { effectiveWeek: '2026-W10', icp: DEFAULT_ICP }],
      }),
    ).toBe(
      'Time zone Europe/Berlin · fiscal year from April · AE response SLA 2 business days · ICP: 2 versions, the latest from 2026-W10',
    )
  })
})

describe('teamNote', () => {
  it("speaks of the team's export rather than to its manager", () => {
    expect(teamNote('Your export has no decision time: add it.', 'Team West')).toBe(
      "Team West's export has no decision time: add it.",
    )
    expect(teamNote('The file holds bookings.', 'Team West')).toBe('The file holds bookings.')
  })
})
