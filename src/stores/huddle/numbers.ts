/**
 * The huddle's numbers: this week against the weeks before, the rejection reasons and the
 * handoffs behind each number. Part of the huddle review (./review.ts); thin wiring over
 * src/domain/huddle/numbers.ts.
 */
import { computed, type ShallowRef } from 'vue'
import type { StoredHandoff } from '@/domain/handoff'
import {
  compareWeeks,
  handoffsBehind,
  reasonMix,
  reasonSeries,
  rejectionsWithoutReasonColumn,
  type NumberKind,
} from '@/domain/huddle/numbers'

export function createHuddleNumbers(deps: {
  weekHandoffs: ShallowRef<StoredHandoff[]>
  priorWeeks: ShallowRef<StoredHandoff[][]>
}) {
  const { weekHandoffs } = deps
  const comparison = computed(() => compareWeeks(weekHandoffs.value, deps.priorWeeks.value))
  const reasons = computed(() => reasonMix(weekHandoffs.value))
  const reasonChart = computed(() => reasonSeries(reasons.value))
  const reasonsNotCarried = computed(() => rejectionsWithoutReasonColumn(weekHandoffs.value))
  const handoffsFor = (kind: NumberKind): StoredHandoff[] => handoffsBehind(weekHandoffs.value, kind)

  return { comparison, reasons, reasonChart, reasonsNotCarried, handoffsFor }
}
