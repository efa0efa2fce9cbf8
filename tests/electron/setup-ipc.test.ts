// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { createHandle, IpcRejection, senderIsWindow } from '../../electron/main/ipc'
import { setupIpc } from '../../electron/main/setup-ipc'
import { CHANNELS, MAX_FILE_BYTES } from '../../src/shared/ipc-contract'
import { fakeIpcMain, fakeWebContents, fakeWindow, invokeEvent } from './fakes'

/** setupIpc wired as index.ts wires it, with the real gateway and fake dialogs and disk. */
function harness() {
  const ipc = fakeIpcMain()
  const window = fakeWindow()
  const getWindow = () => window.asWindow
  const files = {
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/sdr/exports/week 47.csv'] })),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/sdr/huddle.out' })),
    },
    readFile: vi.fn(async () => new Uint8Array([104, 105])),
    writeFile: vi.fn(async () => undefined),
    getWindow,
  }
  const appVersion = vi.fn(() => '0.1.0')
  setupIpc({
    handle: createHandle({ ipcMain: ipc.ipcMain, isTrustedSender: senderIsWindow(getWindow) }),
    files,
    appVersion,
    getWindow,
  })
  const sideEffects = [
    files.dialog.showOpenDialog,
    files.dialog.showSaveDialog,
    files.readFile,
    files.writeFile,
    appVersion,
    window.win.setFullScreen,
    window.contents.printToPDF,
  ]
  return {
    ...ipc,
    files,
    window,
    appVersion,
    /** As our own page would call. */
    call: (channel: string, raw?: unknown) => ipc.invoke(channel, invokeEvent(window.contents), raw),
    hasSideEffects: () => sideEffects.some((spy) => spy.mock.calls.length > 0),
  }
}

type Harness = ReturnType<typeof harness>

interface ChannelCase {
  channel: string
  good: unknown
  bad: unknown
  expected: (h: Harness) => unknown
}

const INVOKABLE: ChannelCase[] = [
  {
    channel: CHANNELS.openFile,
    good: { title: 'Import handoffs', filters: [{ name: 'CSV', extensions: ['csv'] }] },
    bad: { filters: 'csv' },
    expected: () => ({ name: 'week 47.csv', bytes: new Uint8Array([104, 105]) }),
  },
  {
    channel: CHANNELS.saveFile,
    good: { suggestedName: 'huddle.csv', bytes: new Uint8Array([1, 2, 3]) },
    bad: { suggestedName: 'huddle.csv', bytes: 'not bytes' },
    expected: () => ({ path: '/home/sdr/huddle.out' }),
  },
  {
    channel: CHANNELS.printToPdf,
    good: { suggestedName: 'huddle.pdf', landscape: true },
    bad: { suggestedName: 42 },
    expected: () => ({ path: '/home/sdr/huddle.out' }),
  },
  { channel: CHANNELS.appVersion, good: undefined, bad: { version: '9.9.9' }, expected: () => '0.1.0' },
  {
    channel: CHANNELS.setFullScreen,
    good: { fullScreen: true },
    bad: { fullScreen: 'yes' },
    expected: () => undefined,
  },
]

describe('setupIpc', () => {
  it('registers exactly the renderer-callable channels of the contract', () => {
    const h = harness()
    // The team folders register their own channels (team-folders.ts; tests/electron/team-folders.test.ts).
    const invokable = Object.values(CHANNELS).filter((c) => c !== CHANNELS.menuCommand && !c.startsWith('teams:'))
    expect([...h.handlers.keys()].sort()).toEqual([...invokable].sort())
    expect(INVOKABLE.map((c) => c.channel).sort()).toEqual([...invokable].sort())
  })

  describe.each(INVOKABLE)('$channel', ({ channel, good, bad, expected }) => {
    it('refuses another WebContents before doing anything', async () => {
      const h = harness()
      const stranger = fakeWebContents().contents
      await expect(h.invoke(channel, invokeEvent(stranger), good)).rejects.toThrow(IpcRejection)
      expect(h.hasSideEffects()).toBe(false)
    })

    it('refuses our window once it shows a page that is not ours', async () => {
      const h = harness()
      const event = invokeEvent(h.window.contents, 'https://evil.example/')
      await expect(h.invoke(channel, event, good)).rejects.toThrow(/foreign sender/)
      expect(h.hasSideEffects()).toBe(false)
    })

    it('refuses a subframe of our window', async () => {
      const h = harness()
      await expect(h.invoke(channel, invokeEvent(h.window.contents, undefined, true), good)).rejects.toThrow(
        /foreign sender/,
      )
      expect(h.hasSideEffects()).toBe(false)
    })

    it('refuses a malformed payload before doing anything', async () => {
      const h = harness()
      await expect(h.call(channel, bad)).rejects.toThrow(/invalid request/)
      expect(h.hasSideEffects()).toBe(false)
    })

    it('answers a well-formed request from our page', async () => {
      const h = harness()
      await expect(h.call(channel, good)).resolves.toEqual(expected(h))
    })
  })

  it('refuses every request once the window is destroyed', async () => {
    const h = harness()
    h.window.win.isDestroyed.mockReturnValue(true)
    await expect(h.call(CHANNELS.appVersion)).rejects.toThrow(/foreign sender/)
  })

  it('sets full screen on the window as asked', async () => {
    const h = harness()
    await h.call(CHANNELS.setFullScreen, { fullScreen: false })
    expect(h.window.win.setFullScreen).toHaveBeenCalledWith(false)
  })
})

describe('saveFile', () => {
  it.each(['../x', 'a/b', 'a\\b', '..', '.', '/etc/passwd', 'C:\\Users\\x.csv', ''])(
    'refuses the name %j',
    async (name) => {
      const h = harness()
      await expect(h.call(CHANNELS.saveFile, { suggestedName: name, bytes: new Uint8Array([1]) })).rejects.toThrow(
        /invalid request/,
      )
      expect(h.hasSideEffects()).toBe(false)
    },
  )

  it('refuses more bytes than MAX_FILE_BYTES', async () => {
    const h = harness()
    const bytes = new Uint8Array(1)
    Object.defineProperty(bytes, 'byteLength', { value: MAX_FILE_BYTES + 1 })
    await expect(h.call(CHANNELS.saveFile, { suggestedName: 'big.csv', bytes })).rejects.toThrow(/file too large/)
    expect(h.files.writeFile).not.toHaveBeenCalled()
  })

  it('writes the bytes where the user chose, suggesting only the file name', async () => {
    const h = harness()
    await h.call(CHANNELS.saveFile, { suggestedName: 'huddle.csv', bytes: new Uint8Array([7]) })
    expect(h.files.dialog.showSaveDialog).toHaveBeenCalledWith(h.window.asWindow, {
      defaultPath: 'huddle.csv',
      filters: [],
    })
    expect(h.files.writeFile).toHaveBeenCalledWith('/home/sdr/huddle.out', new Uint8Array([7]))
  })

  it('writes nothing when the user cancels', async () => {
    const h = harness()
    h.files.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    await expect(
      h.call(CHANNELS.saveFile, { suggestedName: 'huddle.csv', bytes: new Uint8Array([7]) }),
    ).resolves.toBeNull()
    expect(h.files.writeFile).not.toHaveBeenCalled()
  })
})

describe('openFile', () => {
  it('passes on the reader refusing a file (too large, not a regular file)', async () => {
    const h = harness()
    h.files.readFile.mockRejectedValueOnce(new Error('week 47.csv is larger than 200 MB, the most the app reads'))
    await expect(h.call(CHANNELS.openFile, {})).rejects.toThrow(/week 47\.csv is larger than 200 MB/)
  })

  it('returns null when the user cancels', async () => {
    const h = harness()
    h.files.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    await expect(h.call(CHANNELS.openFile, {})).resolves.toBeNull()
    expect(h.files.readFile).not.toHaveBeenCalled()
  })

  it('refuses an extension filter that is not a plain extension', async () => {
    const h = harness()
    await expect(h.call(CHANNELS.openFile, { filters: [{ name: 'All', extensions: ['../*'] }] })).rejects.toThrow(
      /invalid request/,
    )
  })
})

describe('printToPdf', () => {
  it('refuses a path-like name', async () => {
    const h = harness()
    await expect(h.call(CHANNELS.printToPdf, { suggestedName: '../huddle.pdf' })).rejects.toThrow(/invalid request/)
    expect(h.hasSideEffects()).toBe(false)
  })

  it('prints the window in the asked orientation and writes the PDF where the user chose', async () => {
    const h = harness()
    await h.call(CHANNELS.printToPdf, { suggestedName: 'huddle.pdf', landscape: true })
    expect(h.window.contents.printToPDF).toHaveBeenCalledWith({
      landscape: true,
      printBackground: true,
      pageSize: 'A4',
    })
    expect(h.files.writeFile).toHaveBeenCalledWith('/home/sdr/huddle.out', new Uint8Array(Buffer.from('%PDF-1.7 fake')))
  })
})
