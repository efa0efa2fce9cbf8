/**
 * The huddle's notes for the team: the export input built from what the screen shows, and saving
 * it as Markdown, HTML or PDF. Part of the huddle store (./index.ts).
 */
import type { Ref } from 'vue'
import { notesAreBlameless, type Huddle } from '@/domain/huddle/huddle'
import { buildExportInput, exportFileName, icpVersionsSince, type ExportSources } from '@/domain/huddle/export-input'
import { huddleToHtml, huddleToMarkdown } from '@/domain/huddle/notes-export'
import { desktop } from '@/platform/desktop'

type Sources = Omit<ExportSources, 'huddle' | 'isBlameless' | 'icpVersionsSinceLast'>

export function createHuddleNotes(deps: {
  huddle: Ref<Huddle | null>
  /** Everything else the notes say, read when exporting. */
  sources: () => Sources
  icpVersions: () => readonly { effectiveWeek: string; note: string }[]
  isBlameless: (isPresenting: boolean) => boolean
  flush: () => Promise<void>
}) {
  /** Whether the notes use role labels (see notesAreBlameless); false before a huddle starts. */
  function isNotesBlameless(isPresenting: boolean): boolean {
    const h = deps.huddle.value
    return h ? notesAreBlameless(h, deps.isBlameless(isPresenting)) : false
  }

  function exportInput(isPresenting: boolean) {
    const h = deps.huddle.value
    if (!h) return null
    const sources = deps.sources()
    return buildExportInput({
      ...sources,
      huddle: h,
      icpVersionsSinceLast: icpVersionsSince(deps.icpVersions(), sources.lastHuddleWeek, h.week),
      isBlameless: isNotesBlameless(isPresenting),
    })
  }

  async function exportNotes(format: 'md' | 'html' | 'pdf', isPresenting = false): Promise<string | null> {
    await deps.flush()
    const input = exportInput(isPresenting)
    if (!input) return null
    const api = desktop()
    const suggestedName = exportFileName(input.week, format)
    if (format === 'pdf') return (await api.printToPdf({ suggestedName }))?.path ?? null
    const text = format === 'md' ? huddleToMarkdown(input) : huddleToHtml(input)
    const filters = [
      format === 'md' ? { name: 'Markdown', extensions: ['md'] } : { name: 'HTML', extensions: ['html'] },
    ]
    const saved = await api.saveFile({ suggestedName, bytes: new TextEncoder().encode(text), filters })
    return saved?.path ?? null
  }

  return { isNotesBlameless, exportInput, exportNotes }
}
