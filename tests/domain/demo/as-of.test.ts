import { describe, expect, it } from 'vitest'
import { asOfNow } from '@/domain/demo/as-of'
import { aHandoff } from '../../helpers/handoffs'

const now = Date.parse('2026-11-23T12:00:00Z')

describe('demo data as of now', () => {
  it('drops bookings after now', () => {
    expect(
      asOfNow([aHandoff({ bookedAt: '2026-11-23T13:00:00.000Z' }), aHandoff({ bookedAt: '2026-11-24' })], now, 'UTC'),
    ).toEqual([])
  })

  it('turns a decision made after now back into a pending handoff', () => {
    const [h] = asOfNow(
      [
        aHandoff({
          bookedAt: '2026-11-20',
          status: 'rejected',
          respondedAt: '2026-11-23T15:00:00.000Z',
          rejectionReason: 'too_small',
          aeFeedback: 'Only 12 people',
        }),
      ],
      now,
      'UTC',
    )
    expect(h).toMatchObject({ status: 'pending', respondedAt: null, rejectionReason: null, aeFeedback: '' })
  })

  it('keeps a decision made before now', () => {
    const h = aHandoff({ bookedAt: '2026-11-20', status: 'accepted', respondedAt: '2026-11-23T09:00:00.000Z' })
    expect(asOfNow([h], now, 'UTC')).toEqual([h])
  })

  it('clears the outcome of a meeting that has not happened yet', () => {
    const [h] = asOfNow(
      [
        aHandoff({
          bookedAt: '2026-11-20',
          status: 'accepted',
          respondedAt: '2026-11-20T12:00:00.000Z',
          meetingAt: '2026-11-25',
          outcome: 'held',
        }),
      ],
      now,
      'UTC',
    )
    expect(h!.outcome).toBeNull()
  })
})
