import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseExport, type ImportOptions, type ImportParse } from '@/domain/import/pipeline'

export const FIXTURES = join(__dirname, '../../fixtures/import')

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)))

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

export const TZ = 'Europe/Berlin'

export function importFixture(name: string, options: Partial<ImportOptions> = {}): Promise<ImportParse> {
  return parseExport({ fileName: name, bytes: fixture(name) }, { timeZone: TZ, ...options })
}

export function importText(
  text: string,
  options: Partial<ImportOptions> = {},
  fileName = 'export.csv',
): Promise<ImportParse> {
  return parseExport({ fileName, bytes: utf8(text) }, { timeZone: TZ, ...options })
}
