// Whether the built CLI (out/cli/index.js) is older than what it was built from. The build lists
// its inputs beside it; any input changed (or gone) since the output was written means rebuild.
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
 * True when `outFile` is missing, when the input list is missing, or when an input was modified
 * after `outFile` or no longer exists. `inputs`: undefined when the list could not be read.
 */
export function isStale(outFile, inputs, mtime = mtimeOf) {
  const built = mtime(outFile)
  if (built === undefined || inputs === undefined) return true
  return inputs.some((input) => {
    const changed = mtime(input)
    return changed === undefined || changed > built
  })
}

/** The inputs a build recorded (absolute paths), or undefined when there is no readable list. */
export function readInputs(listFile, root) {
  try {
    const list = JSON.parse(readFileSync(listFile, 'utf8'))
    return Array.isArray(list) ? list.map((p) => resolve(root, String(p))) : undefined
  } catch {
    return undefined
  }
}
