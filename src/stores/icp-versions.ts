import { nowMs } from '@/domain/clock'
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { listIcpVersions, recordIcpChange, type StoredIcpVersion } from '@/db/icp-repo'
import { isoWeekOfDay } from '@/domain/calendar/weeks'
import { localDayOf } from '@/domain/calendar/zoned'
import type { Icp } from '@/domain/settings'

/** ICP recalibrations: settings hold the current ICP, this history judges past weeks. */
export const useIcpVersionsStore = defineStore('icp-versions', () => {
  const versions = shallowRef<StoredIcpVersion[]>([])

  async function load(): Promise<void> {
    versions.value = await listIcpVersions()
  }

  /** The ISO week "now" falls in for the team: the default effective week of a change. */
  const currentWeek = (timeZone: string, now = nowMs()): string => isoWeekOfDay(localDayOf(now, timeZone))

  /** Records a change when the ICP actually changed; returns whether it did. */
  async function recordIfChanged(previous: Icp, next: Icp, effectiveWeek: string, note = ''): Promise<boolean> {
    if (JSON.stringify(previous) === JSON.stringify(next)) return false
    await recordIcpChange(previous, next, effectiveWeek, note)
    await load()
    return true
  }

  return { versions, load, currentWeek, recordIfChanged }
})
