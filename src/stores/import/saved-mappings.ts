/**
 * Mappings kept for the next import: the one saved per source name when an import worked (offered,
 * or applied when it fits the file), and mapping files loaded from or saved to disk. Part of the
 * import store (./index.ts); it edits the draft through the mapping part (./mapping.ts).
 */
import { shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { savedMapping } from '@/db/import-repo'
import { parseMapping, type Mapping } from '@/domain/import'
import type { ExportInspection } from '@/domain/import/inspect'
import { mappingFits } from '@/domain/import/mapping-draft'
import { mergeMapping } from '@/domain/import/columns'
import type { Recognition } from '@/domain/import/known-exports'
import { readMappingFile } from '@/domain/import/mapping-file'
import { desktop } from '@/platform/desktop'
import type { OpenedFile } from '@/shared/ipc-contract'
import type { createImportMapping } from './mapping'
import { errorText } from './messages'
import type { ImportScreen } from './screen'

const MAPPING_FILE_FILTERS = [{ name: 'Mapping file', extensions: ['json'] }]

interface SavedMapping {
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
  const { error } = deps.screen
  /** A saved mapping for the current source name that is not applied yet. */
  const savedOffer = shallowRef<SavedMapping | null>(null)

  /** A saved mapping: its date order is remembered (used when a file's dates read both ways), not forced. */
  function applySaved(saved: { importSource: string; mapping: Mapping }): void {
    const { dateOrder: remembered, ...rest } = saved.mapping
    draft.applyMapping(rest, `Your saved mapping for "${saved.importSource}"`)
    draft.rememberedDateOrder.value = remembered ?? ''
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

  async function loadMappingFile(): Promise<void> {
    error.value = null
    let picked: OpenedFile | null
    try {
      picked = await desktop().openFile({ title: 'Load a mapping file', filters: MAPPING_FILE_FILTERS })
    } catch (e) {
      error.value = `The mapping file could not be opened: ${errorText(e)}`
      return
    }
    if (!picked) return
    try {
      draft.applyMapping(readMappingFile(picked.name, picked.bytes), `Loaded from ${picked.name}`)
      savedOffer.value = null
    } catch (e) {
      error.value = errorText(e)
    }
  }

  async function saveMappingFile(): Promise<void> {
    const text = `${JSON.stringify(draft.mapping.value, null, 2)}\n`
    try {
      const saved = await desktop().saveFile({
        suggestedName: `${importSource.value || 'import'}-mapping.json`,
        bytes: new TextEncoder().encode(text),
        filters: MAPPING_FILE_FILTERS,
      })
      if (saved) deps.screen.notice.value = `Mapping saved to ${saved.path}.`
    } catch (e) {
      error.value = `The mapping file could not be saved: ${errorText(e)}`
    }
  }

  return { savedOffer, chooseInitialMapping, setImportSource, useSavedMapping, loadMappingFile, saveMappingFile }
}
