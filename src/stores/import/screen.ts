/**
 * What every part of the import store writes: the step the screen shows, and the error or notice
 * under it. Part of the import store (./index.ts), which hands it to the others.
 */
import { ref } from 'vue'

export type ImportStep = 'choose' | 'mapping' | 'preview' | 'report'

export function createImportScreen() {
  const step = ref<ImportStep>('choose')
  const error = ref<string | null>(null)
  const notice = ref<string | null>(null)
  return { step, error, notice }
}

export type ImportScreen = ReturnType<typeof createImportScreen>
