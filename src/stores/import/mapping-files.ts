/**
 * Mapping files on disk: a mapping loaded from a JSON file (docs/product.md's mapping file) and the
 * current mapping saved as one, to share it or keep it beside the exports. Part of the import
 * store (./index.ts); a loaded file replaces the draft through the mapping part (./mapping.ts).
 */
import type { Ref } from 'vue'
import { readMappingFile } from '@/domain/import/mapping-file'
import { desktop } from '@/platform/desktop'
import type { createImportMapping } from './mapping'
import type { ImportedFile } from './file'
import { errorText } from './messages'
import type { SavedMapping } from './saved-mappings'
import type { ImportScreen } from './screen'

const MAPPING_FILE_FILTERS = [{ name: 'Mapping file', extensions: ['json'] }]

export function createMappingFiles(deps: {
  screen: ImportScreen
  importSource: Ref<string>
  draft: ReturnType<typeof createImportMapping>
  /** The saved mapping offered: a loaded file answers the offer. */
  savedOffer: Ref<SavedMapping | null>
}) {
  const { screen, importSource, draft, savedOffer } = deps
  const { error } = screen

  async function loadMappingFile(): Promise<void> {
    error.value = null
    let picked: ImportedFile | null
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
      if (saved) screen.notice.value = `Mapping saved to ${saved.path}.`
    } catch (e) {
      error.value = `The mapping file could not be saved: ${errorText(e)}`
    }
  }

  return { loadMappingFile, saveMappingFile }
}
