import { nowMs } from '@/domain/clock'
import { generateDemoHandoffs } from '@/domain/demo/generate-demo'
import { asOfNow } from '@/domain/demo/as-of'
import { isoWeekOfDay } from '@/domain/calendar/weeks'
import { localDayOf } from '@/domain/calendar/zoned'
import type { Settings } from '@/domain/settings'
import { db, handoffTables } from './database'
import { toStored, writeHandoffRows } from './handoff-repo'

const DEMO_SOURCE = 'demo'

/** Fills the database with about 26 weeks of generated handoffs ending this week. */
export async function loadDemoData(
  settings: Settings,
  now = nowMs(),
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const endWeek = isoWeekOfDay(localDayOf(now, settings.timeZone))
  const generated = generateDemoHandoffs({
    seed: 'handoff-huddle-demo',
    endWeek,
    weeks: 26,
    timeZone: settings.timeZone,
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
  })
  const handoffs = asOfNow(generated, now, settings.timeZone)
  const stamp = new Date(now).toISOString()
  const database = db()
  await database.transaction('rw', [...handoffTables(database), database.importRuns], async () => {
    const runId = (await database.importRuns.add({
      fileName: 'Demo data',
      fileSize: 0,
      sha256: '',
      importSource: DEMO_SOURCE,
      startedAt: stamp,
      finishedAt: stamp,
      rows: handoffs.length,
      inserted: handoffs.length,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      mapping: null,
      undone: false,
    }))!
    const rows = handoffs.map((h) => toStored(h, DEMO_SOURCE, settings.timeZone, runId, stamp))
    await writeHandoffRows(rows, { onBatch: (done) => onProgress?.(done, rows.length) })
  })
  return handoffs.length
}
