import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { scoresForHandoff } from '@/db/score-repo'
import { RUBRIC_VERSION } from '@/domain/rubric/criteria'
import { SCORER_KEY, useHandoffDetailStore } from '@/stores/handoff-detail'
import { useSettingsStore } from '@/stores/settings'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'

describe('handoff detail store', () => {
  beforeEach(async () => {
    freshDatabase()
    setActivePinia(createPinia())
    localStorage.removeItem(SCORER_KEY)
    await useSettingsStore().load()
  })

  async function stored() {
    const h = toStored(
      aHandoff({
        externalId: 'D-1',
        icpFit: '300 employees, hiring 12 SDRs',
        crmNotes: 'She said "our forecast is a guess"',
        techStack: 'n/a',
      }),
      'crm',
      useSettingsStore().settings.timeZone,
      null,
    )
    await putHandoffs([h])
    return h
  }

  it('loads the handoff with its missing fields and starts the draft from the suggestion', async () => {
    const h = await stored()
    const store = useHandoffDetailStore()
    await store.load(h.id)
    expect(store.detail!.missing.map((m) => m.field)).toContain('techStack')
    expect(store.draft).toEqual(
      Object.fromEntries(Object.entries(store.detail!.suggestion.criteria).map(([id, s]) => [id, s.pass])),
    )
  })

  it('saves a confirmed score with scorer, time and rubric version, and remembers the name', async () => {
    const h = await stored()
    const store = useHandoffDetailStore()
    await store.load(h.id)
    store.draft.complete = true
    store.comment = 'Add the tech stack next time'
    store.scorer = ' Maria Chen '
    expect(await store.saveScore(new Date('2026-11-20T10:00:00.000Z'))).toBe(true)
    expect(await scoresForHandoff(h.id)).toMatchObject([
      {
        scorer: 'Maria Chen',
        scoredAt: '2026-11-20T10:00:00.000Z',
        rubricVersion: RUBRIC_VERSION,
        week: h.week,
        comment: 'Add the tech stack next time',
        criteria: { complete: true },
      },
    ])
    expect(localStorage.getItem(SCORER_KEY)).toBe('Maria Chen')
    expect(store.latestScores.map((s) => s.scorer)).toEqual(['Maria Chen'])
  })

  it('asks for a name instead of saving an anonymous score', async () => {
    const h = await stored()
    const store = useHandoffDetailStore()
    await store.load(h.id)
    store.scorer = ''
    expect(await store.saveScore()).toBe(false)
    expect(store.saveMessage).toMatch(/name/)
    expect(await scoresForHandoff(h.id)).toEqual([])
  })

  it('shows agreement per criterion across scorers', async () => {
    const h = await stored()
    const store = useHandoffDetailStore()
    await store.load(h.id)
    store.scorer = 'Maria'
    store.draft.complete = true
    await store.saveScore(new Date('2026-11-20T10:00:00.000Z'))
    store.scorer = 'Dev'
    store.draft.complete = false
    await store.saveScore(new Date('2026-11-20T11:00:00.000Z'))
    expect(store.scoreAgreement.scorers).toBe(2)
    expect(store.scoreAgreement.byCriterion.complete).toMatchObject({ agreed: false, pass: 1, fail: 1 })
    expect(store.scoreAgreement.byCriterion.icp_signal.agreed).toBe(true)
  })

  it('says so when the handoff is not in the database', async () => {
    const store = useHandoffDetailStore()
    await store.load('crm::missing')
    expect(store.handoff).toBeNull()
    expect(store.error).toMatch(/not in the local database/)
  })
})
