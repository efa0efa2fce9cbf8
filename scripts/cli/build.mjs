// Builds the `report` CLI into one CommonJS file, out/cli/index.js, with esbuild (about 0.2 s), so
// running it needs no TypeScript compiler. Beside it, inputs.json records the repository files it
// was built from with their modification times (scripts/cli/stale.mjs compares them on each run).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mtimeOf } from './stale.mjs'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const OUT_FILE = join(ROOT, 'out/cli/index.js')
export const INPUTS_FILE = join(ROOT, 'out/cli/inputs.json')
/** V8's code cache of OUT_FILE (scripts/cli/code-cache.mjs), keyed by its content. */
export const CACHE_FILE = join(ROOT, 'out/cli/index.cache')
/** Files that change the output without being bundled: this script and the locked dependencies. */
const BUILD_FILES = ['scripts/cli/build.mjs', 'package-lock.json', 'tsconfig.node.json']

export async function buildCli() {
  const started = Date.now()
  const { build } = await import('esbuild')
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/index.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    tsconfig: 'tsconfig.node.json',
    outfile: OUT_FILE,
    write: false,
    metafile: true,
    logLevel: 'warning',
  })
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules/'))
  // A file saved after the build started may have been read before the save: recorded as null,
  // so the next run builds again.
  const record = Object.fromEntries(
    [...inputs, ...BUILD_FILES].sort().map((p) => {
      const time = mtimeOf(join(ROOT, p))
      return [p, time === undefined || time >= started ? null : time]
    }),
  )
  mkdirSync(join(ROOT, 'out/cli'), { recursive: true })
  writeFileSync(INPUTS_FILE, `${JSON.stringify(record, null, 1)}\n`)
  // Written beside and renamed, so a CLI started meanwhile never reads half a file.
  const temporary = `${OUT_FILE}.${process.pid}.tmp`
  writeFileSync(temporary, result.outputFiles[0].contents)
  renameSync(temporary, OUT_FILE)
  return relative(ROOT, OUT_FILE)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildCli().then(
    (out) => process.stderr.write(`built ${out}\n`),
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`)
      process.exitCode = 1
    },
  )
}
