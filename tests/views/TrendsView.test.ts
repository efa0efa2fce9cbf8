import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import TrendsView from '@/views/TrendsView.vue'
import { routes } from '@/router'
import { useTeamsStore } from '@/stores/teams'
import { freshDatabase } from '../helpers/fresh-db'
import { teamFileText, week } from '../domain/teams/team-file-fixture'

/** The screen for a team of the Teams screen, as the route `#/teams/:team/trends?quarter=` opens it. */
async function teamTrends(team: string) {
  await useTeamsStore().ingest(
    [
      {
        source: 'folder:east.huddle-team.json',
        name: 'east.huddle-team.json',
        text: await teamFileText({
          name: 'Team East',
          weeks: [
            week('2026-W45', { booked: 30, accepted: 20, rejected: 10, statusAssessed: 30, checklistAssessed: 30 }),
            week('2026-W46', { booked: 12, accepted: 6, rejected: 2, pending: 4, statusAssessed: 12 }),
          ],
        }),
      },
    ],
    true,
  )
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(`/teams/${encodeURIComponent(team)}/trends?quarter=FY2026-Q4`)
  const wrapper = mount(TrendsView, { props: { team, quarter: 'FY2026-Q4' }, global: { plugins: [router] } })
  await flushPromises()
  return wrapper
}

describe("a team's Trends screen, read-only", () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
    vi.useFakeTimers({ now: Date.parse('2026-11-25T12:00:00Z'), toFake: ['Date'] })
  })
  afterEach(() => vi.useRealTimers())

  it('says whose numbers these are, from which file and when, with a way back to Teams', async () => {
    const wrapper = await teamTrends('Team East')
    const banner = wrapper.get('[data-testid="team-banner"]')
    expect(banner.text()).toContain(
      'Team East — read-only, from east.huddle-team.json, updated 20 Nov 2026, 11:00 (Europe/Berlin)',
    )
    expect(banner.get('a').text()).toBe('← Back to Teams')
    expect(banner.get('a').attributes('href')).toBe('/teams')
  })

  it("shows the team's quarter in the quarter table", async () => {
    const wrapper = await teamTrends('Team East')
    const booked = wrapper.findAll('table[aria-label="Quarter over quarter"] tbody tr')[0]!
    expect(booked.findAll('td')[1]!.text()).toBe('42')
  })

  it('offers no import and no edit, and says what a team file does not hold', async () => {
    const wrapper = await teamTrends('Team East')
    expect(wrapper.text()).not.toContain('Import a CRM export')
    expect(wrapper.text()).not.toContain('Load demo data')
    expect(wrapper.text()).not.toContain('Handoff note template')
    expect(wrapper.find('[aria-label="Scorecard dimension"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="not-in-team-file"]').text()).toContain('Not in the team file.')
    // The team's huddle decisions and action items come from its file too.
    expect(wrapper.text()).toContain("Team East's huddles")
    expect(wrapper.text()).toContain('Update the template — Ana, due 2026-11-20')
  })

  it('says so when the team is not among the team files', async () => {
    const wrapper = await teamTrends('Team North')
    expect(wrapper.text()).toContain('No team file for Team North.')
    expect(wrapper.find('table[aria-label="Quarter over quarter"]').exists()).toBe(false)
  })
})
