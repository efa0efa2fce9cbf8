import { nowIso } from '@/domain/clock'
import { db } from './database'
import type { WeeklySampleRow } from './rows'

export interface WeeklySample {
  week: string
  handoffIds: string[]
  /** The salt the sample was drawn with ('' for the first draw): the same salt redraws the same sample. */
  seed: string
}

export async function getSample(week: string): Promise<WeeklySample | null> {
  const row = await db().weeklySamples.get(week)
  return row ? { week: row.week, handoffIds: row.handoffIds, seed: row.seed } : null
}

/** One sample per week: saving replaces that week's sample. */
export async function saveSample(sample: WeeklySample, now = nowIso()): Promise<void> {
  const row: WeeklySampleRow = { ...sample, handoffIds: [...sample.handoffIds], updatedAt: now }
  await db().weeklySamples.put(row)
}
