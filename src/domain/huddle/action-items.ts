import { z } from 'zod'
import { weekOf } from '@/domain/calendar/zoned'

/** An action item agreed in a huddle; maps 1:1 onto ActionItemRow. */
export interface ActionItem {
  id?: number
  /** The ISO week of the huddle that agreed it (`2026-W47`). */
  huddleWeek: string
  text: string
  owner: string
  /** Calendar day `YYYY-MM-DD`, or null for no due date. */
  due: string | null
  /** ISO instant when ticked done; '' while open. */
  doneAt: string
  createdAt: string
}

export const isOpen = (item: ActionItem): boolean => item.doneAt === ''

/** Open items before their due day count as on time; due today is not overdue yet. */
export function isOverdue(item: ActionItem, today: string): boolean {
  return isOpen(item) && item.due !== null && item.due < today
}

/** Soonest due first, items without a due date last, then in the order they were agreed. */
function byDueThenCreated(a: ActionItem, b: ActionItem): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1
    if (b.due === null) return -1
    return a.due < b.due ? -1 : 1
  }
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0
}

/** Items agreed in this week's huddle. ISO week keys sort as strings. */
export function itemsOfHuddle(items: readonly ActionItem[], week: string): ActionItem[] {
  return items.filter((item) => item.huddleWeek === week).sort(byDueThenCreated)
}

/** Items from huddles of earlier weeks that are still open: they carry over until done. */
export function openCarriedOver(items: readonly ActionItem[], week: string): ActionItem[] {
  return items.filter((item) => item.huddleWeek < week && isOpen(item)).sort(byDueThenCreated)
}

/**
 * The carried-over items the huddle screen lists: the open ones plus those ticked done during
 * this huddle (`tickedHere`, by id), which stay, struck through, until the huddle ends, so a tick
 * never makes an item vanish under the facilitator's cursor.
 */
export function carriedOverShown(
  items: readonly ActionItem[],
  week: string,
  tickedHere: ReadonlySet<number>,
): ActionItem[] {
  return items
    .filter((item) => item.huddleWeek < week && (isOpen(item) || (item.id !== undefined && tickedHere.has(item.id))))
    .sort(byDueThenCreated)
}

/**
 * Items from earlier huddles ticked done from the week of the last huddle up to this week
 * (team time zone), to read out as "done since last huddle". Week granularity means an item
 * ticked during the last huddle itself shows again; that errs on the side of being seen.
 * Without a last huddle (null), every item done up to this week counts.
 */
export function doneSinceLastHuddle(
  items: readonly ActionItem[],
  week: string,
  lastHuddleWeek: string | null,
  timeZone: string,
): ActionItem[] {
  return items
    .filter((item) => {
      if (item.huddleWeek >= week || isOpen(item)) return false
      const doneWeek = weekOf(item.doneAt, timeZone)
      return doneWeek <= week && (lastHuddleWeek === null || doneWeek >= lastHuddleWeek)
    })
    .sort((a, b) => (a.doneAt < b.doneAt ? -1 : a.doneAt > b.doneAt ? 1 : 0))
}

function isRealDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}

/** What the facilitator types for a new or edited item. */
export const actionItemDraftSchema = z.object({
  text: z.string().trim().min(1, 'Say what needs doing'),
  owner: z.string().trim().min(1, 'Name an owner'),
  due: z.string().refine(isRealDay, 'Due date must be a real date as YYYY-MM-DD').nullable(),
})
export type ActionItemDraft = z.input<typeof actionItemDraftSchema>
export type ActionItemField = keyof ActionItemDraft

/** Messages keyed by field, for showing beside the field that is wrong; {} when valid. */
export function actionItemErrors(candidate: unknown): Partial<Record<ActionItemField, string>> {
  const result = actionItemDraftSchema.safeParse(candidate)
  if (result.success) return {}
  const errors: Partial<Record<ActionItemField, string>> = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0]
    if (field === 'text' || field === 'owner' || field === 'due') errors[field] ??= issue.message
  }
  return errors
}

/** A new open item from a valid draft (trimmed); throws on an invalid one — check errors first. */
export function newActionItem(draft: ActionItemDraft, huddleWeek: string, createdAt: string): ActionItem {
  const { text, owner, due } = actionItemDraftSchema.parse(draft)
  return { huddleWeek, text, owner, due, doneAt: '', createdAt }
}

export const markDone = (item: ActionItem, at: string): ActionItem => ({ ...item, doneAt: at })
export const reopen = (item: ActionItem): ActionItem => ({ ...item, doneAt: '' })
