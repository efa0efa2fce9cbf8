// @vitest-environment node
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../src/shared/ipc-channels'
import type { DesktopApi } from '../../src/shared/ipc-contract'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}))
vi.mock('electron', () => electron)

let desktop: DesktopApi

beforeAll(async () => {
  await import('../../electron/preload/index')
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? []
  expect(name).toBe('desktop')
  desktop = api as DesktopApi
})

beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset().mockResolvedValue('answer')
  electron.ipcRenderer.on.mockClear()
  electron.ipcRenderer.removeListener.mockClear()
})

/** Every value reachable from `root` through own properties, however deep. */
function reachable(root: unknown, seen = new Set<unknown>()): unknown[] {
  if ((typeof root !== 'object' && typeof root !== 'function') || root === null || seen.has(root)) return []
  seen.add(root)
  return [root, ...Object.values(root).flatMap((v) => reachable(v, seen))]
}

const ipcRendererParts = () => [electron.ipcRenderer, ...Object.values(electron.ipcRenderer)]

describe('preload', () => {
  it('exposes one object, once', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
  })

  it('exposes only the named methods of DesktopApi', () => {
    expect(Object.keys(desktop).sort()).toEqual(
      [
        'appVersion',
        'kind',
        'onMenuCommand',
        'openFile',
        'printToPdf',
        'saveFile',
        'setFullScreen',
        'chooseTeamFolder',
        'readTeamFolder',
        'onTeamFolderChanged',
        'choosePublishFolder',
        'publishFolder',
        'writeTeamFile',
      ].sort(),
    )
    expect(desktop.kind).toBe('electron')
  })

  it('exposes neither ipcRenderer nor any of its functions', () => {
    const exposed = reachable(desktop)
    for (const part of ipcRendererParts()) expect(exposed).not.toContain(part)
  })

  it.each([
    ['openFile', () => desktop.openFile({ title: 'Import' }), CHANNELS.openFile, { title: 'Import' }],
    [
      'saveFile',
      () => desktop.saveFile({ suggestedName: 'a.csv', bytes: new Uint8Array([1]) }),
      CHANNELS.saveFile,
      { suggestedName: 'a.csv', bytes: new Uint8Array([1]) },
    ],
    [
      'printToPdf',
      () => desktop.printToPdf({ suggestedName: 'a.pdf' }),
      CHANNELS.printToPdf,
      { suggestedName: 'a.pdf' },
    ],
    ['setFullScreen', () => desktop.setFullScreen(true), CHANNELS.setFullScreen, { fullScreen: true }],
    [
      'writeTeamFile',
      () => desktop.writeTeamFile({ fileName: 'East.huddle-team.json', text: '{}' }),
      CHANNELS.writeTeamFile,
      { fileName: 'East.huddle-team.json', text: '{}' },
    ],
  ] as const)('%s invokes its own channel and returns only the answer', async (_name, call, channel, payload) => {
    const result = call()
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, payload)
    await expect(result).resolves.toBe('answer')
    for (const part of ipcRendererParts()) expect(result).not.toBe(part)
  })

  it('appVersion invokes its channel with no payload', async () => {
    await expect(desktop.appVersion()).resolves.toBe('answer')
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(CHANNELS.appVersion)
  })

  describe('onMenuCommand', () => {
    function subscribe() {
      const listener = vi.fn()
      const unsubscribe = desktop.onMenuCommand(listener)
      const [channel, wrapped] = electron.ipcRenderer.on.mock.calls[0] ?? []
      expect(channel).toBe(CHANNELS.menuCommand)
      const deliver = (raw: unknown) =>
        (wrapped as (event: unknown, raw: unknown) => void)({ sender: electron.ipcRenderer }, raw)
      return { listener, unsubscribe, wrapped, deliver }
    }

    it('passes a known command, and nothing of the IPC event, to the listener', () => {
      const { listener, deliver } = subscribe()
      deliver('import')
      expect(listener).toHaveBeenCalledExactlyOnceWith('import')
    })

    it.each(['rm -rf', 'IMPORT', '', 42, null, undefined, { command: 'import' }, ['import']])(
      'ignores the unknown command %j',
      (raw) => {
        const { listener, deliver } = subscribe()
        deliver(raw)
        expect(listener).not.toHaveBeenCalled()
      },
    )

    it('returns an unsubscribe function that removes the same listener it added', () => {
      const { unsubscribe, wrapped } = subscribe()
      expect(ipcRendererParts()).not.toContain(unsubscribe)
      expect(unsubscribe()).toBeUndefined()
      expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(CHANNELS.menuCommand, wrapped)
    })
  })
})
