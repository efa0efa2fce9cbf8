import { describe, expect, it } from 'vitest'
import { carriedMaskOf, CARRIED_FIELDS } from '@/domain/carried'
import type { Handoff, HandoffField } from '@/domain/handoff'
import { aHandoff, COMPLETE_PACKAGE } from '../../helpers/handoffs'
import { weeklyCounts } from '@/domain/metrics/week-counts'
import { defaultSettings } from '@/domain/settings'
import { teamWeeks } from '@/domain/teams/team-week'

/** A handoff with a complete package, booked Monday 2026-11-16 08:30 UTC. */
const handoff = (overrides: Partial<Handoff>): Handoff & { id: string } => {
  const h = aHandoff({ bookedAt: '2026-11-16T08:30:00.000Z', ...COMPLETE_PACKAGE, ...overrides })
  return { ...h, id: h.externalId }
}
const settings = defaultSettings('UTC')
const asOf = Date.parse('2026-11-25T12:00:00.000Z')
const without = (...fields: HandoffField[]) => carriedMaskOf(CARRIED_FIELDS.filter((f) => !fields.includes(f)))

// Monday 2026-11-16 08:30 booked: the deadline is Tuesday 08:30.
const sample = (): (Handoff & { id: string })[] => [
  handoff({ status: 'accepted', respondedAt: '2026-11-16T12:00:00.000Z' }),
  handoff({ status: 'rejected', respondedAt: '2026-11-18T12:00:00.000Z', aeFeedback: 'not a fit' }),
  handoff({ status: 'rejected', respondedAt: '2026-11-16T09:00:00.000Z', aeFeedback: '' }),
  handoff({ status: 'pending', techStack: 'n/a' }),
  handoff({ bookedAt: '2026-11-24T09:00:00.000Z' }),
]

describe('teamWeeks', () => {
  it('counts each week as report does when the export carried every field', () => {
    const handoffs = sample()
    const weeks = teamWeeks(handoffs, settings, asOf)
    const report = weeklyCounts(handoffs, settings, asOf)
    expect(
      weeks.map(({ week, booked, accepted, rejected, pending, onTime, late, openOverdue, incomplete, unknown }) => ({
        week,
        unknown,
        booked,
        accepted,
        rejected,
        pending,
        onTime,
        late,
        openOverdue,
        incomplete,
      })),
    ).toEqual(report)
    expect(weeks.every((w) => w.unknown.length === 0)).toBe(true)
  })

  it('counts vague feedback and no feedback apart, over rejected handoffs that carried feedback', () => {
    const [w] = teamWeeks(sample(), settings, asOf)
    expect(w).toMatchObject({ rejected: 2, feedbackAssessed: 2, vagueFeedback: 1, noFeedback: 1 })
  })

  it('keeps the bases each rate is worked out over', () => {
    const [w] = teamWeeks(sample(), settings, asOf)
    expect(w).toMatchObject({ statusAssessed: 4, responseAssessed: 3, checklistAssessed: 4 })
  })

  it('says a file without a status column cannot show decisions, and counts no AE as overdue', () => {
    const [w] = teamWeeks([handoff({ status: 'pending' })], settings, asOf, { carried: without('status') })
    expect(w).toMatchObject({ booked: 1, statusAssessed: 0, openOverdue: 0 })
    expect(w!.unknown).toEqual([
      'accepted',
      'rejected',
      'pending',
      'onTime',
      'late',
      'openOverdue',
      'vagueFeedback',
      'noFeedback',
    ])
  })

  it('says on time and late are unknown when the export has no response time, and counts open overdue', () => {
    const [w] = teamWeeks(sample().slice(0, 4), settings, asOf, { carried: without('respondedAt') })
    expect(w).toMatchObject({ onTime: 0, late: 0, openOverdue: 1, responseAssessed: 0 })
    expect(w!.unknown).toEqual(['onTime', 'late'])
  })

  it('says incomplete is unknown when no required field was carried', () => {
    const [w] = teamWeeks(sample(), settings, asOf, { carried: without(...settings.requiredFields) })
    expect(w).toMatchObject({ incomplete: 0, checklistAssessed: 0 })
    expect(w!.unknown).toEqual(['incomplete'])
  })

  it('adds up the rubric totals of scored handoffs', () => {
    const handoffs = sample()
    const scores = new Map([
      [handoffs[0]!.id, 4],
      [handoffs[1]!.id, 2.5],
    ])
    const [w] = teamWeeks(handoffs, settings, asOf, { rubricOf: (id) => scores.get(id) ?? null })
    expect(w).toMatchObject({ rubricSum: 6.5, rubricCount: 2 })
  })
})
