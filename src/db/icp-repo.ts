import { nowIso } from '@/domain/clock'
import { icpSchema, type Icp } from '@/domain/settings'
import { ORIGINAL_ICP_WEEK, type IcpVersion } from '@/domain/rules/quality-bar'
import { isWeekKey } from '@/domain/calendar/weeks'
import { db } from './database'
import type { IcpVersionRow } from './rows'

export { ORIGINAL_ICP_WEEK }

export type StoredIcpVersion = IcpVersion & { id: number; createdAt: string; note: string }

/** Every recorded ICP version, oldest effective week first (ties: the one recorded first). */
export async function listIcpVersions(): Promise<StoredIcpVersion[]> {
  const rows = await db().icpVersions.orderBy('effectiveWeek').toArray()
  return rows
    .map((r) => ({ id: r.id!, effectiveWeek: r.effectiveWeek, icp: r.icp, createdAt: r.createdAt, note: r.note }))
    .sort((a, b) => (a.effectiveWeek < b.effectiveWeek ? -1 : a.effectiveWeek > b.effectiveWeek ? 1 : a.id - b.id))
}

/**
 * Records a recalibration: `next` judges handoffs booked from `effectiveWeek` on. The first time,
 * the ICP in use until now (`previous`) is recorded too, as the version for all earlier weeks,
 * so history keeps being judged by the ICP it was booked under.
 */
export async function recordIcpChange(
  previous: Icp,
  next: Icp,
  effectiveWeek: string,
  note = '',
  now = nowIso(),
): Promise<void> {
  if (!isWeekKey(effectiveWeek)) throw new Error(`Effective week must look like 2026-W47, not "${effectiveWeek}"`)
  const valid = icpSchema.parse(next)
  const database = db()
  await database.transaction('rw', database.icpVersions, async () => {
    if ((await database.icpVersions.count()) === 0) {
      const original: IcpVersionRow = {
        effectiveWeek: ORIGINAL_ICP_WEEK,
        icp: icpSchema.parse(previous),
        createdAt: now,
        note: 'ICP before the first recalibration',
      }
      await database.icpVersions.add(original)
    }
    await database.icpVersions.add({ effectiveWeek, icp: valid, createdAt: now, note })
  })
}
