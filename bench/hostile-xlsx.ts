/**
 * `npm run bench:hostile`: the time and peak memory of reading each hostile workbook of issue 14
 * (built from code, tests/domain/import/xlsx-hostile.ts) through the app's XLSX reader in Node,
 * one child process per file so a crash or a runaway file cannot hide another's figures.
 */
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { ImportError, readXlsx } from '../src/domain/import'
import { HOSTILE } from '../tests/domain/import/xlsx-hostile'

const ROOT = resolve(__dirname, '..')
/** A file still running after this is reported as not finished. */
const TIMEOUT_MS = 120_000

interface Measured {
  outcome: string
  ms: number
  peakRssMb: number
}

/** In the child: read one file and print what it cost as JSON. */
async function measureOne(index: number): Promise<void> {
  const bytes = HOSTILE[index]!.bytes()
  const started = performance.now()
  let outcome: string
  try {
    const sheet = await readXlsx(bytes, undefined, 'hostile.xlsx')
    outcome = `read ${sheet.records.length} rows`
  } catch (e) {
    outcome = e instanceof ImportError ? `refused: ${e.message}` : `CRASH: ${String(e)}`
  }
  const ms = performance.now() - started
  const measured: Measured = { outcome, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }
  process.stdout.write(JSON.stringify({ ...measured, zippedKb: bytes.length / 1024 }))
}

async function main(): Promise<void> {
  const one = process.argv.indexOf('--one')
  if (one >= 0) return measureOne(Number(process.argv[one + 1]))
  const rows: string[] = ['| Hostile workbook | Zipped | Outcome | Time | Peak RSS |', '|---|---|---|---|---|']
  for (let i = 0; i < HOSTILE.length; i++) {
    const name = HOSTILE[i]!.name
    process.stderr.write(`bench:hostile: ${name}\n`)
    let cells: string[]
    try {
      const { stdout } = await promisify(execFile)(
        'npx',
        ['tsx', '--tsconfig', 'tsconfig.node.json', 'bench/hostile-xlsx.ts', '--one', String(i)],
        { cwd: ROOT, timeout: TIMEOUT_MS, maxBuffer: 1 << 20 },
      )
      const m = JSON.parse(stdout) as Measured & { zippedKb: number }
      const outcome = m.outcome.replace(/^refused: hostile\.xlsx(, sheet "Report")?:? ?/, 'refused: ')
      cells = [
        name,
        `${m.zippedKb.toFixed(1)} KB`,
        outcome.slice(0, 90),
        `${Math.round(m.ms)} ms`,
        `${Math.round(m.peakRssMb)} MB`,
      ]
    } catch (e) {
      const killed = (e as { killed?: boolean }).killed
      cells = [
        name,
        '',
        killed ? `did not finish in ${TIMEOUT_MS / 1000} s` : `child failed: ${String(e).slice(0, 80)}`,
        '',
        '',
      ]
    }
    rows.push(`| ${cells.join(' | ')} |`)
  }
  process.stdout.write(`${rows.join('\n')}\n`)
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:hostile failed: ${String(e)}\n`)
  process.exitCode = 1
})
