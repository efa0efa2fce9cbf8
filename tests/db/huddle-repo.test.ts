import { beforeEach, describe, expect, it } from 'vitest'
import { getHuddle, huddleWeeks, listHuddles, saveHuddle } from '@/db/huddle-repo'
import { newHuddle } from '@/domain/huddle/huddle'
import { freshDatabase } from '../helpers/fresh-db'

beforeEach(() => {
  freshDatabase()
})

const huddle = (week: string) =>
  newHuddle({ week, date: '2026-11-23', facilitator: 'Maya', attendees: ['Ana'] }, '2026-11-23T09:00:00.000Z')

describe('huddle repository', () => {
  it('saves and reads back a huddle with the section it was in', async () => {
    const h = {
      ...huddle('2026-W47'),
      notes: { numbers: 'Up', handoffs: '', breaches: '', calibration: '' },
      elapsedSeconds: { numbers: 481.5 },
    }
    await saveHuddle(h, 'breaches')
    expect(await getHuddle('2026-W47')).toEqual({ huddle: h, currentSection: 'breaches' })
  })

  it('starts a row without a stored section at the first one', async () => {
    const { db } = await import('@/db/database')
    await db().huddles.put(huddle('2026-W40'))
    expect((await getHuddle('2026-W40'))?.currentSection).toBe('numbers')
  })

  it('returns null for a week without a huddle', async () => {
    expect(await getHuddle('2026-W01')).toBeNull()
  })

  it('keeps one huddle per week and lists them newest first', async () => {
    await saveHuddle(huddle('2026-W45'), 'numbers')
    await saveHuddle(huddle('2026-W47'), 'numbers')
    await saveHuddle({ ...huddle('2026-W45'), facilitator: 'Ben' }, 'numbers')
    expect((await listHuddles()).map((h) => [h.week, h.facilitator])).toEqual([
      ['2026-W47', 'Maya'],
      ['2026-W45', 'Ben'],
    ])
    expect(await huddleWeeks()).toEqual(['2026-W45', '2026-W47'])
  })
})
