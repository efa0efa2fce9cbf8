import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import StatusLine from '@/components/StatusLine.vue'

describe('StatusLine', () => {
  it("names the first and last booking days in the team's zone, not in UTC", () => {
    const wrapper = mount(StatusLine, {
      props: {
        // 01:30 UTC on the 10th is still the 9th in New York; 23:30 on the 20th there is the 21st in UTC.
        range: { count: 2, first: '2026-11-10T01:30:00.000Z', last: '2026-11-21T04:30:00.000Z' },
        isLoading: false,
        version: '1.0.0',
        timeZone: 'America/New_York',
      },
    })
    expect(wrapper.text()).toContain('2 handoffs · booked 2026-11-09 – 2026-11-20')
  })

  it('keeps a date-only booking as the day it names', () => {
    const wrapper = mount(StatusLine, {
      props: {
        range: { count: 1, first: '2026-11-10', last: '2026-11-10' },
        isLoading: false,
        version: '',
        timeZone: 'Asia/Tokyo',
      },
    })
    expect(wrapper.text()).toContain('1 handoff · booked 2026-11-10 – 2026-11-10')
  })

  it("says whose team file a read-only screen shows, apart from the leader's own data", () => {
    const wrapper = mount(StatusLine, {
      props: {
        range: { count: 0, first: null, last: null },
        isLoading: false,
        version: '',
        timeZone: 'Europe/Berlin',
        viewing: 'Team East',
      },
    })
    expect(wrapper.text()).toContain('Showing Team East from its team file, read-only · your own data: no handoffs')
    expect(wrapper.text()).not.toContain('No handoffs yet')
  })
})
