/**
 * The huddle's action items: those agreed in this huddle, those carried over from earlier ones
 * until done, and those ticked done since the last huddle. Part of the huddle store (./index.ts).
 */
import { nowMs } from '@/domain/clock'
import { computed, shallowRef, type ComputedRef, type Ref } from 'vue'
import { addActionItem, deleteActionItem, updateActionItem } from '@/db/action-item-repo'
import type { Settings } from '@/domain/settings'
import { previousHuddleWeek } from '@/domain/huddle/huddle'
import {
  actionItemErrors,
  doneSinceLastHuddle,
  itemsOfHuddle,
  markDone,
  newActionItem,
  openCarriedOver,
  carriedOverShown,
  reopen,
  type ActionItem,
  type ActionItemDraft,
  type ActionItemField,
} from '@/domain/huddle/action-items'

export function createHuddleActionItems(deps: { settings: ComputedRef<Settings>; week: Ref<string> }) {
  const { settings, week } = deps
  const items = shallowRef<ActionItem[]>([])
  const doneBefore = shallowRef<ActionItem[]>([])
  const otherHuddleWeeks = shallowRef<string[]>([])
  /** Ids of carried-over items ticked done in this huddle (cleared when a week is opened). */
  const tickedHere = shallowRef<ReadonlySet<number>>(new Set())

  /** What the store read for the week: its own and carried items, items done before it, other huddles. */
  function load(loaded: { items: ActionItem[]; doneBefore: ActionItem[]; huddleWeeks: string[] }): void {
    items.value = loaded.items
    doneBefore.value = loaded.doneBefore
    otherHuddleWeeks.value = loaded.huddleWeeks.filter((w) => w !== week.value)
    tickedHere.value = new Set()
  }

  const ownItems = computed(() => itemsOfHuddle(items.value, week.value))
  const carried = computed(() => openCarriedOver(items.value, week.value))
  const carriedShown = computed(() => carriedOverShown(items.value, week.value, tickedHere.value))
  const lastHuddleWeek = computed(() => previousHuddleWeek(otherHuddleWeeks.value, week.value))
  const doneSinceLast = computed(() =>
    doneSinceLastHuddle(doneBefore.value, week.value, lastHuddleWeek.value, settings.value.timeZone),
  )

  /** Adds an item agreed in this huddle; returns the messages when the draft is invalid. */
  async function addItem(
    draft: ActionItemDraft,
    now = new Date(nowMs()),
  ): Promise<Partial<Record<ActionItemField, string>>> {
    const errors = actionItemErrors(draft)
    if (Object.keys(errors).length > 0) return errors
    const saved = await addActionItem(newActionItem(draft, week.value, now.toISOString()))
    items.value = [...items.value, saved]
    return {}
  }

  async function setItemDone(item: ActionItem, isDone: boolean, now = new Date(nowMs())): Promise<void> {
    const next = isDone ? markDone(item, now.toISOString()) : reopen(item)
    await updateActionItem(next)
    items.value = items.value.map((i) => (i.id === item.id ? next : i))
    if (isDone && item.huddleWeek < week.value) {
      doneBefore.value = [...doneBefore.value, next]
      if (item.id !== undefined) tickedHere.value = new Set([...tickedHere.value, item.id])
    }
    if (!isDone) doneBefore.value = doneBefore.value.filter((i) => i.id !== item.id)
  }

  async function removeItem(item: ActionItem): Promise<void> {
    if (item.id === undefined) return
    await deleteActionItem(item.id)
    items.value = items.value.filter((i) => i.id !== item.id)
  }

  return { load, ownItems, carried, carriedShown, lastHuddleWeek, doneSinceLast, addItem, setItemDone, removeItem }
}
