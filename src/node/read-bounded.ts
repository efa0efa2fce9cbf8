import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { isUtf8 } from 'node:buffer'
import type { ChunkSource } from '../domain/import/decode'
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

/**
 * Bytes read at a time. Small: each chunk becomes a string of up to twice its size and the text
 * is let go as it is read, so smaller chunks keep the peak low (8 MiB chunks: 370 MB peak for a
 * 54 MB export, 512 KiB: 170 MB), at no measurable cost in time.
 */
const FILE_CHUNK = 512 * 1024

/** A file opened for reading in chunks: read again from its start each time, then closed. */
export interface FileChunks extends ChunkSource {
  /** The first bytes (to tell a workbook from text). */
  head: Uint8Array
  close(): void
}

/**
 * Opens a regular file of at most `limit` bytes to be read in chunks of `chunkBytes`, with the
 * checks of `readBounded` on the open descriptor; the bytes are counted as they are read, so a
 * file that grows past the limit is refused in words rather than read on.
 */
export function fileChunks(path: string, limit = MAX_INPUT_BYTES, chunkBytes = FILE_CHUNK): FileChunks {
  const fd = openSync(path, 'r')
  try {
    const stats = fstatSync(fd)
    const problem = inputFileProblem(basename(path), { isFile: stats.isFile(), size: stats.size }, limit)
    if (problem) throw new InputFileError(problem)
    const head = new Uint8Array(4)
    const headLength = readSync(fd, head, 0, 4, 0)
    return {
      size: stats.size,
      head: head.subarray(0, headLength),
      *chunks() {
        let position = 0
        // One buffer per pass, read into again for each chunk (see `ChunkSource.chunks`): a new
        // one per chunk was 100 MB of short-lived buffers for a 54 MB file read twice.
        const buffer = new Uint8Array(chunkBytes)
        for (;;) {
          const bytesRead = readSync(fd, buffer, 0, chunkBytes, position)
          if (bytesRead === 0) return
          position += bytesRead
          if (position > limit) throw new InputFileError(tooLarge(basename(path), limit))
          yield bytesRead === chunkBytes ? buffer : buffer.subarray(0, bytesRead)
        }
      },
      isUtf8,
      latin1: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
      close: () => closeSync(fd),
    }
  } catch (e) {
    closeSync(fd)
    throw e
  }
}
