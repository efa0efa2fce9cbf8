/**
 * `report` as a person runs it, against what they could run instead: each as its own process on
 * the same template CSV, timed by /usr/bin/time (wall seconds, CPU seconds and peak resident memory
 * of the whole process: start-up, reading, counting, printing). CPU seconds (user + system) say more
 * than wall time on a machine others are using at the same time. Runs are paired (every contender once per round,
 * after one untimed round that builds the CLI and warms the file cache) and reported as medians.
 */
import { execFile, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const ROOT = resolve(__dirname, '..')
const TIME = '/usr/bin/time'
const PYTHON = '/usr/bin/python3'
const RUNS = 5

export interface ProcessFigures {
  label: string
  /** Wall seconds, CPU seconds and peak RSS (MB) of each timed run; empty when it could not run here. */
  seconds: number[]
  cpuSeconds: number[]
  peakMb: number[]
  /** Why it was not measured, when it was not. */
  skipped?: string
  /** Weeks whose counts differ from `report`'s (only the counts this contender computes). */
  mismatchedWeeks?: number
}

export interface WholeProcessResults {
  rows: number
  runs: number
  /** The built CLI first: the figure judged against pandas. */
  contenders: ProcessFigures[]
}

interface Contender {
  label: string
  command: string
  args: string[]
  skipped?: string
  keys: readonly string[]
}

type Week = Record<string, number | string>
const REPORT_KEYS = ['booked', 'accepted', 'rejected', 'pending', 'onTime', 'late', 'openOverdue', 'incomplete']

function pandasVersion(): string | undefined {
  try {
    return execFileSync(PYTHON, ['-c', 'import pandas; print(pandas.__version__)'], { encoding: 'utf8' }).trim()
  } catch {
    return undefined
  }
}

interface Run {
  seconds: number
  cpuSeconds: number
  peakMb: number
  stdout: string
}

async function timedRun(c: Contender, dir: string): Promise<Run> {
  const figures = join(dir, 'time.txt')
  const { stdout } = await promisify(execFile)(TIME, ['-f', '%e %U %S %M', '-o', figures, c.command, ...c.args], {
    cwd: ROOT,
    maxBuffer: 64 * 2 ** 20,
  })
  const [seconds, user, system, kb] = (await readFile(figures, 'utf8')).trim().split(/\s+/).slice(-4).map(Number)
  return { seconds: seconds!, cpuSeconds: user! + system!, peakMb: kb! / 1024, stdout }
}

/** Weeks whose `keys` differ between two outputs' `weeks` lists (missing weeks count). */
function mismatches(a: Week[], b: Week[], keys: readonly string[]): number {
  const byWeek = new Map(b.map((w) => [w.week, w]))
  const differ = a.filter((w) => {
    const other = byWeek.get(w.week)
    return !other || keys.some((k) => Number(other[k]) !== Number(w[k]))
  }).length
  return differ + Math.abs(a.length - b.length)
}

/**
 * `sql`: the same weekly table as one DuckDB query (bench/duckdb.ts); `asOf` an ISO instant. The
 * previous CLI (tsx compiling src/cli at start-up) runs beside the built one.
 */
export async function reportWholeProcess(
  file: string,
  timeZone: string,
  asOf: string,
  sql: string,
  runs = RUNS,
): Promise<WholeProcessResults> {
  const reportArgs = ['report', file, '--tz', timeZone, '--as-of', asOf]
  const pandas = pandasVersion()
  const contenders: Contender[] = [
    {
      label: 'report, built JS (node scripts/cli.mjs)',
      command: 'node',
      args: ['scripts/cli.mjs', ...reportArgs],
      keys: REPORT_KEYS,
    },
    {
      label: 'report, before: tsx compiling src/cli at start-up',
      command: join(ROOT, 'node_modules/.bin/tsx'),
      args: ['--tsconfig', 'tsconfig.node.json', 'src/cli/index.ts', ...reportArgs],
      keys: REPORT_KEYS,
    },
    {
      label: 'DuckDB (@duckdb/node-api in Node: read_csv + the same weekly table)',
      command: 'node',
      args: ['bench/duckdb-query.mjs', sql],
      keys: REPORT_KEYS,
    },
    {
      label: `pandas ${pandas ?? ''} (read_csv + ISO week + counts by status)`.replace('  ', ' '),
      command: PYTHON,
      args: ['bench/pandas_report.py', file, timeZone],
      keys: ['booked', 'accepted', 'rejected', 'pending'],
      skipped: pandas ? undefined : `${PYTHON} has no pandas (apt-get install python3-pandas)`,
    },
  ]
  if (!existsSync(TIME)) {
    return {
      rows: 0,
      runs,
      contenders: contenders.map((c) => ({
        label: c.label,
        seconds: [],
        cpuSeconds: [],
        peakMb: [],
        skipped: `no ${TIME}`,
      })),
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'hh-whole-'))
  try {
    const live = contenders.filter((c) => !c.skipped)
    const outputs = new Map<Contender, string>()
    for (const c of live) outputs.set(c, (await timedRun(c, dir)).stdout)
    const figures = new Map(
      live.map((c) => [c, { seconds: [] as number[], cpuSeconds: [] as number[], peakMb: [] as number[] }]),
    )
    for (let round = 0; round < runs; round++) {
      for (const c of live) {
        const run = await timedRun(c, dir)
        const f = figures.get(c)!
        f.seconds.push(run.seconds)
        f.cpuSeconds.push(run.cpuSeconds)
        f.peakMb.push(run.peakMb)
      }
    }
    const report = JSON.parse(outputs.get(contenders[0]!)!) as { rows: number; weeks: Week[] }
    const weeksOf = (c: Contender): Week[] => {
      const parsed = JSON.parse(outputs.get(c)!) as { weeks: Week[] } | Week[]
      return Array.isArray(parsed) ? parsed : parsed.weeks
    }
    return {
      rows: report.rows,
      runs,
      contenders: contenders.map((c) =>
        c.skipped
          ? { label: c.label, seconds: [], cpuSeconds: [], peakMb: [], skipped: c.skipped }
          : { label: c.label, ...figures.get(c)!, mismatchedWeeks: mismatches(report.weeks, weeksOf(c), c.keys) },
      ),
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
