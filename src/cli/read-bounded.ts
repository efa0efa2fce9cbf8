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
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      const chunk = new Uint8Array(Math.min(CHUNK, limit + 1 - total))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      total += bytesRead
      if (total > limit) throw new InputFileError(tooLarge(basename(path), limit))
      chunks.push(chunk.subarray(0, bytesRead))
    }
    const out = new Uint8Array(total)
    let at = 0
    for (const c of chunks) {
      out.set(c, at)
      at += c.length
    }
    return out
  } finally {
    await handle.close()
  }
}
