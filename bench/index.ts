/**
 * `npm run bench`: speed and memory of the app in Chromium, printed as one Markdown table and
 * written to bench/results/latest.json. Every measurement runs in a fresh on-disk browser
 * profile; imports are compared with a floor measured in the same run. `report` is also run as a
 * whole process beside DuckDB and pandas (bench/whole-process.ts, about 2 minutes more). Takes
 * 4–7 minutes.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { BrowserContext, Page } from '@playwright/test'
import { FIRST_ROW_PROBE, ROWS_SELECTOR, scrollProbe, type ScrollResult } from './app-probes'
import { withFreshProfile } from './chromium'
import { writeDataset } from './datasets'
import { BENCH_TIME_ZONE, type BenchApi, type Dataset } from './page/protocol'
import {
  formatMachine,
  formatPhases,
  formatReport,
  formatSpread,
  formatTable,
  type BenchResults,
  type ImportPair,
} from './report'
import { serveStatic } from './server'
import { benchAsOf, reportVersusDuckDb, weeklySql } from './duckdb'
import { reportWholeProcess } from './whole-process'

const ROOT = resolve(__dirname, '..')
const SIZES = [10_000, 100_000] as const
const log = (message: string) => process.stderr.write(`bench: ${message}\n`)

/** Builds the app into out/ and the bench page into `pageDir` (a temp folder: no lint, no git). */
async function buildAll(pageDir: string): Promise<void> {
  log('building the app (electron-vite build) and the bench page (vite build)')
  await promisify(execFile)('npx', ['electron-vite', 'build'], { cwd: ROOT })
  const { build } = await import('vite')
  await build({
    configFile: false,
    root: join(ROOT, 'bench/page'),
    base: '/bench/',
    resolve: { alias: { '@': join(ROOT, 'src') } },
    build: { outDir: pageDir, emptyOutDir: true },
    logLevel: 'warn',
  })
}

type BenchCall = <M extends keyof BenchApi>(method: M, d: Dataset) => ReturnType<BenchApi[M]>

/** Opens the bench page in `page` and returns a caller for its `globalThis.bench` API. */
async function openBenchPage(page: Page, origin: string): Promise<BenchCall> {
  page.on('pageerror', (e) => log(`page error: ${e.message}`))
  await page.goto(`${origin}/bench/`)
  await page.waitForFunction(() => 'bench' in globalThis)
  return ((method: keyof BenchApi, d: Dataset) =>
    page.evaluate(([m, x]): Promise<unknown> => (globalThis as unknown as { bench: BenchApi }).bench[m](x), [
      method,
      d,
    ] as const)) as BenchCall
}

/**
 * In the profile an import just filled (what a user sees after importing): reads back through
 * the bench page, then opens the built app on the Handoffs screen, times its first row (cold,
 * then after a reload) and scrolls the table.
 */
async function afterImport(context: BrowserContext, origin: string, d: Dataset) {
  const reader = await context.newPage()
  const readBack = await (await openBenchPage(reader, origin))('readBack', d)
  await reader.close()

  const page = await context.newPage()
  page.on('pageerror', (e) => log(`app error: ${e.message}`))
  await page.addInitScript({ content: FIRST_ROW_PROBE })
  const firstRow = async () => {
    await page.waitForFunction(() => '__firstRowAt' in globalThis, null, { timeout: 120_000 })
    if (!(await page.locator(ROWS_SELECTOR).first().isVisible()))
      throw new Error('The first row is in the DOM but not visible')
    return page.evaluate(() => (globalThis as unknown as { __firstRowAt: number }).__firstRowAt)
  }
  await page.goto(`${origin}/#/handoffs`)
  const coldMs = await firstRow()
  await page.reload()
  const warmMs = await firstRow()
  await page.waitForTimeout(500)
  const scroll = (await page.evaluate(scrollProbe(2000, 120))) as ScrollResult
  return { readBack, firstScreen: { coldMs: Math.round(coldMs), warmMs: Math.round(warmMs), rows: d.rows }, scroll }
}

async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage())
  const session = await context.newCDPSession(page)
  const { product } = (await session.send('Browser.getVersion')) as { product: string }
  return product.replace(/^(Headless)?Chrome\//, '')
}

/** One full measurement over the served build and datasets (fresh profiles throughout). */
async function measure(origin: string, datasets: Dataset[], dataDir: string): Promise<BenchResults> {
  const started = performance.now()
  const loadAverage = loadavg()
  const big = datasets[datasets.length - 1]!
  const imports: ImportPair[] = []
  let after: Awaited<ReturnType<typeof afterImport>> | undefined
  for (const d of datasets) {
    log(`import ${d.rows.toLocaleString('en-US')}: raw floor, floor, then the app's path (fresh profile each)`)
    const rawFloor = await withFreshProfile(async (c) =>
      (await openBenchPage(await c.newPage(), origin))('importRawFloor', d),
    )
    const floor = await withFreshProfile(async (c) =>
      (await openBenchPage(await c.newPage(), origin))('importFloor', d),
    )
    const app = await withFreshProfile(async (c) => {
      const result = await (await openBenchPage(await c.newPage(), origin))('importApp', d)
      if (d === big) {
        log('reading back, Trends, first screen and scroll in the profile the 100,000-row import filled')
        after = await afterImport(c, origin, d)
      }
      return result
    })
    imports.push({ rows: d.rows, csvMb: d.csvBytes / 2 ** 20, app, floor, rawFloor })
  }
  if (!after) throw new Error('No measurement after the large import')
  const { firstScreen, scroll } = after
  const bigRaw = imports[imports.length - 1]!.rawFloor
  const readBack = {
    ...after.readBack,
    rawReadAllMs: bigRaw.readAllMs,
    rawWeekMs: bigRaw.weekMs,
    rawWeekRows: bigRaw.weekRows,
  }

  log('report CLI and DuckDB on the 100,000-row template CSV')
  const bigCsv = join(dataDir, `handoffs-${big.rows}.csv`)
  const report = await reportVersusDuckDb(bigCsv)
  log('report (built and before), DuckDB and pandas as whole processes on the same CSV')
  const { asOf, asOfLocal } = benchAsOf()
  const reportProcess = await reportWholeProcess(bigCsv, BENCH_TIME_ZONE, asOf, weeklySql(bigCsv, asOfLocal))

  log('metrics and trends over 100,000 handoffs')
  const { metrics, chromium } = await withFreshProfile(async (c) => {
    const call = await openBenchPage(await c.newPage(), origin)
    return { metrics: await call('metrics', big), chromium: await chromiumVersion(c) }
  })

  return {
    startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
    totalSeconds: Math.round((performance.now() - started) / 1000),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: totalmem() / 2 ** 30,
      loadAverage,
      chromium,
      node: process.version,
      platform: `${platform()} ${release()}`,
    },
    imports,
    metrics,
    readBack,
    firstScreen,
    scroll,
    report,
    reportProcess,
  }
}

/** `--runs N` (default 1): N full measurements; with more than one, the spread of the headline figures. */
function runsWanted(argv: readonly string[]): number {
  const i = argv.indexOf('--runs')
  const runs = i === -1 ? 1 : Number(argv[i + 1])
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs, 1 or more')
  return runs
}

async function main(): Promise<void> {
  const runs = runsWanted(process.argv.slice(2))
  const dataDir = await mkdtemp(join(tmpdir(), 'hh-bench-data-'))
  const pageDir = join(dataDir, 'page')
  await buildAll(pageDir)
  const server = await serveStatic({
    '/bench/': pageDir,
    '/data/': dataDir,
    '/': join(ROOT, 'out/renderer'),
  })
  try {
    const datasets: Dataset[] = []
    for (const rows of SIZES) {
      log(`generating ${rows.toLocaleString('en-US')} handoffs → template CSV`)
      datasets.push(await writeDataset(dataDir, rows))
    }
    const all: BenchResults[] = []
    for (let run = 1; run <= runs; run++) {
      if (runs > 1) log(`run ${run} of ${runs}`)
      const results = await measure(server.origin, datasets, dataDir)
      all.push(results)
      process.stdout.write(
        `${runs > 1 ? `## Run ${run} of ${runs}\n\n` : ''}${formatTable(results)}\n\n${formatReport(results.report)}\n\nImport phases:\n${formatPhases(results)}\n\nMachine: ${formatMachine(results.machine)}\n` +
          `Run took ${results.totalSeconds} s\n\n`,
      )
    }
    await mkdir(join(ROOT, 'bench/results'), { recursive: true })
    await writeFile(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(all[all.length - 1], null, 2)}\n`)
    if (runs > 1) {
      await writeFile(join(ROOT, 'bench/results/runs.json'), `${JSON.stringify(all, null, 2)}\n`)
      process.stdout.write(
        `## Spread over ${runs} runs\n\n${formatSpread(all)}\n\nResults in bench/results/runs.json\n`,
      )
    } else process.stdout.write('Results in bench/results/latest.json\n')
  } finally {
    await server.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exitCode = 1
})
