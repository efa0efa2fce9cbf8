import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateDemoHandoffs } from '@/domain/demo/generate-demo'
import { toTemplateCsv } from '@/domain/import/write'
import { BENCH_END_WEEK, BENCH_TIME_ZONE, BENCH_WEEKS, type Dataset } from './page/protocol'

/**
 * Realistic handoffs (the demo generator, 52 weeks) cut to exactly `rows`, written twice into
 * `dir`: as the app's template CSV (what is imported) and as JSON (the same records, for the
 * floor and for pre-filling the database without timing an import).
 */
export async function writeDataset(dir: string, rows: number): Promise<Dataset> {
  const generated = generateDemoHandoffs({
    endWeek: BENCH_END_WEEK,
    weeks: BENCH_WEEKS,
    timeZone: BENCH_TIME_ZONE,
    // The weekly volume varies around perWeek: ask for 10 % more and cut.
    perWeek: Math.ceil((rows / BENCH_WEEKS) * 1.1),
    seed: `bench-${rows}`,
  })
  if (generated.length < rows) throw new Error(`The generator made ${generated.length} handoffs, not ${rows}`)
  // An even stride keeps every week (cutting the tail would drop the last weeks).
  const handoffs = Array.from({ length: rows }, (_, i) => generated[Math.floor((i * generated.length) / rows)]!)
  const csv = toTemplateCsv(handoffs)
  await writeFile(join(dir, `handoffs-${rows}.csv`), csv)
  await writeFile(join(dir, `handoffs-${rows}.json`), JSON.stringify(handoffs))
  return {
    rows,
    csvPath: `/data/handoffs-${rows}.csv`,
    jsonPath: `/data/handoffs-${rows}.json`,
    csvBytes: Buffer.byteLength(csv),
  }
}
