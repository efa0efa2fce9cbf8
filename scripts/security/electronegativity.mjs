#!/usr/bin/env node
// Runs Electronegativity on the built app (out/) and fails on any HIGH or MEDIUM finding that
// scripts/security/electronegativity-suppressions.json does not excuse with a written reason.
//
//   npm run security                       (builds, then scans)
//   node scripts/security/electronegativity.mjs [--out out] [--report report.sarif]
//
// Why not `npx electronegativity`: its CLI needs an old `commander` that it does not declare, and
// whichever commander npm hoists (14 here) breaks it ("version is not a function"). Its runner,
// the package's main export, works; this script calls that. It scans the build, not the sources:
// it cannot read .vue files, and the CSP it must see is the one in the built index.html.
// It also scans electron/**/*.ts: in the CJS bundle every `new BrowserWindow(...)` reads
// `new electron.BrowserWindow(...)`, which its window checks (sandbox, contextIsolation,
// nodeIntegration, webSecurity, ...) do not recognise, so on the build alone they pass unseen.
// Offline: AvailableSecurityFixesGlobalCheck downloads Electron's release list, so it is skipped
// (keep Electron current with `npm outdated electron`); the tool also tries once to fetch updated
// translations and goes on with its bundled English ones when that fails.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(join(root, 'package.json'))
const FAILING = new Set(['HIGH', 'MEDIUM'])
const OFFLINE_SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: join(root, 'out') },
    report: { type: 'string' },
    suppressions: { type: 'string', default: join(root, 'scripts/security/electronegativity-suppressions.json') },
  },
})

/**
 * Suppressions: [{ id, file?, maxMatches?, reason }]. `file` is relative to the scanned app (e.g.
 * out/main/index.js, where all of main is bundled); `maxMatches` caps how many findings one entry
 * excuses, so a new occurrence of a reviewed pattern fails the scan until someone reviews it too.
 */
function loadSuppressions(path) {
  const list = JSON.parse(readFileSync(path, 'utf8'))
  if (!Array.isArray(list)) throw new Error(`${path}: expected an array`)
  for (const s of list) {
    const hasValidCap = s?.maxMatches === undefined || (Number.isInteger(s.maxMatches) && s.maxMatches > 0)
    if (typeof s?.id !== 'string' || typeof s.reason !== 'string' || s.reason.trim().length < 20 || !hasValidCap) {
      throw new Error(
        `${path}: every suppression needs an id and a reason of at least 20 characters: ${JSON.stringify(s)}`,
      )
    }
  }
  return list
}

function requireBuild(outDir) {
  const needed = ['main/index.js', 'preload/index.js', 'renderer/index.html']
  const missing = needed.filter((f) => !existsSync(join(outDir, f)))
  if (missing.length > 0) {
    console.error(`electronegativity: ${outDir} lacks ${missing.join(', ')}; run \`electron-vite build\` first.`)
    process.exit(2)
  }
}

/** A directory holding package.json (for the Electron version) and `dir` copied in as `name`. */
function stage(base, dir, name) {
  const target = join(base, name)
  mkdirSync(target)
  cpSync(join(root, 'package.json'), join(target, 'package.json'))
  cpSync(dir, join(target, name), { recursive: true, filter: (src) => !src.endsWith('.map') && !src.endsWith('.d.ts') })
  return target
}

async function scan(input, report, extraExcluded = []) {
  const run = require('@doyensec/electronegativity')
  return run({
    input,
    output: report,
    isSarif: true,
    customScan: [],
    excludeFromScan: [...OFFLINE_SKIPPED_CHECKS, ...extraExcluded].map((c) => c.toLowerCase()),
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: undefined,
    parserPlugins: [],
  })
}

const toPosix = (p) => p.split('\\').join('/')

async function main() {
  const outDir = resolve(args.out)
  requireBuild(outDir)
  const suppressions = loadSuppressions(args.suppressions)
  const work = mkdtempSync(join(tmpdir(), 'electronegativity-'))
  const report = resolve(args.report ?? join(work, 'electronegativity.sarif'))
  const sourceReport = report.replace(/(\.sarif)?$/, '.source.sarif')
  const build = stage(work, outDir, 'out')
  const source = stage(work, join(root, 'electron'), 'electron')
  const results = [
    { input: build, result: await scan(build, report) },
    // No HTML among the sources: the CSP is judged on the build.
    { input: source, result: await scan(source, sourceReport, ['CSPGlobalCheck']) },
  ]
  const findings = results.flatMap(({ input, result }) =>
    result.issues.map((i) => ({
      id: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: toPosix(relative(input, resolve(input, i.file))),
      line: i.location?.line ?? 0,
      manualReview: Boolean(i.manualReview),
      description: i.description,
    })),
  )
  const uses = suppressions.map(() => 0)
  const verdicts = findings.map((f) => {
    const index = suppressions.findIndex(
      (s, i) => s.id === f.id && (!s.file || s.file === f.file) && uses[i] < (s.maxMatches ?? Infinity),
    )
    if (index >= 0) uses[index]++
    const status = index >= 0 ? 'suppressed' : FAILING.has(f.severity) ? 'FAIL' : 'note'
    return { ...f, status, reason: index >= 0 ? suppressions[index].reason : '' }
  })

  const [{ result }] = results
  console.log(
    `electronegativity: ${result.globalChecks} global + ${result.atomicChecks} atomic checks on ${outDir} and on electron/` +
      ` (skipped offline: ${OFFLINE_SKIPPED_CHECKS.join(', ')})`,
  )
  for (const v of verdicts) {
    console.log(
      `  [${v.status}] ${v.severity}/${v.confidence} ${v.id} ${v.file}:${v.line}${v.manualReview ? ' (review)' : ''}`,
    )
    if (v.status === 'suppressed') console.log(`      reason: ${v.reason}`)
    else console.log(`      ${v.description}`)
  }
  for (const e of results.flatMap((r) => r.result.errors ?? [])) console.log(`  [parse error] ${JSON.stringify(e)}`)
  suppressions.forEach((s, i) => {
    if (uses[i] === 0)
      console.log(`  [stale suppression] ${s.id}${s.file ? ` ${s.file}` : ''}: nothing matched it; remove it`)
  })
  console.log(`  reports: ${report} (build), ${sourceReport} (electron/)`)

  const failing = verdicts.filter((v) => v.status === 'FAIL')
  if (failing.length > 0) {
    console.error(`electronegativity: ${failing.length} HIGH/MEDIUM finding(s) without a suppression`)
    // exitCode, not exit(): the tool writes its SARIF report asynchronously.
    process.exitCode = 1
    return
  }
  console.log(`electronegativity: no unsuppressed HIGH/MEDIUM findings (${findings.length} finding(s) in all)`)
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 2
})
