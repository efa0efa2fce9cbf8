import { beforeEach, describe, expect, it } from 'vitest'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { handoffsMatching, loadWeekSummaries } from '@/db/trends-repo'
import { defaultSettings } from '@/domain/settings'
import { aHandoff } from '../helpers/handoffs'
import { scoreByLee } from '../helpers/scores'
import { freshDatabase } from '../helpers/fresh-db'

const all = { icp_signal: true, prospect_words: true, trigger_timing: true, stack_budget: true, complete: false }

describe('trends repository', () => {
  beforeEach(async () => {
    freshDatabase()
    await putHandoffs(
      [
        aHandoff({
          externalId: 'a',
          partner: 'Agency X',
          bookedAt: '2026-11-16T10:00:00.000Z',
          status: 'accepted',
          respondedAt: '2026-11-16T12:00:00.000Z',
        }),
        aHandoff({ externalId: 'b', partner: ' Agency X ', bookedAt: '2026-11-10T10:00:00.000Z' }),
        aHandoff({ externalId: 'c', partner: '', bookedAt: '2026-11-16T11:00:00.000Z' }),
        aHandoff({ externalId: 'd', partner: 'Agency X', bookedAt: '2026-01-05T10:00:00.000Z' }),
      ].map((h) => toStored(h, 'crm', 'UTC', null)),
    )
    await scoreByLee('crm::a', all)
  })

  it('works out the weeks one at a time, with their scores, reporting each week done', async () => {
    const seen: number[] = []
    const weeks = ['2026-W46', '2026-W47', '2026-W48']
    const now = Date.parse('2026-11-25T10:00:00.000Z')
    const summaries = await loadWeekSummaries(weeks, defaultSettings('UTC'), now, (done, total) =>
      seen.push(done / total),
    )
    expect(weeks.map((w) => summaries.get(w)?.tally.booked)).toEqual([1, 2, 0])
    // Handoff a's score counts in its week's rubric criteria: the scores were read with the block.
    const criteria = summaries.get('2026-W47')!.criteria
    expect(
      criteria.reduce((n, c) => n + c.withAccepted + c.withRejected + c.withoutAccepted + c.withoutRejected, 0),
    ).toBeGreaterThan(0)
    expect(seen).toEqual([1 / 3, 2 / 3, 1])
  })

  it("finds a scorecard row's handoffs in the range, newest first, matching trimmed values", async () => {
    const rows = await handoffsMatching(['2026-W46', '2026-W47'], 'partner', 'Agency X')
    expect(rows.map((h) => h.externalId)).toEqual(['a', 'b'])
    expect((await handoffsMatching(['2026-W47'], 'partner', '')).map((h) => h.externalId)).toEqual(['c'])
  })
})
