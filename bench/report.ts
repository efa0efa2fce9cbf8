import type { TeamsResult } from './teams'
import type { ImportResult, MetricsResult, RawFloorResult, ReadBackResult, Timing } from './page/protocol'
import type { ScrollResult } from './app-probes'
import type { ReportVersusDuckDb } from './duckdb'
import type { ProcessFigures, WholeProcessResults } from './whole-process'

export interface Machine {
  cpus: number
  cpuModel: string
  memoryGb: number
  loadAverage: number[]
  chromium: string
  node: string
  platform: string
}

export interface ImportPair {
  rows: number
  csvMb: number
  app: ImportResult
  floor: ImportResult
  /** Parse + put into a primary-key-only store: the least work; the app is judged against it. */
  rawFloor: RawFloorResult
}

export interface BenchResults {
  startedAt: string
  totalSeconds: number
  machine: Machine
  imports: ImportPair[]
  metrics: MetricsResult
  readBack: ReadBackResult & { rawReadAllMs: number; rawWeekMs: number; rawWeekRows: number }
  report: ReportVersusDuckDb
  reportProcess: WholeProcessResults
  firstScreen: { coldMs: number; warmMs: number; rows: number }
  scroll: ScrollResult
  /** The Teams screen with 20 team files (bench/teams.ts); absent in results from before it. */
  teams?: TeamsResult
}

const TARGETS = {
  /** Import ÷ raw floor (issue 14). */
  importRatio: 1.3,
  weekMs: 50,
  trendsMs: 300,
  trendScreenMs: 150,
  /** Whole-table read ÷ raw getAll. */
  readAllRatio: 1.5,
  firstScreenMs: 1000,
  /** report ÷ DuckDB on the same file. */
  reportRatio: 3,
  /** `report` as a whole process (issue 21): no slower than pandas, under this peak RSS. */
  reportPeakMb: 200,
  /** 20 team files of a year each, loaded and drawn (issue 22). */
  teamsMs: 1000,
} as const

/** The Teams screen's row: [measurement, result, target, verdict]. */
function teamsRow(t: TeamsResult): string[] {
  return [
    `Teams screen: ${t.teams} team files of ${n(t.handoffsPerTeam)} handoffs a year each (${n(t.megabytes, 1)} MB) read, checked, added up and drawn`,
    `${n(t.loadAndDrawMs)} ms median of opens 2–4 (all opens: ${t.runsMs.map((x) => n(x)).join(', ')} ms)`,
    `< ${TARGETS.teamsMs} ms`,
    verdict(t.loadAndDrawMs < TARGETS.teamsMs),
  ]
}

export function formatTeams(t: TeamsResult): string {
  return formatMarkdown(['Measurement', 'Result', 'Target', 'Verdict'], [teamsRow(t)])
}

export function medianOf(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b)
  return s[s.length >> 1]!
}

const n = (v: number, digits = 0) =>
  v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const verdict = (ok: boolean) => (ok ? 'target met' : 'MISSED')
const rate = (r: ImportResult) => `${n(r.rows / (r.ms / 1000))} rows/s`

/** The one table, as Markdown (it goes into the README as printed). */
export function formatTable(r: BenchResults): string {
  const lines: string[][] = [['Measurement', 'Result', 'Target', 'Verdict']]
  const largest = Math.max(...r.imports.map((p) => p.rows))
  for (const p of r.imports) {
    const ratio = p.app.ms / p.rawFloor.ms
    // Issue 14 sets the target at 100,000 rows; at 10,000 the parser's fixed start-up cost shows.
    const isJudged = p.rows === largest
    lines.push([
      `Import ${n(p.rows)} rows (${n(p.csvMb, 1)} MB CSV), app path`,
      `${n(p.app.ms)} ms · ${rate(p.app)} · peak heap ${n(p.app.heap.peakMb)} MB · **${n(ratio, 2)}× raw floor** · ${n(p.app.ms / p.floor.ms, 2)}× floor`,
      isJudged ? `≤ ${TARGETS.importRatio}× raw floor` : `(target set at ${n(largest)})`,
      isJudged ? verdict(ratio <= TARGETS.importRatio) : '',
    ])
    lines.push([
      `Import ${n(p.rows)} rows, raw floor (papaparse + put into a primary-key-only store)`,
      `${n(p.rawFloor.ms)} ms · ${rate(p.rawFloor)} · peak heap ${n(p.rawFloor.heap.peakMb)} MB`,
      '—',
      '',
    ])
    lines.push([
      `Import ${n(p.rows)} rows, floor (papaparse + Dexie bulkPut into the app's handoffs table)`,
      `${n(p.floor.ms)} ms · ${rate(p.floor)} · peak heap ${n(p.floor.heap.peakMb)} MB`,
      '—',
      '',
    ])
  }
  const m = r.metrics
  const timed = (t: Timing, runs: number) =>
    `${n(t.firstMs, 1)} ms first call · ${n(t.medianMs, 1)} ms median of ${runs}`
  lines.push([
    `One week's metrics (${n(m.weekRows)} handoffs of 100,000)`,
    timed(m.week, 5),
    `< ${TARGETS.weekMs} ms`,
    verdict(m.week.firstMs < TARGETS.weekMs),
  ])
  lines.push([
    `One week read from IndexedDB (its facts block) + metrics`,
    `${n(r.readBack.weekFromDbMs, 1)} ms (${n(r.readBack.weekFromDbRows)} handoffs; read ${n(r.readBack.weekFromDbReadMs, 1)} ms) · ${n(r.readBack.weekFromDbMs / r.readBack.rawWeekMs, 2)}× raw (${n(r.readBack.rawWeekMs, 1)} ms: a get per key, full records)`,
    `≤ ${TARGETS.weekMs} ms`,
    verdict(r.readBack.weekFromDbMs <= TARGETS.weekMs),
  ])
  lines.push([
    `${m.trendWeeks}-week trends over 100,000 (Trends screen charts: facts + weekly series)`,
    timed(m.trendCharts, 3),
    `< ${TARGETS.trendsMs} ms`,
    verdict(m.trendCharts.firstMs < TARGETS.trendsMs),
  ])
  const screen = r.readBack.trendScreenFromDb
  lines.push([
    `Whole Trends screen from IndexedDB (kept week summaries + charts, scorecard, comparison, predictors)`,
    `${n(screen.medianMs, 1)} ms median of 3 opens · first open ${n(screen.firstMs)} ms (summaries worked out and kept)`,
    `< ${TARGETS.trendScreenMs} ms`,
    verdict(screen.medianMs < TARGETS.trendScreenMs),
  ])
  lines.push([
    `Whole Trends screen worked out in memory from 100,000 facts (a first open's computing)`,
    timed(m.trendScreen, 3),
    '—',
    '',
  ])
  lines.push([
    `Metrics per week for all ${m.trendWeeks} weeks (group by week + computeMetrics each)`,
    timed(m.metricsPerWeek, 3),
    `< ${TARGETS.trendsMs} ms`,
    verdict(m.metricsPerWeek.firstMs < TARGETS.trendsMs),
  ])
  lines.push([`Weekly counts over 100,000 (report's weeks table)`, `${n(m.weeklyCountsMs)} ms`, '—', ''])
  const readRatio = r.readBack.readAllMs / r.readBack.rawReadAllMs
  lines.push([
    `Whole table read (what the Handoffs table reads; it fills in after page 1)`,
    `${n(r.readBack.readAllMs)} ms · **${n(readRatio, 2)}× raw getAll** (${n(r.readBack.rawReadAllMs)} ms)`,
    `≤ ${TARGETS.readAllRatio}× raw`,
    verdict(readRatio <= TARGETS.readAllRatio),
  ])
  lines.push([
    `First screen, ${n(r.firstScreen.rows)} handoffs imported (navigation → first table row)`,
    `${n(r.firstScreen.coldMs)} ms cold · ${n(r.firstScreen.warmMs)} ms reload`,
    `< ${TARGETS.firstScreenMs} ms`,
    verdict(r.firstScreen.coldMs < TARGETS.firstScreenMs),
  ])
  const s = r.scroll
  lines.push([
    `Table scroll, ${n(r.firstScreen.rows)} rows, 2 s programmatic (frames > 20 ms)`,
    `${s.dropped}/${s.frames} frames dropped · worst ${s.worstMs} ms · ${s.rowsInDom} rows in DOM`,
    'no target set',
    '',
  ])
  lines.push(...wholeProcessRows(r.reportProcess))
  if (r.teams) lines.push(teamsRow(r.teams))
  return formatMarkdown(lines[0]!, lines.slice(1))
}

const secondsOf = (f: ProcessFigures) => medianOf(f.seconds)
const cpuOf = (f: ProcessFigures) => medianOf(f.cpuSeconds)
const peakOf = (f: ProcessFigures) => medianOf(f.peakMb)

/**
 * One row per contender; the built CLI is judged against pandas and 200 MB (peak RSS). "No slower"
 * is judged on CPU time (user + system): on a machine others share, wall time varies two- to
 * threefold between rounds while CPU time stays within about 10 %.
 */
function wholeProcessRows(x: WholeProcessResults): string[][] {
  const [built, ...others] = x.contenders
  const pandas = others.find((c) => c.label.startsWith('pandas') && !c.skipped)
  const result = (f: ProcessFigures) =>
    f.skipped
      ? `not measured: ${f.skipped}`
      : `${n(secondsOf(f), 2)} s · CPU ${n(cpuOf(f), 2)} s · peak RSS ${n(peakOf(f))} MB (median of ${f.seconds.length})` +
        (f === built
          ? ''
          : ` · ${f.mismatchedWeeks === 0 ? 'same weekly counts' : `${f.mismatchedWeeks} weeks differ`}`)
  const rows = x.contenders.map((f) => [`Whole process, ${n(x.rows)}-row CSV: ${f.label}`, result(f), '—', ''])
  if (built && !built.skipped) {
    const fast = pandas ? cpuOf(built) <= cpuOf(pandas) : undefined
    rows[0]![2] = `CPU ≤ pandas · < ${TARGETS.reportPeakMb} MB`
    rows[0]![3] =
      fast === undefined
        ? `${verdict(peakOf(built) < TARGETS.reportPeakMb)} (memory; no pandas here)`
        : verdict(fast && peakOf(built) < TARGETS.reportPeakMb)
  }
  return rows
}

/** The whole-process rows alone (`npm run bench:report`), with each run's figures. */
export function formatWholeProcess(x: WholeProcessResults): string {
  const runs = (f: ProcessFigures) =>
    f.skipped
      ? ''
      : `${f.seconds.map((s) => n(s, 2)).join(', ')} s · CPU ${f.cpuSeconds.map((s) => n(s, 2)).join(', ')} s · ${f.peakMb.map((m) => n(m)).join(', ')} MB`
  const rows = wholeProcessRows(x).map((row, i) => [...row, runs(x.contenders[i]!)])
  return formatMarkdown(['Measurement', 'Result', 'Target', 'Verdict', 'Runs'], rows)
}

/** A Markdown table with padded columns. */
function formatMarkdown(header: string[], body: string[][]): string {
  const lines = [header, ...body]
  const widths = header.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)))
  const row = (l: string[]) => `| ${l.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`
  return [row(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(row)].join('\n')
}

/** `report` and DuckDB side by side, each as the median of its runs with the spread. */
export function formatReport(x: ReportVersusDuckDb): string {
  const spread = (v: readonly number[]) => `${n(medianOf(v))} ms (runs ${v.map((ms) => n(ms)).join(', ')})`
  const ratio = medianOf(x.reportMs) / medianOf(x.duckDbMs)
  return [
    `report vs DuckDB on the same ${n(x.rows)}-row template CSV (${x.weeks} weeks, in-process, median of ${x.reportMs.length}):`,
    `  report (parse + weekly table + JSON): ${spread(x.reportMs)}`,
    `  DuckDB (read_csv + the same weekly table in SQL): ${spread(x.duckDbMs)}`,
    `  ratio ${n(ratio, 2)}× (target ≤ ${TARGETS.reportRatio}×: ${verdict(ratio <= TARGETS.reportRatio)}); ` +
      (x.mismatchedWeeks === 0 ? 'the two weekly tables are identical' : `${x.mismatchedWeeks} weeks differ`),
  ].join('\n')
}

/** Where each import's time went, one line per measurement. */
export function formatPhases(r: BenchResults): string {
  const phases = (x: ImportResult) =>
    Object.entries(x.phases)
      .map(([k, v]) => `${k} ${n(v)}`)
      .join(' · ')
  return r.imports
    .flatMap((p) => [
      `  ${n(p.rows)} app:   ${phases(p.app)} ms`,
      `  ${n(p.rows)} raw floor: ${phases(p.rawFloor)} ms`,
      `  ${n(p.rows)} floor: ${phases(p.floor)} ms`,
    ])
    .join('\n')
}

export function formatMachine(m: Machine): string {
  return `${m.cpus} × ${m.cpuModel}, ${n(m.memoryGb)} GB RAM, ${m.platform}; Chromium ${m.chromium}; Node ${m.node}; load average at start ${m.loadAverage.map((l) => n(l, 1)).join(' / ')}`
}

/** The headline figures of each run, as printed in the table, with their target. */
function headlines(r: BenchResults): [string, number, string][] {
  const big = r.imports[r.imports.length - 1]!
  return [
    ['Import 100,000 ÷ raw floor', big.app.ms / big.rawFloor.ms, `≤ ${TARGETS.importRatio}×`],
    ['One week read + metrics (ms)', r.readBack.weekFromDbMs, `≤ ${TARGETS.weekMs} ms`],
    [
      'Whole Trends screen from IndexedDB (ms, median of 3 opens)',
      r.readBack.trendScreenFromDb.medianMs,
      `< ${TARGETS.trendScreenMs} ms`,
    ],
    ['Whole table read ÷ raw getAll', r.readBack.readAllMs / r.readBack.rawReadAllMs, `≤ ${TARGETS.readAllRatio}×`],
    ['First screen, cold (ms)', r.firstScreen.coldMs, `< ${TARGETS.firstScreenMs} ms`],
    ['report ÷ DuckDB', medianOf(r.report.reportMs) / medianOf(r.report.duckDbMs), `≤ ${TARGETS.reportRatio}×`],
    ['report whole process, peak RSS (MB)', peakOf(r.reportProcess.contenders[0]!), `< ${TARGETS.reportPeakMb} MB`],
  ]
}

/** Min, median and max of the headline figures over several runs, with each run's value. */
export function formatSpread(runs: readonly BenchResults[]): string {
  const rows = headlines(runs[0]!).map(([label, , target], i) => {
    const values = runs.map((r) => headlines(r)[i]![1])
    const digits = label.includes('÷') ? 2 : 0
    const f = (v: number) => n(v, digits)
    return [
      label,
      `${f(Math.min(...values))} / ${f(medianOf(values))} / ${f(Math.max(...values))}`,
      values.map(f).join(', '),
      target,
    ]
  })
  return formatMarkdown(['Figure', 'Min / median / max', 'Runs', 'Target'], rows)
}
