import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { loadDemoData } from '@/db/demo-repo'
import { buildTeamFileFromDb } from '@/db/team-file-repo'
import { loadWeekSummaries } from '@/db/trends-repo'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { weeksOfQuarter } from '@/domain/calendar/quarters'
import { defaultSettings } from '@/domain/settings'
import { readTeamFile } from '@/domain/teams/read-team-file'
import { rollupQuarter } from '@/domain/teams/rollup'
import { mergeTallies } from '@/domain/trends/tally'
import { aHandoff } from '../helpers/handoffs'
import { scoreByLee } from '../helpers/scores'
import { freshDatabase } from '../helpers/fresh-db'

const settings = defaultSettings('UTC')
const NOW = Date.parse('2026-11-25T10:00:00.000Z')
const publish = (includeDetails = false) =>
  buildTeamFileFromDb({ name: 'Team East', includeDetails, appVersion: '0.1.0', now: new Date(NOW).toISOString() })

describe('buildTeamFileFromDb', () => {
  beforeEach(() => {
    freshDatabase()
  })

  it("gives the leader's row for each quarter the numbers the team's own Trends screen adds up", async () => {
    await loadDemoData(settings, NOW)
    const read = await readTeamFile((await publish()).text)
    if (!read.ok) throw new Error(read.reason)
    const team = { name: 'Team East', weeks: read.file.data.weeks, actionItems: read.file.data.actionItems }
    for (const quarter of ['FY2026-Q3', 'FY2026-Q4']) {
      const weeks = weeksOfQuarter(quarter, 1)
      const trends = mergeTallies([...(await loadWeekSummaries(weeks, settings, NOW)).values()].map((s) => s.tally))
      const [row] = rollupQuarter([team], quarter, 1).teams
      expect(row).toMatchObject({
        booked: trends.booked,
        accepted: trends.accepted,
        rejected: trends.rejected,
        pending: trends.pending,
        onTime: trends.onTime,
        late: trends.late,
        openOverdue: trends.openOverdue,
        incomplete: trends.incomplete,
        vagueFeedback: trends.vague,
        rubricSum: trends.rubricSum,
        rubricCount: trends.rubricCount,
      })
      expect(row!.booked).toBeGreaterThan(100)
    }
  })

  it('counts rubric scores as Trends does', async () => {
    await putHandoffs([
      toStored(aHandoff({ externalId: 'a', bookedAt: '2026-11-16T10:00:00.000Z' }), 'crm', 'UTC', null),
    ])
    const criteria = {
      icp_signal: true,
      prospect_words: true,
      trigger_timing: false,
      stack_budget: true,
      complete: false,
    }
    await scoreByLee('crm::a', criteria)
    const read = await readTeamFile((await publish()).text)
    expect(read.ok && read.file.data.weeks[0]).toMatchObject({ week: '2026-W47', rubricSum: 3, rubricCount: 1 })
  })

  it('leaves the handoffs and their texts out unless details are included', async () => {
    await putHandoffs([toStored(aHandoff({ externalId: 'a', crmNotes: 'Secret pricing talk' }), 'crm', 'UTC', null)])
    expect((await publish(false)).text).not.toContain('Secret pricing talk')
    const read = await readTeamFile((await publish(true)).text)
    expect(read.ok && read.file.data.handoffs.map((h) => h.crmNotes)).toEqual(['Secret pricing talk'])
  })
})
