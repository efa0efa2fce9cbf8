import { beforeEach, describe, expect, it } from 'vitest'
import {
  addActionItem,
  deleteActionItem,
  doneItemsBefore,
  itemsForHuddle,
  updateActionItem,
} from '@/db/action-item-repo'
import type { ActionItem } from '@/domain/huddle/action-items'
import { freshDatabase } from '../helpers/fresh-db'

beforeEach(() => {
  freshDatabase()
})

const item = (huddleWeek: string, text: string, doneAt = ''): ActionItem => ({
  huddleWeek,
  text,
  owner: 'Maya',
  due: null,
  doneAt,
  createdAt: '2026-11-01T10:00:00.000Z',
})

describe('action item repository', () => {
  it('gives a huddle its own items and the open ones from earlier huddles', async () => {
    await addActionItem(item('2026-W45', 'open earlier'))
    await addActionItem(item('2026-W45', 'done earlier', '2026-11-10T10:00:00.000Z'))
    await addActionItem(item('2026-W47', 'own'))
    await addActionItem(item('2026-W48', 'later'))
    expect((await itemsForHuddle('2026-W47')).map((i) => i.text).sort()).toEqual(['open earlier', 'own'])
    expect((await doneItemsBefore('2026-W47')).map((i) => i.text)).toEqual(['done earlier'])
  })

  it('stops carrying an item once it is done, and deletes', async () => {
    const saved = await addActionItem(item('2026-W45', 'carry me'))
    expect(await itemsForHuddle('2026-W46')).toHaveLength(1)
    await updateActionItem({ ...saved, doneAt: '2026-11-12T10:00:00.000Z' })
    expect(await itemsForHuddle('2026-W46')).toEqual([])
    await deleteActionItem(saved.id!)
    expect(await doneItemsBefore('2026-W46')).toEqual([])
  })
})
