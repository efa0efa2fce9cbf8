import { beforeEach, describe, expect, it } from 'vitest'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { handoffsMatching, readWeeks } from '@/db/trends-repo'
import { aHandoff } from '../helpers/handoffs'
import { scoreByLee } from '../helpers/scores'
import { freshDatabase } from '../helpers/fresh-db'

const all = { icp_signal: true, prospect_words: true, trigger_timing: true, stack_budget: true, complete: false }

describe('trends repository', () => {
  beforeEach(async () => {
    freshDatabase()
    await putHandoffs(
      [
        aHandoff({ externalId: 'a', partner: 'Agency X', bookedAt: '2026-11-16T10:00:00.000Z' }),
        aHandoff({ externalId: 'b', partner: ' Agency X ', bookedAt: '2026-11-10T10:00:00.000Z' }),
        aHandoff({ externalId: 'c', partner: '', bookedAt: '2026-11-16T11:00:00.000Z' }),
        aHandoff({ externalId: 'd', partner: 'Agency X', bookedAt: '2026-01-05T10:00:00.000Z' }),
      ].map((h) => toStored(h, 'crm', 'UTC', null)),
    )
    await scoreByLee('crm::a', all)
  })

  it('reads the handoffs and scores of the weeks asked for, reporting progress', async () => {
    const seen: number[] = []
    const data = await readWeeks(['2026-W46', '2026-W47', '2026-W48', '2026-W49', '2026-W50'], (done) =>
      seen.push(done),
    )
    expect(data.handoffs.map((h) => h.externalId).sort()).toEqual(['a', 'b', 'c'])
    expect(data.scores.map((s) => s.handoffId)).toEqual(['crm::a'])
    expect(seen).toEqual([4, 5])
  })

  it("finds a scorecard row's handoffs in the range, newest first, matching trimmed values", async () => {
    const rows = await handoffsMatching(['2026-W46', '2026-W47'], 'partner', 'Agency X')
    expect(rows.map((h) => h.externalId)).toEqual(['a', 'b'])
    expect((await handoffsMatching(['2026-W47'], 'partner', '')).map((h) => h.externalId)).toEqual(['c'])
  })
})
