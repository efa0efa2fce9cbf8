/**
 * `npm run bench:report`: only the whole-process rows of `npm run bench` (report built and before,
 * DuckDB, pandas) on the 100,000-row template CSV, without building the app or starting Chromium.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeDataset } from './datasets'
import { benchAsOf, weeklySql } from './duckdb'
import { BENCH_TIME_ZONE } from './page/protocol'
import { formatWholeProcess } from './report'
import { reportWholeProcess } from './whole-process'

const ROWS = 100_000

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'hh-bench-report-'))
  try {
    process.stderr.write(`bench: generating ${ROWS.toLocaleString('en-US')} handoffs → template CSV\n`)
    await writeDataset(dir, ROWS)
    const file = join(dir, `handoffs-${ROWS}.csv`)
    const { asOf, asOfLocal } = benchAsOf()
    process.stderr.write('bench: report (built, tsx), DuckDB and pandas as whole processes\n')
    const results = await reportWholeProcess(file, BENCH_TIME_ZONE, asOf, weeklySql(file, asOfLocal))
    process.stdout.write(`${formatWholeProcess(results)}\n`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exitCode = 1
})
