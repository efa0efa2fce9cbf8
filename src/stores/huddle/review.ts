/**
 * What the huddle reviews, section by section: the numbers (./numbers.ts), the people
 * (./people.ts), the two walked handoffs (./walk.ts), the SLA breaches (./breaches.ts) and the ICP
 * calibration (./calibration.ts). It holds what the store read for the week and hands it to each
 * section; part of the huddle store (./index.ts).
 */
import { nowMs } from '@/domain/clock'
import { ref, shallowRef, type ComputedRef, type Ref } from 'vue'
import type { StoredScore } from '@/db/score-repo'
import type { StoredIcpVersion } from '@/db/icp-repo'
import type { StoredHandoff } from '@/domain/handoff'
import type { Settings } from '@/domain/settings'
import { isoWeekOfDay } from '@/domain/calendar/weeks'
import { localDayOf } from '@/domain/calendar/zoned'
import type { WindowedHandoffs } from '@/domain/huddle/windows'
import { createHuddleNumbers } from './numbers'
import { createHuddlePeople } from './people'
import { createHuddleWalk } from './walk'
import { createHuddleBreaches } from './breaches'
import { createHuddleCalibration } from './calibration'

export function createHuddleReview(deps: {
  settings: ComputedRef<Settings>
  week: Ref<string>
  chosenIds: ComputedRef<{ strong: string | null; weak: string | null }>
  addDecisionText: (text: string) => void
  flush: () => Promise<void>
}) {
  const { settings, week } = deps
  /** The week's handoffs as facts (long texts clipped): the numbers, breaches and people. */
  const weekHandoffs = shallowRef<StoredHandoff[]>([])
  /**
   * The week's handoffs in full, texts included: the walk suggests its strong and weak examples
   * from their texts (a rubric reading of a clipped stub would not be the reading the card shows)
   * and shows them.
   */
  const fullHandoffs = shallowRef<StoredHandoff[]>([])
  const priorWeeks = shallowRef<StoredHandoff[][]>([])
  const thisQuarter = shallowRef<StoredHandoff[]>([])
  const lastQuarter = shallowRef<StoredHandoff[]>([])
  const scores = shallowRef<StoredScore[]>([])
  const sampleIds = shallowRef<string[]>([])
  const icpVersions = shallowRef<StoredIcpVersion[]>([])
  const asOf = ref(nowMs())

  function load(loaded: {
    handoffs: WindowedHandoffs
    scores: StoredScore[]
    icpVersions: StoredIcpVersion[]
    asOf: number
  }): void {
    weekHandoffs.value = loaded.handoffs.week
    priorWeeks.value = loaded.handoffs.priorWeeks
    thisQuarter.value = loaded.handoffs.thisQuarter
    lastQuarter.value = loaded.handoffs.lastQuarter
    scores.value = loaded.scores
    icpVersions.value = loaded.icpVersions
    asOf.value = loaded.asOf
  }

  const currentWeek = (now = nowMs()): string => isoWeekOfDay(localDayOf(now, settings.value.timeZone))

  return {
    weekHandoffs,
    fullHandoffs,
    scores,
    sampleIds,
    icpVersions,
    asOf,
    load,
    currentWeek,
    ...createHuddleNumbers({ weekHandoffs, priorWeeks }),
    ...createHuddlePeople({ week, weekHandoffs, priorWeeks }),
    ...createHuddleWalk({ ...deps, weekHandoffs, fullHandoffs, scores, sampleIds, icpVersions }),
    ...createHuddleBreaches({ settings, weekHandoffs, asOf }),
    ...createHuddleCalibration({ ...deps, thisQuarter, lastQuarter, icpVersions }),
  }
}
