import type { ActionItem } from '@/domain/huddle/action-items'
import { db } from './database'
import type { ActionItemRow } from './rows'

const toItem = (row: ActionItemRow): ActionItem => ({ ...row })

/**
 * What a huddle shows: its own items and every still-open item from earlier huddles (through the
 * doneAt index: open items have doneAt ''), plus items of earlier huddles done since `doneSince`
 * (an ISO instant) for "done since last huddle".
 */
export async function itemsForHuddle(week: string): Promise<ActionItem[]> {
  const table = db().actionItems
  const [own, open] = await Promise.all([
    table.where('huddleWeek').equals(week).toArray(),
    table.where('doneAt').equals('').toArray(),
  ])
  const byId = new Map<number, ActionItemRow>()
  for (const row of [...own, ...open.filter((r) => r.huddleWeek < week)]) byId.set(row.id!, row)
  return [...byId.values()].map(toItem)
}

/** Items of huddles before `week` ticked done (doneAt non-empty): for "done since last huddle". */
export async function doneItemsBefore(week: string): Promise<ActionItem[]> {
  const rows = await db().actionItems.where('huddleWeek').below(week).toArray()
  return rows.filter((r) => r.doneAt !== '').map(toItem)
}

export async function addActionItem(item: ActionItem): Promise<ActionItem> {
  const row: ActionItemRow = {
    huddleWeek: item.huddleWeek,
    text: item.text,
    owner: item.owner,
    due: item.due,
    doneAt: item.doneAt,
    createdAt: item.createdAt,
  }
  const id = (await db().actionItems.add(row))!
  return { ...row, id }
}

/** Replaces a stored item (it must have an id). */
export async function updateActionItem(item: ActionItem): Promise<void> {
  if (item.id === undefined) throw new Error('An action item needs an id to be updated')
  await db().actionItems.put({
    id: item.id,
    huddleWeek: item.huddleWeek,
    text: item.text,
    owner: item.owner,
    due: item.due,
    doneAt: item.doneAt,
    createdAt: item.createdAt,
  })
}

export async function deleteActionItem(id: number): Promise<void> {
  await db().actionItems.delete(id)
}
