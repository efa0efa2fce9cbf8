import { describe, expect, it } from 'vitest'
import { scorecards, sortScorecards } from '@/domain/trends/scorecards'
import { aFact } from './helpers'

const weeks = ['2026-W46', '2026-W47']

describe('scorecards', () => {
  const facts = [
    aFact({ sdr: 'Ana', week: '2026-W46', status: 'accepted', missingMask: 0 }),
    aFact({ sdr: 'Ana', week: '2026-W47', status: 'rejected', missingMask: 4, sla: 'late' }),
    aFact({ sdr: 'Ana', week: '2026-W47', status: 'pending', sla: 'open_within' }),
    aFact({ sdr: 'Bo', week: '2026-W47', status: 'accepted' }),
    aFact({ sdr: 'Cy', week: '2026-W30', status: 'accepted' }),
  ]

  it('groups names that differ only by surrounding spaces', () => {
    const rows = scorecards(
      [
        aFact({ sdr: 'Ana' }),
        aFact({ sdr: ' Ana  ' }),
        aFact({ sdr: 'Ana\t' }),
        aFact({ sdr: '' }),
        aFact({ sdr: '  ' }),
      ],
      'sdr',
      weeks,
    )
    expect(rows.map((r) => [r.name, r.booked])).toEqual([
      ['Ana', 3],
      ['(none)', 2],
    ])
  })

  it('puts volume and conversion health of each SDR in one row, largest first', () => {
    const rows = scorecards(facts, 'sdr', weeks)
    expect(rows.map((r) => r.name)).toEqual(['Ana', 'Bo'])
    expect(rows[0]).toMatchObject({
      booked: 3,
      accepted: 1,
      rejected: 1,
      pending: 1,
      acceptanceRate: { kind: 'rate', value: 0.5, base: 2 },
      onTimeRate: { kind: 'rate', value: 0.5 },
      incompleteRate: { kind: 'rate', value: 1 / 3, base: 3 },
      weeklyBooked: [1, 2],
    })
  })

  it('gives per-AE response time and vague-feedback rate', () => {
    const rows = scorecards(
      [
        aFact({ ae: 'Dee', status: 'rejected', isVague: true, responseHours: 2 }),
        aFact({ ae: 'Dee', status: 'rejected', isVague: false, responseHours: 10 }),
        aFact({ ae: 'Dee', status: 'accepted', responseHours: 30 }),
      ],
      'ae',
      weeks,
    )
    expect(rows[0]).toMatchObject({
      name: 'Dee',
      medianResponseHours: 10,
      vagueFeedbackRate: { kind: 'rate', value: 0.5, base: 2 },
    })
  })

  it('names in-house handoffs (no partner) "In-house" and keeps the blank key', () => {
    const rows = scorecards(
      [aFact({ partner: '' }), aFact({ partner: 'Agency X' }), aFact({ partner: '' })],
      'partner',
      weeks,
    )
    expect(rows.map((r) => [r.key, r.name])).toEqual([
      ['', 'In-house'],
      ['Agency X', 'Agency X'],
    ])
  })

  it('sorts by a column with rows without a value last either way', () => {
    const rows = scorecards(
      [
        aFact({ sdr: 'A', status: 'accepted' }),
        aFact({ sdr: 'B', status: 'pending' }),
        aFact({ sdr: 'C', status: 'rejected' }),
      ],
      'sdr',
      weeks,
    )
    expect(sortScorecards(rows, 'acceptanceRate', 'desc').map((r) => r.name)).toEqual(['A', 'C', 'B'])
    expect(sortScorecards(rows, 'acceptanceRate', 'asc').map((r) => r.name)).toEqual(['C', 'A', 'B'])
    expect(sortScorecards(rows, 'name', 'desc').map((r) => r.name)).toEqual(['C', 'B', 'A'])
  })
})
