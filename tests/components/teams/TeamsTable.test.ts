import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import TeamsTable from '@/components/teams/TeamsTable.vue'
import { rollupQuarter } from '@/domain/teams/rollup'
import { week } from '../../domain/teams/team-file-fixture'

const teams = [
  {
    name: 'Team East',
    weeks: [week('2026-W47', { booked: 4, onTime: 3, late: 1, responseAssessed: 4, accepted: 4, statusAssessed: 4 })],
    actionItems: [],
  },
  {
    name: 'Team West',
    weeks: [week('2026-W47', { booked: 6, pending: 6, statusAssessed: 6, unknown: ['onTime', 'late'] })],
    actionItems: [],
  },
]

describe('TeamsTable', () => {
  const mountFor = (previous = false) =>
    mount(TeamsTable, {
      props: {
        rollup: rollupQuarter(teams, 'FY2026-Q4', 1),
        previous: previous ? rollupQuarter(teams, 'FY2026-Q3', 1) : null,
        caption: 'Teams side by side',
      },
    })

  it('says "not in this team\'s export" where a team could not show a measure, and which teams a total leaves out', () => {
    const rows = mountFor().findAll('tr')
    expect(rows[2]!.text()).toContain("not in this team's export")
    expect(rows[3]!.text()).toContain('75% of 4 due')
    expect(rows[3]!.text()).toContain('leaves out Team West: not in its export')
  })

  it("opens a team's Trends from a button named for it", async () => {
    const wrapper = mountFor()
    await wrapper.get('button[aria-label="Open Team West\'s Trends, read-only"]').trigger('click')
    expect(wrapper.emitted('open')).toEqual([['Team West']])
  })

  it('shows the change vs last quarter under each figure when comparing', () => {
    expect(mountFor(true).findAll('tr')[1]!.text()).toContain('vs last quarter +4')
  })
})
