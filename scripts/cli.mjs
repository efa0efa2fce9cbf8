#!/usr/bin/env node
// `npm run cli -- report FILE …`: runs the built CLI (out/cli/index.js) in this process, building it
// first when it is missing or older than any file it is built from, so the first run after an edit
// never runs a stale build and no run compiles TypeScript at start-up unless something changed.
// The bundle is loaded through V8's code cache beside it (scripts/cli/code-cache.mjs).
import { CACHE_FILE, INPUTS_FILE, OUT_FILE, ROOT } from './cli/build.mjs'
import { requireCached } from './cli/code-cache.mjs'
import { isStale, readInputs } from './cli/stale.mjs'

if (isStale(OUT_FILE, readInputs(INPUTS_FILE, ROOT))) {
  const { buildCli } = await import('./cli/build.mjs')
  await buildCli()
}
const { exports, saveCache } = requireCached(OUT_FILE, CACHE_FILE)
try {
  process.exitCode = await exports.main(process.argv.slice(2))
} finally {
  saveCache()
}
