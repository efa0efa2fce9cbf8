import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '@/cli/index'
import { parseBackup } from '@/domain/export/backup'
import { backupRefusal } from '@/domain/export/backup-problems'
import { decodeText } from '@/domain/import/decode'
import type { Built, HostileCase, Scale } from './corpus'

/** What came of a case: read, or refused with the one line a person sees. */
export type Outcome = { read: true } | { refused: string }

/** Writes a built case's files into a new folder; the argv with names replaced by paths. */
export function writeCase(built: Built): { dir: string; argv: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'))
  for (const [name, bytes] of Object.entries(built.files)) writeFileSync(join(dir, name), bytes)
  return { dir, argv: built.argv.map((a) => (Object.hasOwn(built.files, a) ? join(dir, a) : a)) }
}

/** The Data screen's check of a backup file, as one line. */
export async function checkBackup(path: string): Promise<Outcome> {
  const name = path.split('/').pop()!
  let text: string
  try {
    text = decodeText(new Uint8Array(readFileSync(path))).text
  } catch {
    return { refused: `${name}: not text` }
  }
  const parsed = await parseBackup(text, 2)
  return parsed.ok ? { read: true } : { refused: backupRefusal(name, parsed.error) }
}

/** Runs one case in this process: `report` through the CLI's own `main`, a backup through parseBackup. */
export async function runCase(c: HostileCase, scale: Scale): Promise<Outcome> {
  const { dir, argv } = writeCase(await c.build(scale))
  try {
    if (c.kind === 'backup') return await checkBackup(argv[0]!)
    let stderr = ''
    const code = await main(
      ['report', ...argv, '--as-of', '2026-11-23T12:00:00Z'],
      { write: () => true } as never,
      { write: (s: string) => ((stderr += s), true) } as never,
    )
    return code === 0 ? { read: true } : { refused: stderr.replace(/^report: /, '').trimEnd() }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
