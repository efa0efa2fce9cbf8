/**
 * The runner the import store reads files with: the import worker, made on first use and shared
 * by every read, or one a test injects. Part of the import store (./index.ts).
 */
import { createImportRunner, type ImportRunner } from '@/workers/import-runner'

let runner: ImportRunner | null = null

/** The runner the store reads files with; tests may inject one. */
export function setImportRunner(custom: ImportRunner | null): void {
  runner?.dispose()
  runner = custom
}

export const currentRunner = (): ImportRunner => (runner ??= createImportRunner())
