import { describe, expect, it } from 'vitest'
import { formatTeamTime } from '@/domain/calendar/team-time'

describe('formatTeamTime', () => {
  it("shows an instant in the team's zone, not the computer's", () => {
    expect(formatTeamTime('2026-11-25T15:30:00.000Z', 'America/New_York')).toBe('25 Nov 2026, 10:30')
    expect(formatTeamTime('2026-11-25T15:30:00.000Z', 'Europe/Berlin')).toBe('25 Nov 2026, 16:30')
  })

  it('moves to the next day where the team is already past midnight', () => {
    expect(formatTeamTime('2026-11-25T23:30:00.000Z', 'Asia/Tokyo')).toBe('26 Nov 2026, 08:30')
  })

  it('follows summer time', () => {
    expect(formatTeamTime('2026-07-01T12:00:00.000Z', 'Europe/London')).toBe('1 Jul 2026, 13:00')
  })

  it('shows a dash for nothing and a value that is not a time as it is', () => {
    expect(formatTeamTime('', 'UTC')).toBe('—')
    expect(formatTeamTime('yesterday', 'UTC')).toBe('yesterday')
  })
})
