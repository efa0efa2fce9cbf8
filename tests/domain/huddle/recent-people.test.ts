import { describe, expect, it } from 'vitest'
import { recentPeople } from '@/domain/huddle/recent-people'

describe('recentPeople', () => {
  it('offers the people of recent weeks when the week has no bookings yet', () => {
    expect(recentPeople([], [[{ sdr: 'Ana', ae: 'Ben' }], [{ sdr: 'Cy', ae: 'Ben' }]])).toEqual({
      sdrs: ['Ana', 'Cy'],
      aes: ['Ben'],
    })
  })

  it('joins the week and the weeks before it without repeats', () => {
    expect(recentPeople([{ sdr: 'Ana', ae: 'Dee' }], [[{ sdr: 'Ana', ae: 'Ben' }]])).toEqual({
      sdrs: ['Ana'],
      aes: ['Ben', 'Dee'],
    })
  })
})
