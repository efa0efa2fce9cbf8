import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { inputFileProblem, MAX_INPUT_BYTES, tooLarge } from '../domain/input-file'

/** Refused input: the message is for the person who chose the file. */
export class InputFileError extends Error {}

const CHUNK = 1024 * 1024

/**
 * Reads a regular file of at most `limit` bytes (Node: the CLI and Electron's main process).
 * Checks the opened handle, not the path, so the file cannot be swapped in between, and counts
 * the bytes it reads instead of trusting the reported size (0 for many special files).
 */
export async function readBounded(path: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const stats = await handle.stat()
    const problem = inputFileProblem(basename(path), { isFile: stats.isFile(), size: stats.size }, limit)
    if (problem) throw new InputFileError(problem)
    // One buffer the reported size plus a byte (to see the end), read straight into and grown
    // only if the file grows while it is read: no second copy of a large export.
    let buffer = new Uint8Array(Math.min(stats.size, limit) + 1)
    let total = 0
    for (;;) {
      if (total === buffer.length) {
        const grown = new Uint8Array(Math.min(Math.max(buffer.length * 2, CHUNK), limit + 1))
        grown.set(buffer)
        buffer = grown
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null)
      if (bytesRead === 0) break
      total += bytesRead
      if (total > limit) throw new InputFileError(tooLarge(basename(path), limit))
    }
    // The spare byte stays behind a view; a buffer that grew past the file is cut to size.
    return buffer.length - total > 1 ? buffer.slice(0, total) : buffer.subarray(0, total)
  } finally {
    await handle.close()
  }
}
