/**
 * `npm run bench:hostile`: every case of the hostile corpus (tests/hostile/corpus.ts) at full
 * size, each run as its own process under `/usr/bin/time -v` so its peak RSS and wall time are
 * the operating system's figures, not the runner's. `report` cases run the CLI as a person does;
 * backup cases run the Data screen's check (`--backup FILE` below). Then the hostile workbooks
 * of issue 14 (tests/domain/import/xlsx-hostile.ts) through the same CLI.
 *
 * The target (issue 20): peak RSS ≤ 300 MB + 4 × the input and ≤ 1 GB, at most 30 s, or a clean
 * refusal in one sentence. A row that misses it is marked ✗.
 */
import { execFile } from 'node:child_process'
import { rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { CORPUS, type HostileCase } from '../tests/hostile/corpus'
import { checkBackup, writeCase } from '../tests/hostile/run-case'
import { HOSTILE } from '../tests/domain/import/xlsx-hostile'

const ROOT = resolve(__dirname, '..')
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const TIMEOUT_MS = 60_000
const MB = 1024 * 1024

interface Run {
  code: number | null
  stderr: string
  peakRssMb: number
  seconds: number
  timedOut: boolean
}

/** Runs a command under /usr/bin/time -v; its figures come from time's report on stderr. */
function timed(args: string[]): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(
      '/usr/bin/time',
      ['-v', ...args],
      { cwd: ROOT, timeout: TIMEOUT_MS, maxBuffer: 64 * MB },
      (error, _stdout, stderr) => {
        const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
        const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(stderr)
        const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN
        done({
          code: error ? ((error as { code?: number }).code ?? null) : 0,
          stderr: stderr.split('\n\tCommand being timed')[0]!.trim(),
          peakRssMb: rss ? Number(rss[1]) / 1024 : NaN,
          seconds,
          timedOut: (error as { killed?: boolean } | null)?.killed === true,
        })
      },
    )
    child.stdout?.resume()
  })
}

const cliArgs = (argv: string[]) => [
  TSX,
  '--tsconfig',
  'tsconfig.node.json',
  'src/cli/index.ts',
  'report',
  ...argv,
  '--as-of',
  '2026-11-23T12:00:00Z',
]

interface Row {
  name: string
  inputMb: number
  run: Run
  outcome: string
}

async function measure(c: HostileCase): Promise<Row> {
  process.stderr.write(`bench:hostile: ${c.name}\n`)
  const built = await c.build('full')
  const { dir, argv } = writeCase(built)
  const inputMb = Object.keys(built.files).reduce((n, f) => n + statSync(join(dir, f)).size, 0) / MB
  try {
    const args =
      c.kind === 'backup' ? [TSX, '--tsconfig', 'tsconfig.node.json', __filename, '--backup', argv[0]!] : cliArgs(argv)
    const run = await timed(args)
    const said = run.stderr.replace(/^report: /, '').split('\n')[0]!
    const outcome = run.timedOut
      ? `did not finish in ${TIMEOUT_MS / 1000} s`
      : run.code === 0
        ? 'read'
        : `refused: ${said}`
    return { name: c.name, inputMb, run, outcome }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Within the target: refused cleanly, or read within the memory and time the issue allows. */
function verdict(r: Row): string {
  if (r.run.timedOut || r.run.seconds > 30) return '✗ time'
  if (r.outcome.startsWith('refused') && r.run.peakRssMb <= 1024) return '✓'
  return r.run.peakRssMb <= Math.min(300 + 4 * r.inputMb, 1024) ? '✓' : '✗ memory'
}

const size = (mb: number): string => (mb >= 1 ? `${mb.toFixed(1)} MB` : `${Math.round(mb * 1024)} KB`)

async function main(): Promise<void> {
  const backup = process.argv.indexOf('--backup')
  if (backup >= 0) {
    const outcome = await checkBackup(process.argv[backup + 1]!)
    if ('refused' in outcome) {
      process.stderr.write(`${outcome.refused}\n`)
      process.exitCode = 2
    }
    return
  }
  const workbooks: HostileCase[] = HOSTILE.map((h) => ({
    name: `XLSX: ${h.name}`,
    kind: 'report',
    build: () => ({ files: { 'hostile.xlsx': h.bytes() }, argv: ['hostile.xlsx'] }),
    expect: h.expect,
  }))
  const baseline = await timed(cliArgs(['--help']))
  const rows: string[] = [
    `Baseline (tsx + CLI start, no file): ${Math.round(baseline.peakRssMb)} MB, ${baseline.seconds.toFixed(2)} s`,
    '',
    '| Case | Input | Peak RSS | Seconds | Outcome | Target |',
    '|---|---:|---:|---:|---|---|',
  ]
  // `--only TEXT` measures the cases whose name holds it (one case while working on it).
  const only = process.argv.indexOf('--only')
  const chosen = [...CORPUS, ...workbooks].filter((c) => only < 0 || c.name.includes(process.argv[only + 1] ?? ''))
  for (const c of chosen) {
    const r = await measure(c)
    const outcome = r.outcome.length > 110 ? `${r.outcome.slice(0, 110)}…` : r.outcome
    rows.push(
      `| ${r.name} | ${size(r.inputMb)} | ${Math.round(r.run.peakRssMb)} MB | ${r.run.seconds.toFixed(1)} | ${outcome.replace(/\|/g, '\\|')} | ${verdict(r)} |`,
    )
  }
  const table = `${rows.join('\n')}\n`
  process.stdout.write(table)
  const day = new Date().toISOString().slice(0, 10)
  if (only < 0) writeFileSync(join(ROOT, 'bench/hostile-results.md'), `# bench:hostile results (${day})\n\n${table}`)
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:hostile failed: ${String(e)}\n`)
  process.exitCode = 1
})
