import { nowMs } from '@/domain/clock'
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { listIcpVersions, recordIcpChange, type StoredIcpVersion } from '@/db/icp-repo'
import { isoWeekOfDay } from '@/domain/calendar/weeks'
import { localDayOf } from '@/domain/calendar/zoned'
import type { Icp } from '@/domain/settings'
import { useDataVersionStore } from './data-version'

/** ICP recalibrations: settings hold the current ICP, this history judges past weeks. */
export const useIcpVersionsStore = defineStore('icp-versions', () => {
  const versions = shallowRef<StoredIcpVersion[]>([])

  async function load(): Promise<void> {
    versions.value = await listIcpVersions()
  }

  // Read again after every write (a restore brings its own history); `changed` below does it too.
  useDataVersionStore().follow(load)

  /** The ISO week "now" falls in for the team: the default effective week of a change. */
  const currentWeek = (timeZone: string, now = nowMs()): string => isoWeekOfDay(localDayOf(now, timeZone))

  /** Records a change when the ICP actually changed; returns whether it did. */
  async function recordIfChanged(previous: Icp, next: Icp, effectiveWeek: string, note = ''): Promise<boolean> {
    if (JSON.stringify(previous) === JSON.stringify(next)) return false
    await recordIcpChange(previous, next, effectiveWeek, note)
    // Past weeks are judged by the version in force then: every screen reads again.
    await useDataVersionStore().changed()
    return true
  }

  return { versions, load, currentWeek, recordIfChanged }
})
