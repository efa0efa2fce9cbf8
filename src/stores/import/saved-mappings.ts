/**
 * The mapping kept for the next import of a source: saved per source name when an import worked,
 * then applied when it fits the next file of that source, or offered when it does not. Part of the
 * import store (./index.ts); it edits the draft through the mapping part (./mapping.ts).
 */
import { ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { savedMapping } from '@/db/import-repo'
import { parseMapping, type DateOrder, type Mapping } from '@/domain/import/mapping'
import type { ExportInspection } from '@/domain/import/inspect'
import { mappingFits } from '@/domain/import/mapping-draft'
import { mergeMapping } from '@/domain/import/columns'
import type { Recognition } from '@/domain/import/known-exports'
import type { createImportMapping } from './mapping'
import type { ImportScreen } from './screen'

export interface SavedMapping {
  importSource: string
  mapping: Mapping
  updatedAt: string
}

/** The mapping saved for `source`, or null when there is none or it no longer reads. */
async function lookUpSaved(source: string): Promise<SavedMapping | null> {
  const row = await savedMapping(source)
  if (!row) return null
  try {
    return { importSource: row.importSource, mapping: parseMapping(row.mapping), updatedAt: row.updatedAt }
  } catch {
    return null
  }
}

export function createSavedMappings(deps: {
  screen: ImportScreen
  inspection: ShallowRef<ExportInspection | null>
  recognition: ComputedRef<Recognition | null>
  importSource: Ref<string>
  draft: ReturnType<typeof createImportMapping>
}) {
  const { importSource, draft } = deps
  /** A saved mapping for the current source name that is not applied yet. */
  const savedOffer = shallowRef<SavedMapping | null>(null)
  /** The order this source's saved mapping remembers: used only when every date reads both ways. */
  const rememberedDateOrder = ref<DateOrder | ''>('')

  /** A saved mapping: its date order is remembered (used when a file's dates read both ways), not forced. */
  function applySaved(saved: { importSource: string; mapping: Mapping }): void {
    const { dateOrder: remembered, ...rest } = saved.mapping
    draft.applyMapping(rest, `Your saved mapping for "${saved.importSource}"`)
    rememberedDateOrder.value = remembered ?? ''
  }

  /** The preset's automatic mapping for the file, or the one saved for the source when it fits. */
  async function chooseInitialMapping(): Promise<void> {
    const found = deps.inspection.value!
    const saved = await lookUpSaved(importSource.value)
    const fits = saved && mappingFits(saved.mapping, found)
    if (saved && fits) {
      applySaved(saved)
      savedOffer.value = null
    } else {
      const known = deps.recognition.value?.known ?? null
      draft.applyMapping(
        mergeMapping(found.headers, found.preset, undefined, known),
        known ? `Recognised: ${known.label}` : 'Columns matched by their names',
      )
      savedOffer.value = saved
    }
  }

  /** The source name keys saved mappings and stored ids; a saved mapping for it is offered. */
  async function setImportSource(name: string): Promise<void> {
    importSource.value = name.trim()
    const saved = importSource.value ? await lookUpSaved(importSource.value) : null
    savedOffer.value = saved
  }

  function useSavedMapping(): void {
    const saved = savedOffer.value
    if (!saved) return
    applySaved(saved)
    savedOffer.value = null
  }

  /** Starting over: nothing offered, nothing remembered. */
  function clear(): void {
    savedOffer.value = null
    rememberedDateOrder.value = ''
  }

  return { savedOffer, rememberedDateOrder, chooseInitialMapping, setImportSource, useSavedMapping, clear }
}
