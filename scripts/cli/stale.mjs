// Whether the built CLI (out/cli/index.js) may differ from what its sources would build now. The
// build records each input's modification time beside it (out/cli/inputs.json); the output is
// stale when it is missing or any input's time is not the one recorded: edited, touched, restored
// from git, deleted. Equality, not "newer than the output", so a build made under a fake clock
// (npm run test:dates runs the CLI in 2027) cannot make later edits look old.
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'

/** Modification time in ms, or undefined when the file is not there. */
export function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs
  } catch {
    return undefined
  }
}

/**
 * True when `outFile` is missing, when there is no record of its inputs, or when an input's
 * modification time is not the recorded one (a recorded null: the input changed during its build).
 */
export function isStale(outFile, recorded, mtime = mtimeOf) {
  if (mtime(outFile) === undefined || recorded === undefined) return true
  return Object.entries(recorded).some(([input, time]) => time === null || mtime(input) !== time)
}

/** The inputs a build recorded, by absolute path, or undefined when there is no readable record. */
export function readInputs(listFile, root) {
  try {
    const record = JSON.parse(readFileSync(listFile, 'utf8'))
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return undefined
    return Object.fromEntries(
      Object.entries(record).map(([p, t]) => [resolve(root, p), typeof t === 'number' ? t : null]),
    )
  } catch {
    return undefined
  }
}
