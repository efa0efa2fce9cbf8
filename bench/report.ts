import type { ImportResult, MetricsResult, ReadBackResult, Timing } from './page/protocol'
import type { ScrollResult } from './app-probes'

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
}

export interface BenchResults {
  startedAt: string
  totalSeconds: number
  machine: Machine
  imports: ImportPair[]
  metrics: MetricsResult
  readBack: ReadBackResult
  firstScreen: { coldMs: number; warmMs: number; rows: number }
  scroll: ScrollResult
}

export const TARGETS = {
  importRatio: 1.5,
  weekMs: 50,
  trendsMs: 300,
  firstScreenMs: 1500,
} as const

const n = (v: number, digits = 0) =>
  v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const verdict = (ok: boolean) => (ok ? 'target met' : 'MISSED')
const rate = (r: ImportResult) => `${n(r.rows / (r.ms / 1000))} rows/s`

/** The one table, as Markdown (it goes into the README as printed). */
export function formatTable(r: BenchResults): string {
  const lines: string[][] = [['Measurement', 'Result', 'Target', 'Verdict']]
  for (const p of r.imports) {
    const ratio = p.app.ms / p.floor.ms
    lines.push([
      `Import ${n(p.rows)} rows (${n(p.csvMb, 1)} MB CSV), app path`,
      `${n(p.app.ms)} ms · ${rate(p.app)} · peak heap ${n(p.app.heap.peakMb)} MB · **${n(ratio, 2)}× floor**`,
      `≤ ${TARGETS.importRatio}× floor`,
      verdict(ratio <= TARGETS.importRatio),
    ])
    lines.push([
      `Import ${n(p.rows)} rows, floor (papaparse + bulkPut)`,
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
    `One week read from IndexedDB (week index) + metrics`,
    `${n(r.readBack.weekFromDbMs, 1)} ms (${n(r.readBack.weekFromDbRows)} handoffs)`,
    '—',
    '',
  ])
  lines.push([
    `${m.trendWeeks}-week trends over 100,000 (Trends screen charts: facts + weekly series)`,
    timed(m.trendCharts, 3),
    `< ${TARGETS.trendsMs} ms`,
    verdict(m.trendCharts.firstMs < TARGETS.trendsMs),
  ])
  lines.push([
    `Whole Trends screen (charts + scorecard + quarter comparison + predictors)`,
    timed(m.trendScreen, 3),
    `< ${TARGETS.trendsMs} ms`,
    verdict(m.trendScreen.firstMs < TARGETS.trendsMs),
  ])
  lines.push([
    `Metrics per week for all ${m.trendWeeks} weeks (group by week + computeMetrics each)`,
    timed(m.metricsPerWeek, 3),
    `< ${TARGETS.trendsMs} ms`,
    verdict(m.metricsPerWeek.firstMs < TARGETS.trendsMs),
  ])
  lines.push([`Weekly counts over 100,000 (report's weeks table)`, `${n(m.weeklyCountsMs)} ms`, '—', ''])
  lines.push([
    `Whole table read (allHandoffs; the table fills in after page 1)`,
    `${n(r.readBack.readAllMs)} ms`,
    '—',
    '',
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
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)))
  const row = (l: string[]) => `| ${l.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`
  return [row(lines[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.slice(1).map(row)].join('\n')
}

/** Where each import's time went, one line per measurement. */
export function formatPhases(r: BenchResults): string {
  const phases = (x: ImportResult) =>
    Object.entries(x.phases)
      .map(([k, v]) => `${k} ${n(v)}`)
      .join(' · ')
  return r.imports
    .flatMap((p) => [`  ${n(p.rows)} app:   ${phases(p.app)} ms`, `  ${n(p.rows)} floor: ${phases(p.floor)} ms`])
    .join('\n')
}

export function formatMachine(m: Machine): string {
  return `${m.cpus} × ${m.cpuModel}, ${n(m.memoryGb)} GB RAM, ${m.platform}; Chromium ${m.chromium}; Node ${m.node}; load average at start ${m.loadAverage.map((l) => n(l, 1)).join(' / ')}`
}
