import { DEFAULT_ICP, defaultSettings } from '@/domain/settings'
import { buildTeamFile, type TeamFileInput } from '@/domain/teams/team-file'
import { emptyTeamWeek, type TeamWeek } from '@/domain/teams/team-week'

/** A team week with these counts (the rest zero, every count known). */
export const week = (name: string, counts: Partial<TeamWeek> = {}): TeamWeek => ({ ...emptyTeamWeek(name), ...counts })

/** The text of a valid team file; `input` overrides any part. */
export function teamFileText(input: Partial<TeamFileInput> = {}): Promise<string> {
  return buildTeamFile({
    name: 'Team East',
    settings: defaultSettings('Europe/Berlin'),
    icpVersions: [{ effectiveWeek: '0001-W01', icp: DEFAULT_ICP }],
    weeks: [
      week('2026-W45', { booked: 3, accepted: 2, rejected: 1, statusAssessed: 3, checklistAssessed: 3 }),
      week('2026-W46', { booked: 1, pending: 1, statusAssessed: 1, checklistAssessed: 1 }),
    ],
    huddles: [{ week: '2026-W46', date: '2026-11-12', status: 'finished', decisions: ['Ask for the trigger'] }],
    actionItems: [{ huddleWeek: '2026-W46', text: 'Update the template', owner: 'Ana', due: '2026-11-20', doneAt: '' }],
    appVersion: '0.1.0',
    createdAt: '2026-11-20T10:00:00.000Z',
    asOf: '2026-11-20T10:00:00.000Z',
    ...input,
  })
}
