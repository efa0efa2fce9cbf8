import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readBounded } from '@/node/read-bounded'

const tempDir = () => mkdtemp(join(tmpdir(), 'read-bounded-'))

describe('readBounded', () => {
  it('refuses a device such as /dev/zero at once instead of reading forever', async () => {
    await expect(readBounded('/dev/zero')).rejects.toThrow('zero is not a regular file')
  })

  it('refuses a folder', async () => {
    const dir = await tempDir()
    await expect(readBounded(dir)).rejects.toThrow(/is not a regular file/)
  })

  it('refuses a file larger than the limit', async () => {
    const path = join(await tempDir(), 'week.csv')
    await writeFile(path, 'x'.repeat(11))
    await expect(readBounded(path, 10)).rejects.toThrow('week.csv is larger than 10 bytes, the most the app reads')
  })

  it('reads a file of exactly the limit', async () => {
    const path = join(await tempDir(), 'week.csv')
    await writeFile(path, 'abcdefghij')
    expect(new TextDecoder().decode(await readBounded(path, 10))).toBe('abcdefghij')
  })
})
