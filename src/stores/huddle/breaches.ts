/**
 * The week's SLA breaches grouped by cause, vague rejections, and what the export did not carry
 * of what the huddle reads (said once, never as a number it cannot know). Part of the huddle
 * review (./review.ts); thin wiring over src/domain/huddle/breaches.ts.
 */
import { computed, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import type { StoredHandoff } from '@/domain/handoff'
import type { Settings } from '@/domain/settings'
import { aeSlaCoverage, breachNotices, findBreaches, groupByCause, vagueRejections } from '@/domain/huddle/breaches'
import { huddleGaps } from '@/domain/huddle/not-carried'
import { notCarriedByAny } from '@/domain/carried'

export function createHuddleBreaches(deps: {
  settings: ComputedRef<Settings>
  weekHandoffs: ShallowRef<StoredHandoff[]>
  /** The time breaches are judged at (an open handoff breaches once its SLA has passed). */
  asOf: Ref<number>
}) {
  const { settings, weekHandoffs } = deps
  const breachGroups = computed(() => groupByCause(findBreaches(weekHandoffs.value, settings.value, deps.asOf.value)))
  const vague = computed(() => vagueRejections(weekHandoffs.value))
  /** Whether any of this week's handoffs came from an export with AE feedback: else "none" is no claim. */
  const isFeedbackCarried = computed(() => notCarriedByAny(weekHandoffs.value, ['aeFeedback']).length === 0)
  /** What this week's export did not carry of what the huddle reads: said once in the notes. */
  const notCarriedFields = computed(() => huddleGaps(weekHandoffs.value, settings.value))
  /** What the export did not carry of the decision, its time, the feedback and the checklist. */
  const aeSla = computed(() => aeSlaCoverage(weekHandoffs.value))
  const notCarriedText = computed(() => breachNotices(weekHandoffs.value, settings.value).join(' ') || null)

  return { breachGroups, vague, isFeedbackCarried, notCarriedFields, notCarriedText, aeSla }
}
