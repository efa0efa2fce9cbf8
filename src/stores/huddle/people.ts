/**
 * The people in the huddle: this week's SDRs and AEs, whom the start form offers, and how a name
 * shows (a role label while blameless, else the name). Part of the huddle review (./review.ts).
 */
import { computed, ref, type Ref, type ShallowRef } from 'vue'
import type { StoredHandoff } from '@/domain/handoff'
import { recentPeople } from '@/domain/huddle/recent-people'
import { roleLabels, shownName, type PersonRole } from '@/domain/huddle/roles'
import { knownPeople } from '@/domain/huddle/session'

export function createHuddlePeople(deps: {
  week: Ref<string>
  weekHandoffs: ShallowRef<StoredHandoff[]>
  priorWeeks: ShallowRef<StoredHandoff[][]>
}) {
  const { weekHandoffs } = deps
  /** null: follow presentation mode (blameless on while presenting). */
  const blamelessChoice = ref<boolean | null>(null)
  const people = computed(() => knownPeople(weekHandoffs.value))
  /** Whom the start form offers: this week's people and those of the four weeks before. */
  const attendeeChoices = computed(() => recentPeople(weekHandoffs.value, deps.priorWeeks.value))
  const labels = computed(() => roleLabels(people.value, deps.week.value))
  const isBlameless = (isPresenting: boolean): boolean => blamelessChoice.value ?? isPresenting
  const nameOf = (role: PersonRole, name: string, isPresenting: boolean): string =>
    shownName(role, name, labels.value, isBlameless(isPresenting))

  return { blamelessChoice, people, attendeeChoices, labels, isBlameless, nameOf }
}
