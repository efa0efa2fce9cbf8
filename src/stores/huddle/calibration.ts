/**
 * The quarter's ICP calibration: this quarter's decisions against last quarter's by each grouping
 * the exports carried, the movers, where the bar and the AEs disagree, and a proposed ICP change
 * recorded as a decision (and a new ICP version when asked). Part of the huddle review
 * (./review.ts); thin wiring over src/domain/huddle/calibration.ts.
 */
import { computed, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { listIcpVersions, type StoredIcpVersion } from '@/db/icp-repo'
import type { StoredHandoff } from '@/domain/handoff'
import type { Icp, Settings } from '@/domain/settings'
import { previousQuarter, quarterFromKey, quarterOfWeek } from '@/domain/calendar/quarters'
import {
  allMovers,
  barDisagreements,
  calibrationNotice,
  calibrationTable,
  isDecisionCarried,
  offeredDimensions,
  overallRow,
  icpChanges,
  proposalDecisionText,
} from '@/domain/huddle/calibration'
import { calibrationDecision } from '@/domain/huddle/decisions'
import { useSettingsStore } from '../settings'
import { useIcpVersionsStore } from '../icp-versions'

export function createHuddleCalibration(deps: {
  settings: ComputedRef<Settings>
  week: Ref<string>
  thisQuarter: ShallowRef<StoredHandoff[]>
  lastQuarter: ShallowRef<StoredHandoff[]>
  icpVersions: ShallowRef<StoredIcpVersion[]>
  addDecisionText: (text: string) => void
  flush: () => Promise<void>
}) {
  const { settings, week, thisQuarter, lastQuarter } = deps
  const isCarried = () => isDecisionCarried(thisQuarter.value, lastQuarter.value)
  /** Groupings by a field the quarters' exports carried; none without the AE's decision. */
  const offered = computed(() => (isCarried() ? offeredDimensions(thisQuarter.value, lastQuarter.value) : []))
  const calibration = computed(() =>
    offered.value.map((d) => ({
      dimension: d,
      rows: calibrationTable(thisQuarter.value, lastQuarter.value, d),
    })),
  )
  /** All handoffs, this quarter vs last: shown when no grouping can be offered but decisions can. */
  const calibrationOverall = computed(() =>
    isCarried() && offered.value.length === 0 ? overallRow(thisQuarter.value, lastQuarter.value) : null,
  )
  const calibrationText = computed(() => calibrationNotice(isCarried(), offered.value))
  const movers = computed(() => allMovers(calibration.value.map((c) => c.rows)))
  const disagreements = computed(() => barDisagreements(thisQuarter.value, settings.value, deps.icpVersions.value))
  const quarterLabel = computed(() => {
    if (!week.value) return { now: '', before: '' }
    const q = quarterOfWeek(week.value, settings.value.fiscalYearStartMonth)
    return { now: q.label, before: quarterFromKey(previousQuarter(q.key), settings.value.fiscalYearStartMonth).label }
  })

  /**
   * Records a calibration decision; with `createVersion`, also a new ICP version in force from
   * `effectiveWeek` (through the ICP versions store, as Settings does) and the new current ICP.
   */
  async function proposeIcpChange(proposal: {
    next: Icp
    effectiveWeek: string
    note: string
    createVersion: boolean
  }): Promise<string> {
    const before = settings.value.icp
    const isNewVersion = proposal.createVersion && icpChanges(before, proposal.next).length > 0
    if (isNewVersion) {
      const result = await useSettingsStore().save({ ...settings.value, icp: proposal.next })
      if (!result.ok) throw new Error(Object.values(result.errors).join('; '))
      await useIcpVersionsStore().recordIfChanged(before, proposal.next, proposal.effectiveWeek, proposal.note.trim())
      deps.icpVersions.value = await listIcpVersions()
    }
    const text = proposalDecisionText(
      before,
      proposal.next,
      proposal.note,
      isNewVersion ? proposal.effectiveWeek : null,
    )
    const decision = calibrationDecision(text)
    deps.addDecisionText(decision)
    await deps.flush()
    return decision
  }

  return {
    calibration,
    calibrationText,
    calibrationOverall,
    movers,
    disagreements,
    quarterLabel,
    proposeIcpChange,
  }
}
