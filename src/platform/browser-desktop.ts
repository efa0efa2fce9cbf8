import { version } from '../../package.json'
import type { DesktopApi, MenuCommand, OpenFileRequest, OpenedFile } from '@/shared/ipc-contract'
import { browserFolders } from './browser-folders'

export interface BrowserDesktopOptions {
  /** Injectable for tests. */
  document?: Document
  window?: Window
}

/** Browser keys that stand in for the desktop menu's accelerators. */
const MENU_KEYS: { key: string; shift: boolean; command: MenuCommand }[] = [
  { key: 'o', shift: false, command: 'import' },
  { key: 'e', shift: false, command: 'export' },
  { key: 'p', shift: true, command: 'presentation' },
]

/** The desktop bridge for a plain browser: file input, Blob downloads and window.print. */
export function createBrowserDesktop(options: BrowserDesktopOptions = {}): DesktopApi {
  const doc = options.document ?? document
  const win = options.window ?? window

  function openFile(request: OpenFileRequest): Promise<OpenedFile | null> {
    return new Promise((resolve, reject) => {
      const input = doc.createElement('input')
      input.type = 'file'
      input.accept = (request.filters ?? [])
        .flatMap((f) => f.extensions)
        .filter((e) => e !== '*')
        .map((e) => `.${e}`)
        .join(',')
      input.style.display = 'none'
      input.setAttribute('aria-hidden', 'true')
      input.dataset.testid = 'browser-file-input'
      doc.body.appendChild(input)
      const done = () => input.remove()
      input.addEventListener('cancel', () => {
        done()
        resolve(null)
      })
      input.addEventListener('change', () => {
        const file = input.files?.[0]
        done()
        if (!file) return resolve(null)
        file
          .arrayBuffer()
          .then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }))
          .catch(reject)
      })
      input.click()
    })
  }

  return {
    kind: 'browser',
    openFile,
    async saveFile({ suggestedName, bytes }) {
      const url = URL.createObjectURL(new Blob([bytes as BlobPart]))
      const a = doc.createElement('a')
      a.href = url
      a.download = suggestedName
      doc.body.appendChild(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return { path: suggestedName }
    },
    async printToPdf() {
      // The browser's print dialog offers "Save as PDF"; where it goes is the user's choice.
      win.print()
      return null
    },
    async appVersion() {
      return version
    },
    async setFullScreen(fullScreen) {
      if (fullScreen && !doc.fullscreenElement) await doc.documentElement.requestFullscreen?.().catch(() => undefined)
      if (!fullScreen && doc.fullscreenElement) await doc.exitFullscreen?.().catch(() => undefined)
    },
    onMenuCommand(listener) {
      const onKey = (e: KeyboardEvent) => {
        if (!(e.ctrlKey || e.metaKey) || e.altKey) return
        const hit = MENU_KEYS.find((m) => m.key === e.key.toLowerCase() && m.shift === e.shiftKey)
        if (!hit) return
        e.preventDefault()
        listener(hit.command)
      }
      win.addEventListener('keydown', onKey)
      return () => win.removeEventListener('keydown', onKey)
    },
    ...browserFolders(win),
  }
}
